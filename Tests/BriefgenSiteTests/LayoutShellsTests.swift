@testable import BriefgenSite
import Foundation
import Mustache
import Testing

/// The layout rendered once per page kind and depth, then filled in per page (``LayoutShells``), gives every page the
/// bytes the whole-layout render gives, for the built-in layout and overriding ones, on awkward titles; layouts whose
/// title could change more than its text are rendered whole.
@Suite struct LayoutShellsTests {
    static let site = SiteView(title: "Conflict “briefing” & <co>", description: "U.N. 2,641", asOf: "1 May 2025",
                               asOfISO: "2025-05-01", language: "en", articleCount: 3, version: "test", hasAsOf: true, hasFeed: false)

    static let titles = [
        "Kyiv “centre”", "U.N. & <script>alert(1)</script>", "O'Brien \"quoted\"", "Ж café\u{301}", "سلام 👍🏽", "a\r\nb", "",
        "e\"\u{301} <\u{301}", "[x](javascript:alert(1))", "*bold* _it_ # 2,641", "\u{202E}bidi", "&amp; already",
    ]

    static let layouts = [
        nil,  // the built-in layout
        "<title>{{pageTitle}}</title>\n<main>{{{content}}}</main>\n",
        "{{{pageTitle}}}|{{&pageTitle}}|{{pageTitle}}|{{{content}}}|{{root}}{{kind}}{{#isAbout}}A{{/isAbout}}",
        "{{% CONTENT_TYPE: TEXT }}{{pageTitle}}{{{content}}}",
        "{{uppercased(pageTitle)}}{{{content}}}",
        "{{#empty(pageTitle)}}E{{/empty(pageTitle)}}{{^empty(pageTitle)}}F{{/empty(pageTitle)}}{{{content}}}",
        "{{#pageTitle}}[{{.}}]{{/pageTitle}}{{{content}}}",
        "{{pageTitle}}<pre>{{content}}</pre>",
        "{{pageTitle}} only",
        "{{{content}}}{{pageTitle}}{{{content}}}",
        "{{% CONTENT_TYPE: MARKDOWN }}{{pageTitle}}{{{content}}}",
    ]

    static func templates(layout: String?) throws -> TemplateSet {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("layout-shells-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        if let layout { try layout.write(to: folder.appendingPathComponent("layout.html"), atomically: true, encoding: .utf8) }
        return try TemplateSet.load(folder: folder, displayFolder: "Templates")
    }

    static func page(_ title: String, _ path: OutputPath, _ template: String) -> PageSpec {
        PageSpec(path: path, template: template, title: title, content: .about(AboutPageView(root: path.root, site: site)), widgets: [:])
    }

    @Test(arguments: 0..<layouts.count)
    func pagesAreWhatTheWholeLayoutGives(_ layoutIndex: Int) throws {
        let shelled = try Self.templates(layout: Self.layouts[layoutIndex])
        let whole = TemplateSet(library: shelled.library, layout: shelled.layout, assets: shelled.assets, layoutShowsTitlePlainly: false)
        let renderer = PageRenderer(templates: shelled), reference = PageRenderer(templates: whole)
        for title in Self.titles {
            for (path, template) in [(OutputPath("about", "index.html"), "about"), (OutputPath("index.html"), "about"),
                                     (OutputPath("sources", "a", "index.html"), "about")] {
                let page = Self.page(title, path, template)
                let got = renderer.render(page, site: Self.site).contents
                #expect(got == reference.render(page, site: Self.site).contents, "layout \(layoutIndex), title \(title.debugDescription)")
            }
        }
    }

    @Test func whichLayoutsShowTheTitlePlainly() {
        #expect(TemplateSet.showsTitlePlainly(BuiltinTemplates.files["layout.html"]!))
        #expect(TemplateSet.showsTitlePlainly("{{pageTitle}}{{{pageTitle}}}{{&pageTitle}}{{{content}}}"))
        #expect(TemplateSet.showsTitlePlainly("no title {{{content}}}"))
        #expect(!TemplateSet.showsTitlePlainly("{{ pageTitle }}"))
        #expect(!TemplateSet.showsTitlePlainly("{{#pageTitle}}x{{/pageTitle}}"))
        #expect(!TemplateSet.showsTitlePlainly("{{uppercased(pageTitle)}}"))
        #expect(!TemplateSet.showsTitlePlainly("{{.pageTitle}}"))
        #expect(!TemplateSet.showsTitlePlainly("{{pageTitle}}{{> footer}}"))
        #expect(!TemplateSet.showsTitlePlainly("{{=<% %>=}}<% pageTitle %>"))
        #expect(!TemplateSet.showsTitlePlainly("{{<base}}{{$title}}{{pageTitle}}{{/title}}{{/base}}"))
    }

    @Test func shellsAreCutAtTheMarkersOnly() {
        let content = PageRenderer.contentMarker, title = LayoutShells.titleMarker
        let escaped = title.replacingOccurrences(of: "&", with: "&amp;")
        #expect(LayoutShells.pieces(of: "<t>" + escaped + "</t>" + content + "|" + title)
            == [.bytes(Array("<t>".utf8)), .escapedTitle, .bytes(Array("</t>".utf8)), .content, .bytes([0x7C]), .title])
        #expect(LayoutShells.pieces(of: content) == [.content])
        #expect(LayoutShells.pieces(of: "x") == nil)
        #expect(LayoutShells.pieces(of: content + content) == nil)
        #expect(LayoutShells.pieces(of: content + title.uppercased()) == nil)
        #expect(LayoutShells.pieces(of: content + "\u{E00F}") == nil)
    }

    @Test func titlesAreEscapedAsTheLayoutEscapesThem() throws {
        let template = try MustacheTemplate(string: "{{v}}")
        for title in Self.titles {
            #expect(LayoutShells.htmlEscaped(title) == Array(template.render(["v": title]).utf8), "\(title.debugDescription)")
        }
        #expect(LayoutShells.htmlEscaped("O'Brien \"<b>&\"") == Array("O&#39;Brien &quot;&lt;b&gt;&amp;&quot;".utf8))
        #expect(LayoutShells.htmlEscaped("Київ “2,641”") == Array("Київ “2,641”".utf8))
    }
}
