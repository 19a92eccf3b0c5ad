import BriefgenMarkdown
import BriefgenText
import Foundation
import Mustache
import Testing
@testable import BriefgenSite

/// Source pages written directly (``SourcePageMarkdown``) are byte for byte what the built-in templates render.
struct SourcePageMarkdownTests {
    static let awkward: [(name: String, text: String, format: Article.Format)] = [
        ("hostile.md", """
            ---
            title: "“Strikes” <script>alert(1)</script> & [link](javascript:alert(1)) — café 😀"
            published: 2025-04-24
            source: https://example.org/a?b=1&c=<2>
            outlet: "Outlet *bold* | pipe"
            author: "Jane `code` Doe @jane"
            ---
            # Київ: удар по місту

            The U.N. said on Jan. 3 that 2,641 civilians were killed in Kyiv, “a grim toll,” officials said.
            Another paragraph with <b>raw</b> HTML, a {span .x}directive{/span}, {{mustache}} and \u{E000}span\u{E001} sentinels.

            ## القاهرة

            Officials in Cairo said 45 people were injured on Wednesday; the army claimed 12 drones were shot down.
            1. Not a list item & not ~~struck~~ _em_ ![img](x.png) [a](javascript:alert(1)) user@example.org
            """, .markdown),
        ("plain.txt", """
            Drone attack injures 45 in Kharkiv

            Russian drones struck Kharkiv on Thursday, injuring 45 people, the regional governor said.
            He said that at least 3 children were among the injured, and the attack lasted two hours.

            In March, 1,200 people were evacuated from the area, according to the U.N.
            source: not a web address <script>
            """, .plainText),
        ("undated.txt", "A strike killed 7 people last week, police said.\nNothing else is known.\n", .plainText),
        ("empty-ish.txt", "Hello.\n", .plainText),
    ]

    static func templates() throws -> TemplateSet {
        try TemplateSet.load(folder: nil, displayFolder: "Templates")
    }

    static func compare(_ articles: [AnalyzedArticle]) throws {
        let templates = try templates()
        let assembler = SiteAssembler(config: BriefgenConfig(), version: "t")
        let site = assembler.siteView(articles)
        for a in articles {
            let direct = String(decoding: SourcePageMarkdown.markdown(of: a, site: site, assembler: assembler), as: UTF8.self)
            let viaTemplate = templates.library.render(assembler.sourcePageView(a, site: site), withTemplate: "source")
            #expect(direct == viaTemplate, "\(a.article.id)")
        }
    }

    @Test func builtInTemplatesAreTheOnesTheWriterMirrors() throws {
        #expect(SourcePageMarkdown.digest(BuiltinTemplates.files) == SourcePageMarkdown.mirroredDigest)
        #expect(try Self.templates().writesSourcePagesDirectly)
    }

    @Test func anOverriddenSourceTemplateOrPartialTurnsTheWriterOff() throws {
        for (name, text) in [("source.md", "{{% CONTENT_TYPE: MARKDOWN }}\n# {{card.headline}}\n"),
                             ("partials/figure.md", "{{% CONTENT_TYPE: MARKDOWN }}\n- {{amount}}\n"),
                             ("partials/event.md", "{{% CONTENT_TYPE: MARKDOWN }}\n- {{date}}\n")] {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spm-\(UUID().uuidString)")
            let file = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(at: folder) }
            #expect(try !TemplateSet.load(folder: folder, displayFolder: "Templates").writesSourcePagesDirectly, "\(name)")
        }
        var files = BuiltinTemplates.files
        files["partials/event.md"] = files["partials/event.md"]! + " "
        #expect(!SourcePageMarkdown.mirrors(files))
    }

    @Test func directMarkdownEqualsTheTemplateOnTheSeeds() async throws {
        try Self.compare(try await SortedJSONEncoderTests.seeds())
    }

    @Test func directMarkdownEqualsTheTemplateOnAwkwardText() async throws {
        var articles: [AnalyzedArticle] = []
        for (name, text, format) in Self.awkward {
            articles.append(try await SortedJSONEncoderTests.analyzed(name, text, format: format))
        }
        try Self.compare(articles)
    }

    /// The hostile article's values reach the Markdown escaped, exactly: no markup, link or directive from the article.
    @Test func hostileValuesAreEscapedExactly() async throws {
        let (name, text, format) = Self.awkward[0]
        let a = try await SortedJSONEncoderTests.analyzed(name, text, format: format)
        let assembler = SiteAssembler(config: BriefgenConfig(), version: "t")
        let markdown = String(decoding: SourcePageMarkdown.markdown(of: a, site: assembler.siteView([a]), assembler: assembler), as: UTF8.self)
        #expect(markdown.hasPrefix(
            #"# “Strikes” \<script\>alert(1)\</script\> \& \[link\](javascript\:alert(1)) — café 😀"# + "\n\n"))
        #expect(markdown.contains(#"- **Outlet:** Outlet \*bold\* \| pipe"# + "\n"))
        #expect(markdown.contains("- **Author:** Jane \\`code\\` Doe \u{E007}jane\n"))
        // (Reading the Markdown article already dropped its raw HTML.)
        #expect(markdown.contains(#"Another paragraph with raw HTML, a \{span .x\}directive\{/span\}, \{\{mustache\}\} and span sentinels."# + "\u{E002} "))
        // A figure, written from the analysis as the figure partial writes its view.
        #expect(markdown.contains("- \u{E003}.figure .figure-reported\u{E001} \u{E000}span .figure-head\u{E001}\u{E000}strong .amount\u{E001}2\\,641\u{E002} civilians killed\u{E002} \u{E000}span .figure-meta\u{E001}Kyiv · \u{E000}span .who\u{E001}U.N. (said)\u{E002} \u{E000}span .badge .badge-reported\u{E001}Reported\u{E002} [Source sentence\u{E000}span .visually-hidden\u{E001} for 2\\,641 civilians killed\u{E002}](../../sources/hostile.md/index.html#s-0)\u{E002}\n"))
        // The page as HTML: no element, attribute or link from the article.
        let html = String(decoding: HTMLDirectives.applying(toBytes: MarkdownRenderer().htmlBytes(fromUTF8: Array(markdown.utf8))), as: UTF8.self)
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:alert(1)\""))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("href=\"javascript"))
        #expect(!html.contains("mailto:"))
        #expect(html.contains("<h1>“Strikes” &lt;script&gt;alert(1)&lt;/script&gt; &amp; [link](javascript:alert(1)) — café 😀</h1>"))
    }
}
