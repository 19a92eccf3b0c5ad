import Foundation

/// The live-reload script `briefgen serve` adds to the HTML it serves (never to files on disk).
///
/// The script polls `/__briefgen/status` twice a second: when the served site changes it reloads the page; when
/// the last build had errors it shows its diagnostics in an overlay (the last good site stays on screen underneath).
/// Warnings alone (such as a missing base_url) stay in the terminal, so they do not cover every page.
public enum LiveReload {
    /// Where the script is served.
    public static let scriptPath = "/__briefgen/live.js"
    /// Where the build status (JSON) is served.
    public static let statusPath = "/__briefgen/status"

    /// The tag inserted into served pages; `site` is the served site's version when the page was sent.
    public static func scriptTag(site: Int) -> String {
        "<script src=\"\(scriptPath)\" data-site=\"\(site)\"></script>"
    }

    /// `html` with the script tag inserted before the last `</body>` (appended when there is none).
    public static func inject(into html: Data, site: Int) -> Data {
        let tag = Data(scriptTag(site: site).utf8)
        let closing = Data("</body>".utf8), upper = Data("</BODY>".utf8)
        let found = [html.range(of: closing, options: .backwards), html.range(of: upper, options: .backwards)]
            .compactMap { $0 }.max { $0.lowerBound < $1.lowerBound }
        guard let found else { return html + tag }
        var result = html
        result.insert(contentsOf: tag, at: found.lowerBound)
        return result
    }

    /// The script, with the current status inlined so the overlay shows without waiting for the first poll.
    public static func script(status: ServeStatus) -> String {
        let json = (try? String(decoding: ServeStatus.encoder.encode(status), as: UTF8.self)) ?? "null"
        return """
        (() => {
          const me = document.currentScript;
          const site = Number(me && me.dataset.site);
          const overlayId = "__briefgen-overlay";
          let hiddenBuild = null;
          function show(status) {
            let box = document.getElementById(overlayId);
            if (!status || !status.failed || status.build === hiddenBuild) { if (box) box.remove(); return; }
            if (!box) {
              box = document.createElement("div");
              box.id = overlayId;
              box.setAttribute("role", "alert");
              box.title = "click to hide until the next build";
              box.addEventListener("click", () => { hiddenBuild = Number(box.dataset.build); box.remove(); });
              document.body.appendChild(box);
            }
            box.dataset.build = String(status.build);
            box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;z-index:2147483647;" +
              "background:#1d1f21;color:#f0f0f0;font:13px/1.45 ui-monospace,monospace;padding:12px 16px;cursor:pointer;" +
              "border-top:4px solid #d33;white-space:pre-wrap";
            const head = status.servedBuild === status.build ? "briefgen: build #" + status.build + " has errors; the files named below are left out."
              : "briefgen: build #" + status.build + " has errors; this page is from build #" + status.servedBuild + ", the last good one.";
            box.textContent = head + "\\n\\n" + status.problems.join("\\n");
          }
          show(\(json));
          async function poll() {
            try {
              const response = await fetch("\(statusPath)", { cache: "no-store" });
              const status = await response.json();
              if (status.site !== site) { location.reload(); return; }
              show(status);
            } catch (e) { /* server stopped or restarting: keep trying */ }
            setTimeout(poll, 500);
          }
          setTimeout(poll, 500);
        })();

        """
    }
}
