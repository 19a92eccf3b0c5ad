import Foundation

/// The live-reload script `briefgen serve` adds to the HTML it serves (never to files on disk).
///
/// The script polls `/__briefgen/status` twice a second: when the served site changes it reloads the page; when
/// the last build had problems it shows them in an overlay (the last good site stays on screen underneath).
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
          function show(status) {
            let box = document.getElementById(overlayId);
            if (!status || status.problems.length === 0) { if (box) box.remove(); return; }
            if (!box) {
              box = document.createElement("div");
              box.id = overlayId;
              box.setAttribute("role", "alert");
              box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;z-index:2147483647;" +
                "background:#1d1f21;color:#f0f0f0;font:13px/1.45 ui-monospace,monospace;padding:12px 16px;" +
                "border-top:4px solid " + (status.failed ? "#d33" : "#d90") + ";white-space:pre-wrap";
              document.body.appendChild(box);
            }
            const head = status.failed
              ? "briefgen: build #" + status.build + " has errors; this is the last good site.\\n\\n"
              : "briefgen: build #" + status.build + " has warnings.\\n\\n";
            box.textContent = head + status.problems.join("\\n");
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

/// What the browser learns about the builds: versions and the last build's diagnostics.
public struct ServeStatus: Codable, Sendable, Equatable {
    /// Counts the sites served so far (changes only when a new site is served).
    public var site: Int
    /// Counts the builds so far (failed ones too).
    public var build: Int
    /// True when the last build had errors and an older site is still being served.
    public var failed: Bool
    /// The last build's diagnostics, one line each.
    public var problems: [String]

    /// Creates a status.
    public init(site: Int, build: Int, failed: Bool, problems: [String]) {
        self.site = site
        self.build = build
        self.failed = failed
        self.problems = problems
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
