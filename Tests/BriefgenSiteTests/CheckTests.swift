import Foundation
import Testing

/// `briefgen check` on built sites (clean, then broken by hand) and on a small hand-written site with every kind
/// of problem, asserting the exact `path:line:col` output and the exit status.
@Suite struct CheckTests {
    /// Builds the seeds into `public/` of a fresh fixture project.
    static func builtSeeds(_ name: String) throws -> FixtureSite {
        let site = try FixtureSite(name)
        try site.copySeeds()
        let build = try BriefgenBinary.run(["build", "--quiet"], in: site.root)
        #expect(build.status == 0, "\(build.stderr)")
        return site
    }

    /// 1-based line and column of the first `needle` in `text`.
    static func position(of needle: String, in text: String) throws -> (line: Int, column: Int) {
        let range = try #require(text.range(of: needle))
        let before = text[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        return (line, before[lineStart...].unicodeScalars.count + 1)
    }

    @Test func freshBuildOfTheSeedsHasNoProblems() throws {
        let site = try Self.builtSeeds("check-clean")
        defer { site.remove() }
        let result = try BriefgenBinary.run(["check"], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("checked \(FileManager.default.enumerator(atPath: site.root.appendingPathComponent("public").path)!.allObjects.filter { "\($0)".hasSuffix(".html") }.count) pages and "))
        #expect(result.stdout.hasSuffix(" links: no problems\n"))
    }

    @Test func brokenLinkAndMissingSentenceAnchorAreReportedAtTheirLine() throws {
        let site = try Self.builtSeeds("check-broken")
        defer { site.remove() }
        var index = try site.read("public/index.html")
        let first = try #require(index.range(of: "href=\"timeline/index.html\""))
        index.replaceSubrange(first, with: "href=\"timeline/missing.html\"")
        index = index.replacingOccurrences(of: "</main>", with: "<p><a href=\"sources/001-d30e6bfd71bd188e/index.html#s-999\">figure</a></p>\n</main>")
        try site.write("public/index.html", index)
        let link = try Self.position(of: "timeline/missing.html", in: index)
        let anchor = try Self.position(of: "sources/001-d30e6bfd71bd188e/index.html#s-999", in: index)
        let result = try BriefgenBinary.run(["check"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr == """
            public/index.html:\(link.line):\(link.column): error: [check] href 'timeline/missing.html': no such file in the site (timeline/missing.html) — fix the link, or build the page it points to
            public/index.html:\(anchor.line):\(anchor.column): error: [check] href 'sources/001-d30e6bfd71bd188e/index.html#s-999': source link to sentence #s-999, which sources/001-d30e6bfd71bd188e/index.html does not have — rebuild the site; the figure or event must point at an existing sentence anchor

            """)
        #expect(result.stdout.hasSuffix(": 2 problems\n"))
    }

    @Test func removedSentenceAnchorBreaksTheFigureSourceLinksToIt() throws {
        let site = try Self.builtSeeds("check-sentence")
        defer { site.remove() }
        let index = try site.read("public/index.html")
        let link = try #require(index.firstMatch(of: #/href="(sources/([^/"]+)/index\.html#(s-\d+))"/#), "the briefing links figures to sentences")
        let (href, slug, anchor) = (String(link.1), String(link.2), String(link.3))
        let page = "public/sources/\(slug)/index.html"
        try site.write(page, try site.read(page).replacingOccurrences(of: "id=\"\(anchor)\"", with: "id=\"gone-\(anchor)\""))
        let result = try BriefgenBinary.run(["check"], in: site.root)
        #expect(result.status == 1)
        let at = try Self.position(of: href + "\"", in: index)
        #expect(result.stderr.contains("public/index.html:\(at.line):\(at.column): error: [check] href '\(href)': source link to sentence #\(anchor), which sources/\(slug)/index.html does not have — rebuild the site; the figure or event must point at an existing sentence anchor\n"))
    }

    @Test func removedAnchorIsReportedOnEveryPageLinkingToIt() throws {
        let site = try Self.builtSeeds("check-anchor")
        defer { site.remove() }
        let page = "public/sources/001-d30e6bfd71bd188e/index.html"
        let html = try site.read(page)
        #expect(html.contains("id=\"section-2\""))
        try site.write(page, html.replacingOccurrences(of: "id=\"section-2\"", with: "id=\"renamed\""))
        let result = try BriefgenBinary.run(["check", "--quiet"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        let index = try site.read("public/index.html")
        let where_ = try Self.position(of: "sources/001-d30e6bfd71bd188e/index.html#section-2", in: index)
        #expect(result.stderr.contains("public/index.html:\(where_.line):\(where_.column): error: [check] href 'sources/001-d30e6bfd71bd188e/index.html#section-2': sources/001-d30e6bfd71bd188e/index.html has no element with id 'section-2' — fix the anchor, or add the id to the target\n"))
    }

    @Test func handWrittenSiteReportsEveryKindOfProblemExactly() throws {
        let site = try FixtureSite("check-kinds")
        defer { site.remove() }
        try site.write("site/index.html", """
            <!DOCTYPE html>
            <html><head><link rel="stylesheet" href="assets/style.css"><link rel="icon" href="/favicon.png"></head>
            <body id="top">
            <!-- <a href="commented-out.html"> is not a link -->
            <a href="about/">About</a> <a href="about">About</a> <a href='about/index.html#team'>Team</a>
            <a href="about/index.html#nobody">Nobody</a> <a href="#top">Top</a> <a href="#bottom">Bottom</a>
            <a href="https://example.org/x">out</a> <a href="mailto:a@example.org">mail</a> <a href="#">self</a>
            <img src="chart.svg" alt=""> <a href="../outside.html">up</a> <a href="a%20b.html?x=1&amp;y=2">space</a>
            <p id="top">again</p><script>var s = '<a href="in-script.html">';</script>
            </body></html>
            """)
        try site.write("site/about/index.html", "<html><body><h1 id=\"team\">Team</h1><a href=\"../index.html#top\">home</a></body></html>\n")
        try site.write("site/a b.html", "<p>ok</p>\n")
        try site.write("site/feed.xml", "<?xml version=\"1.0\"?>\n<rss><channel>\n<title>t</title>\n</rss>\n")
        try site.write("site/sitemap.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://example.org/brief/</loc></url>
            <url><loc>https://example.org/brief/about/</loc></url>
            <url><loc>https://example.org/brief/timeline/</loc></url>
            </urlset>
            """)
        let result = try BriefgenBinary.run(["check", "site"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stdout == "checked 3 pages and 15 links: 9 problems\n")
        #expect(result.stderr.split(separator: "\n").map(String.init) == [
            "site/feed.xml:4:1: error: [check] not well-formed XML: end tag </rss> does not match <channel> on line 2 — fix the template that writes it, then rebuild",
            "site/index.html:2:42: error: [check] href 'assets/style.css': no such file in the site (assets/style.css) — fix the link, or build the page it points to",
            "site/index.html:2:83: error: [check] href '/favicon.png' is absolute — use a relative link, so the site works from file:// and under any sub-path",
            "site/index.html:6:10: error: [check] href 'about/index.html#nobody': about/index.html has no element with id 'nobody' — fix the anchor, or add the id to the target",
            "site/index.html:6:78: error: [check] href '#bottom': index.html has no element with id 'bottom' — fix the anchor, or add the id to the target",
            "site/index.html:8:11: error: [check] src 'chart.svg': no such file in the site (chart.svg) — fix the link, or build the page it points to",
            "site/index.html:8:39: error: [check] href '../outside.html' leads outside the site folder — fix the number of '../'",
            "site/index.html:9:8: error: [check] duplicate id 'top' (first on line 3) — ids must be unique in a page, or links to '#top' land on the first one",
            "site/sitemap.xml:5:1: error: [check] URL 'https://example.org/brief/timeline/' names no file in the site (timeline/index.html) — fix the page's path in the template, or build the page",
        ])
    }

    @Test func feedLinksResolveAgainstTheSiteRoot() throws {
        let site = try FixtureSite("check-feed")
        defer { site.remove() }
        try site.write("public/index.html", "<html><body><a href=\"feed.xml\">feed</a></body></html>\n")
        try site.write("public/sources/a/index.html", "<html><body><p id=\"s-0\">text</p></body></html>\n")
        try site.write("public/feed.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
            <link rel="alternate" type="text/html" href="index.html"/>
            <entry><link href="sources/a/index.html"/></entry>
            <entry><link href="sources/gone/index.html"/></entry>
            <entry><link href="https://elsewhere.example/story"/></entry>
            </feed>
            """)
        let result = try BriefgenBinary.run(["check"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stdout == "checked 2 pages and 1 link: 1 problem\n")
        #expect(result.stderr == "public/feed.xml:5:1: error: [check] URL 'sources/gone/index.html' names no file in the site (sources/gone/index.html) — fix the page's path in the template, or build the page\n")
    }

    @Test func strictFlagsUnattributedFiguresAndUndatedEventsAtTheArticleLine() throws {
        let site = try FixtureSite("check-strict")
        defer { site.remove() }
        try site.write("seeds/a.txt", "First line.\nSome 40 houses burned. Later it rained.\n")
        try site.write("public/index.html", "<html><body><p>ok</p></body></html>\n")
        try site.write("public/data/briefing.json", """
            {"articles":[{"file":"seeds/a.txt","text":"First line.\\nSome 40 houses burned. Later it rained.",
              "sentences":[{"start":0,"end":11},{"start":12,"end":34},{"start":35,"end":50}],
              "statistics":[{"surface":"40","what":"houses","attribution":null,"sentence":1},
                            {"surface":"7","what":"people","attribution":{"who":"police","verb":"said"},"sentence":1}],
              "events":[{"date":null,"summary":"It rained","sentence":2},{"date":"2025-04-01","summary":"x","sentence":0}]}],
             "as_of":"2025-04-25","title":"t"}
            """)
        #expect(try BriefgenBinary.run(["check"], in: site.root).status == 0)
        let result = try BriefgenBinary.run(["check", "--strict"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr == """
            seeds/a.txt:2:1: error: [check] event 'It rained' has no resolved date — give the article a publication date ('published:' in its front matter or [published] in briefgen.toml)
            seeds/a.txt:2:1: error: [check] figure '40' (houses) has no attribution — the article does not say who gives it; prefer a sourced figure, or accept it as unattributed

            """)
    }

    @Test func missingSiteFolderFailsWithAHint() throws {
        let site = try FixtureSite("check-missing")
        defer { site.remove() }
        let result = try BriefgenBinary.run(["check", "nowhere"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr == "nowhere: error: [check] no built site here — run 'briefgen build' first, or name the site folder\n")
        #expect(result.stdout == "")
    }
}
