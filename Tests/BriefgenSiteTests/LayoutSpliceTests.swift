@testable import BriefgenSite
import Foundation
import Testing

/// A page's body goes into the layout as bytes, where the layout was rendered with a marker in place of
/// `{{{content}}}`; any layout the marker cannot stand in for exactly is rendered with the body as a string.
@Suite struct LayoutSpliceTests {
    @Test func theBodyReplacesTheOneMarker() throws {
        let shell = "<main>" + PageRenderer.contentMarker + "</main>\n"
        let page = try #require(PageRenderer.splice(Array("<p>Київ</p>".utf8), into: shell))
        #expect(String(decoding: page, as: UTF8.self) == "<main><p>Київ</p></main>\n")
    }

    @Test func noMarkerOrTwoMarkersFallBack() {
        #expect(PageRenderer.splice(Array("x".utf8), into: "<main></main>") == nil)
        let twice = PageRenderer.contentMarker + "|" + PageRenderer.contentMarker
        #expect(PageRenderer.splice(Array("x".utf8), into: twice) == nil)
    }

    @Test func aValueHoldingTheMarkersCharacterIsNoticed() {
        let site = SiteView(title: "T", description: nil, asOf: "undated", asOfISO: "", language: "en", articleCount: 1,
                            version: "test", hasAsOf: false, hasFeed: false)
        var layout = LayoutView(root: "../", site: site, pageTitle: "Plain", content: "", kind: "about", isIndex: false,
                                isTimeline: false, isStatistics: false, isSources: false, isAbout: true, isSearch: false)
        #expect(!layout.holdsMarkerCharacter)
        layout.pageTitle = "A \u{E00F} headline"
        #expect(layout.holdsMarkerCharacter)
    }
}

/// Layouts that show the content escaped, twice, or not at all, and a headline holding the marker's text, render as
/// the string-built layout did (each expectation is what the build gave before the splice).
@Suite(.serialized) struct LayoutSpliceEndToEndTests {
    static let body = "<h1>About <!-- raw HTML omitted --></h1>\n<p>Made by Conflict briefing.</p>\n"

    static func build(layout: String) throws -> String {
        let site = try FixtureSite("splice")
        defer { site.remove() }
        try site.write("seeds/a.txt", "Officials said 12 people were injured in the attack.\n")
        try site.write("Templates/about.md", "{{% CONTENT_TYPE: MARKDOWN }}\n# About <us>\n\nMade by {{site.title}}.\n")
        try site.write("Templates/layout.html", layout)
        let result = try BriefgenBinary.run(["build", "--quiet"], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        return try site.read("public/about/index.html")
    }

    @Test func contentShownOnce() throws {
        #expect(try Self.build(layout: "<title>{{pageTitle}}</title>\n<main>{{{content}}}</main>\n")
            == "<title>About this briefing</title>\n<main>" + Self.body + "</main>\n")
        #expect(try Self.build(layout: "<p>{{&content}}</p>") == "<p>" + Self.body + "</p>")
    }

    @Test func contentShownEscapedTwiceOrNotAtAll() throws {
        #expect(try Self.build(layout: "<pre>{{content}}</pre>\n")
            == "<pre>&lt;h1&gt;About &lt;!-- raw HTML omitted --&gt;&lt;/h1&gt;\n&lt;p&gt;Made by Conflict briefing.&lt;/p&gt;\n</pre>\n")
        #expect(try Self.build(layout: "{{{content}}}|{{{content}}}") == Self.body + "|" + Self.body)
        #expect(try Self.build(layout: "<p>{{pageTitle}} only</p>\n") == "<p>About this briefing only</p>\n")
    }

    @Test func contentShownTransformed() throws {
        #expect(try Self.build(layout: "{{{lowercased(content)}}}") == Self.body.lowercased())
        #expect(try Self.build(layout: "{{{uppercased(content)}}}") == Self.body.uppercased())
        #expect(try Self.build(layout: "{{{reversed(content)}}}") == String(Self.body.reversed()))
    }

    /// A headline holding the marker itself: the page title shows it as it is (unescaped, in this layout), and the
    /// content still goes where `{{{content}}}` stands, whole (the body is never searched for the marker).
    @Test func aHeadlineHoldingTheMarkerKeepsItsPlace() throws {
        let site = try FixtureSite("splice-title")
        defer { site.remove() }
        try site.write("seeds/a.md", "---\ntitle: \"Strike \(PageRenderer.contentMarker) hits\"\n---\nOfficials said 12 people were injured.\n")
        try site.write("Templates/layout.html", "<title>{{{pageTitle}}}</title><main>{{{content}}}</main>\n")
        let result = try BriefgenBinary.run(["build", "--quiet"], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        let page = try site.read("public/sources/a/index.html")
        #expect(page.hasPrefix("<title>Strike \(PageRenderer.contentMarker) hits</title><main><h1>Strike \u{E00F}bRiefgen&amp;content\u{E00F} hits</h1>\n"))
        #expect(page.hasSuffix("</main>\n"))
    }
}
