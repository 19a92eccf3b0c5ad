import Foundation
import Testing

/// A corpus of hostile strings through every field (title, body in .txt and .md, headings, outlet, author, source)
/// and every page kind. Each string is wrapped in markers `Qa<n> … Zb<n>`; wherever a page shows it, the text between
/// the markers must hold no `<`, `>` or `"` (only the site's own sentence spans), so it cannot open an element or
/// leave an attribute. Every page is also checked as a whole: no script or event handler, no dangerous URL scheme,
/// no external link but the sources' own web addresses, no directive sentinel or bidirectional override.
@Suite(.serialized) struct InjectionCorpusTests {
    /// One-line hostile strings.
    static let corpus: [String] = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(2)>",
        "\"><svg onload=alert(3)>",
        "<a href=\"javascript:alert(4)\">a</a>",
        "<iframe src=\"data:text/html,x\"></iframe>",
        "<style>body{display:none}</style>",
        "[link](javascript:alert(5))",
        "[vb](vbscript:msgbox(6))",
        "![image](javascript:alert(7))",
        "![data](data:image/svg+xml;base64,PHN2Zz4=)",
        "<javascript:alert(8)>",
        "<https://evil.example/autolink>",
        "www.evil.example and https://evil.example/bare and evil@example.org",
        "[ref]: javascript:alert(9)",
        "&lt;script&gt;alert(10)&lt;/script&gt; &#x3C;b&#x3E; &amp;",
        "| table | pipes |",
        "# heading marker",
        "- list marker",
        "1. ordered marker",
        "> quote marker",
        "```fence```",
        "`code` *star* **bold** _under_ ~~strike~~",
        "zero\u{200B}width\u{200D}joiner\u{FEFF}",
        "bidi \u{202E}evil\u{202C} \u{2066}isolate\u{2069}",
        "{{site.title}} {{{content}}} {{> partial}} {{#x}}y{{/x}}",
        "{: .pwned #pwned onclick=alert(11)}",
        "{span .pwned}x{/span} {a href=javascript:alert(12)}y{/a}",
        ":::section .pwned",
        "{widget chart}",
        "\u{E000}span .pwned\u{E001}sentinel\u{E002}\u{E003}.pwned\u{E001}\u{E005}div\u{E001}\u{E006}",
        "=HYPERLINK(\"https://evil.example\") +cmd @sum",
        "\\<script\\>alert(13)\\</script\\>",
        "<!-- comment --> <![CDATA[x]]> <?php x ?>",
    ]

    /// A 100 KB word, kept apart so that messages stay readable.
    static let longWord = String(repeating: "Ab", count: 50_000)

    /// Multi-line Markdown that must not build structure out of a plain-text article.
    static let blocks = """
        Setext heading
        ===
        Second setext
        ---
        * item
        1) item
        ```
        <script>alert(14)</script>
        ```
        | a | b |
        |---|---|
        | c | d |
        :::section .pwned
        :::
        """

    static func marked(_ i: Int, _ text: String) -> String { "Qa\(i) \(text) Zb\(i)" }

    /// A YAML double-quoted scalar.
    static func yaml(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0xE000...0xE006).contains(scalar.value)
                    || (0x2000...0x206F).contains(scalar.value) || scalar.value == 0xFEFF {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Writes the hostile site: per string one .md article (front matter fields, heading, body) and one .txt
    /// article (title line, body, metadata line); plus articles with a long word and with Markdown blocks.
    static func writeHostileSite(_ site: FixtureSite) throws {
        for (i, text) in corpus.enumerated() {
            let m = marked(i, text)
            try site.write("seeds/md\(i).md", """
                ---
                title: \(yaml(m))
                outlet: \(yaml(m))
                author: \(yaml(m))
                source: \(yaml(text.contains("://") ? text : "javascript:alert(\(i))"))
                published: 2025-04-20
                ---
                ## \(m)

                On April 3, 2025, \(m) officials said 12 people were killed in Kharkiv.

                \(m)

                """)
            try site.write("seeds/txt\(i).txt", """
                \(m)
                On April 4, 2025, the ministry said \(m) that 30 people were wounded in Odesa.
                \(m)
                source: \(text.replacingOccurrences(of: "\n", with: " "))

                """)
        }
        try site.write("seeds/long.md", "---\ntitle: \(marked(900, longWord))\n---\n## \(marked(901, longWord))\n\n\(marked(902, longWord))\n")
        try site.write("seeds/long.txt", "\(marked(903, longWord))\n")
        try site.write("seeds/blocks.txt", "Officials said 5 people died.\n" + blocks + "\n")
        try site.write("seeds/web.md", "---\ntitle: Web source\nsource: https://news.example.org/story?a=1&b=2\n---\nOfficials said 5 people died.\n")
    }

    /// Pages where the site itself draws an inline SVG (the figure chart, the timeline's density strip); marked text on
    /// them is still checked for markup like on every other page.
    static let pagesWithSiteCharts: Set<String> = ["statistics/index.html", "timeline/index.html"]

    @Test func hostileStringsInEveryFieldStayLiteralOnEveryPage() throws {
        let site = try FixtureSite("injection-corpus")
        defer { site.remove() }
        try Self.writeHostileSite(site)
        let result = try BriefgenBinary.run(["build", "--quiet"], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        let inspector = SiteInspector(root: site.root.appendingPathComponent("public"))
        let pages = inspector.pages
        for kind in ["index.html", "timeline/index.html", "statistics/index.html", "sources/index.html", "about/index.html",
                     "sources/md0/index.html", "sources/txt0/index.html", "sources/long/index.html", "sources/blocks/index.html"] {
            #expect(pages.contains(kind), "missing \(kind)")
        }
        var markersSeen = 0
        for page in pages {
            let html = inspector.html(page)
            for problem in HostileHTML.problems(in: html, allowedExternal: ["https://news.example.org/story?a=1&b=2"],
                                                allowSVG: Self.pagesWithSiteCharts.contains(page)) {
                Issue.record("\(page): \(problem)")
            }
            let regions = HostileHTML.markedRegions(in: html)
            markersSeen += regions.count
            for (marker, region) in regions where HostileHTML.hasMarkup(region) {
                Issue.record("\(page): text of \(marker) became markup: \(region.prefix(300))")
            }
        }
        #expect(markersSeen > Self.corpus.count * 6, "the hostile strings should be visible on the pages")

        // Literal text is still there, escaped once (an entity stays an entity, a tag stays text).
        let txt = inspector.html("sources/txt0/index.html")
        #expect(txt.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(inspector.html("sources/txt14/index.html").contains("&amp;lt;script&amp;gt;alert(10)&amp;lt;/script&amp;gt; &amp;#x3C;b&amp;#x3E; &amp;amp;"))
        #expect(inspector.html("sources/txt6/index.html").contains("[link](javascript:alert(5))"))
        #expect(inspector.html("sources/txt24/index.html").contains("{{site.title}} {{{content}}} {{&gt; partial}} {{#x}}y{{/x}}"))
        #expect(inspector.html("sources/txt25/index.html").contains("{: .pwned #pwned onclick=alert(11)}"))
        #expect(inspector.html("sources/txt27/index.html").contains(":::section .pwned"))
        #expect(inspector.html("sources/md0/index.html").contains("<li><strong>Outlet:</strong> Qa0 &lt;script&gt;alert(1)&lt;/script&gt; Zb0</li>"))
        #expect(inspector.html("sources/md2/index.html").contains("Qa2 &quot;&gt;&lt;svg onload=alert(3)&gt; Zb2"))
        #expect(inspector.html("index.html").contains("Qa0 &lt;script&gt;alert(1)&lt;/script&gt; Zb0"))
        #expect(inspector.html("sources/long/index.html").contains(Self.longWord))
        // An e-mail address in text stays text (cmark-gfm would autolink it even when escaped).
        #expect(inspector.html("sources/txt12/index.html").contains("www.evil.example and https://evil.example/bare and evil@example.org"))
        // A hostile source: is text with a warning, never a link.
        #expect(result.stderr.contains("seeds/md0.md:5:1: warning: [ingest] source 'javascript:alert(0)' is not an http(s) URL; it is shown as text, not linked — use an http:// or https:// address"))
        #expect(inspector.html("sources/md0/index.html").contains("<strong>Source given as:</strong> javascript:alert(0) (not a web address, so not linked)"))
        // Markdown blocks in plain text stay paragraphs of text.
        let blocks = inspector.html("sources/blocks/index.html")
        for tag in ["<table", "<li", "<pre", "<code", "<blockquote", "<hr"] {
            #expect(!HostileHTML.fullText(blocks).contains(tag), "blocks.txt made \(tag)")
        }
        #expect(blocks.contains("Setext heading"))
        // Data exports: no spreadsheet formula starts a CSV cell.
        for file in ["data/statistics.csv", "data/events.csv"] {
            let csv = (try? site.read("public/" + file)) ?? ""
            for cell in HostileHTML.csvCells(csv) {
                #expect(!["=", "+", "@"].contains(cell.first.map(String.init) ?? ""), "\(file): cell \(cell.prefix(60))")
            }
        }
    }

    @Test func sourceURLsThatTryToCloseTheLinkStayOneLink() throws {
        let site = try FixtureSite("paren-source")
        defer { site.remove() }
        try site.write("seeds/a.md", "---\nsource: \"https://a.example/)![x](https://evil.example/t.png)\"\n---\nOfficials said 5 people died.\n")
        try site.write("seeds/b.md", "---\nsource: \"https://a.example/a)*x*[y](https://evil.example)(\"\n---\nOfficials said 6 people died.\n")
        try site.write("seeds/c.txt", "Officials said 7 people died.\nsource: https://a.example/c)![x](https://evil.example/c.png)\n")
        let result = try BriefgenBinary.run(["build", "--quiet"], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        let inspector = SiteInspector(root: site.root.appendingPathComponent("public"))
        for id in ["a", "b", "c"] {
            let html = inspector.html("sources/\(id)/index.html")
            #expect(!html.contains("<img"), "\(id): image from a source URL")
            let external = inspector.attributeValues("href", in: html).filter { $0.contains("://") }
            #expect(external.count == 1, "\(id): \(external)")
            #expect(external.allSatisfy { $0.hasPrefix("https://a.example/") && !$0.contains("(") && !$0.contains(")") }, "\(external)")
        }
        #expect(inspector.html("sources/a/index.html").contains("href=\"https://a.example/%29!%5Bx%5D%28https://evil.example/t.png%29\""))
    }
}

/// Checks on the HTML of a page built from hostile text.
enum HostileHTML {
    static let forbiddenTags = ["script", "iframe", "object", "embed", "img", "form", "input", "base", "style", "textarea",
                                "math", "video", "audio", "source", "frame", "frameset", "applet", "template", "button"]

    /// Everything wrong with a page as a whole.
    static func problems(in page: String, allowedExternal: Set<String>, allowSVG: Bool) -> [String] {
        let html = withoutSiteChrome(page)
        var problems: [String] = []
        let lower = html.lowercased()
        for tag in forbiddenTags + (allowSVG ? [] : ["svg"]) where lower.contains("<\(tag)") && lower.range(of: "<\(tag)[\\s>/]", options: .regularExpression) != nil {
            problems.append("has a <\(tag)> element")
        }
        if let match = html.range(of: #"<[^>]*\son[a-z]+\s*="#, options: [.regularExpression, .caseInsensitive]) {
            problems.append("has an event handler: \(html[match].suffix(80))")
        }
        if lower.contains("http-equiv") { problems.append("has a meta http-equiv") }
        for scalar in html.unicodeScalars where (0xE000...0xE006).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)
            || (0x2066...0x2069).contains(scalar.value) {
            problems.append("has U+\(String(scalar.value, radix: 16, uppercase: true))")
            break
        }
        for value in attributeValues(in: html, names: ["href", "src", "action", "formaction", "xlink:href", "poster", "srcset"]) {
            let url = decodeEntities(value).unicodeScalars.filter { $0.value > 0x20 }.map(String.init).joined().lowercased()
            if url.hasPrefix("javascript:") || url.hasPrefix("data:") || url.hasPrefix("vbscript:") {
                problems.append("dangerous URL \(value)")
            } else if url.range(of: "^[a-z][a-z0-9+.-]*:", options: .regularExpression) != nil || url.hasPrefix("//") {
                if !allowedExternal.contains(decodeEntities(value)) { problems.append("external link from article text: \(value)") }
            }
        }
        return problems
    }

    /// The page without the site's own search forms and scripts (from the layout and the search widget, never from
    /// article text), so that any remaining form, input, button or script must have come from an article.
    static func withoutSiteChrome(_ html: String) -> String {
        var result = html
        let own: [Regex<Substring>] = [
            #/<form class="site-search" role="search" action="(?:\.\./)*search/index\.html" method="get">.*?</form>/#.dotMatchesNewlines(),
            #/<form id="search-form" class="search-box" role="search" hidden>.*?</form>/#.dotMatchesNewlines(),
            #/<script src="(?:\.\./)*assets/(?:search-index|search|sort-tables)\.js"></script>/#,
        ]
        for pattern in own { result = result.replacing(pattern, with: "") }
        return result
    }

    /// `Qa<n>` → the text up to `Zb<n>`, for every marker on the page.
    static func markedRegions(in html: String) -> [(String, Substring)] {
        var regions: [(String, Substring)] = []
        var rest = html[...]
        while let start = rest.firstMatch(of: #/Qa(\d+) /#) {
            let marker = "Zb" + start.1
            let after = rest[start.range.upperBound...]
            guard let end = after.range(of: marker) else { rest = after; continue }
            let region = after[..<end.lowerBound]
            // A marker cut off (a shortened headline) leaves the next marker inside: skip to it.
            if region.contains(#/Qa\d+ /#) { rest = after; continue }
            regions.append(("Qa" + start.1, region))
            rest = after[end.upperBound...]
        }
        return regions
    }

    /// True when a region holds anything but text and the site's own sentence spans.
    static func hasMarkup(_ region: Substring) -> Bool {
        let stripped = region.replacing(#/<span id="s-\d+" class="sentence">|</span>/#, with: "")
        return stripped.contains("<") || stripped.contains(">") || stripped.contains("\"")
    }

    /// The cells of an RFC 4180 CSV text, unquoted.
    static func csvCells(_ csv: String) -> [String] {
        var cells: [String] = []
        var cell = "", quoted = false, wasQuote = false
        for c in csv {
            if quoted {
                if c == "\"" { quoted = false; wasQuote = true } else { cell.append(c) }
            } else if c == "\"" {
                if wasQuote { cell.append("\"") }
                quoted = true
            } else if c == "," || c == "\n" || c == "\r\n" {
                cells.append(cell); cell = ""; wasQuote = false
            } else {
                cell.append(c); wasQuote = false
            }
        }
        if !cell.isEmpty { cells.append(cell) }
        return cells
    }

    /// A source page's full-text section.
    static func fullText(_ html: String) -> String {
        guard let start = html.range(of: "<section id=\"text\""),
              let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else { return html }
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// Values of the named attributes, inside tags only (text that looks like `href=x` is not an attribute).
    static func attributeValues(in html: String, names: [String]) -> [String] {
        var values: [String] = []
        let tags = html.matches(of: #/<[A-Za-z][^>]*>/#).map { String($0.output) }
        for name in names {
            let pattern = try! Regex("\\s\(NSRegularExpression.escapedPattern(for: name))\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)").ignoresCase()
            for match in tags.flatMap({ $0.matches(of: pattern) }) {
                var value = String(match.output[1].substring ?? "")
                if value.hasPrefix("\"") || value.hasPrefix("'") { value = String(value.dropFirst().dropLast()) }
                values.append(value)
            }
        }
        return values
    }

    /// Named and numeric character references, as a browser reads an attribute.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&colon;", with: ":")
            .replacingOccurrences(of: "&Tab;", with: "\t").replacingOccurrences(of: "&NewLine;", with: "\n")
        out = out.replacing(#/&#([xX]?)([0-9a-fA-F]+);?/#) { m in
            let value = UInt32(m.2, radix: m.1.isEmpty ? 10 : 16) ?? 0x3F
            return Unicode.Scalar(value).map { String(Character($0)) } ?? "?"
        }
        return out.replacingOccurrences(of: "&amp;", with: "&")
    }
}
