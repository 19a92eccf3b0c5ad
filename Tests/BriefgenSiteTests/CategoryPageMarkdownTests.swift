import BriefgenMarkdown
import BriefgenText
import Foundation
import Mustache
import Testing
@testable import BriefgenSite

/// Category pages written directly (``CategoryPageMarkdown``) are byte for byte what the built-in templates render.
struct CategoryPageMarkdownTests {
    @Test func builtInTemplatesAreTheOnesTheWriterMirrors() throws {
        #expect(CategoryPageMarkdown.digest(BuiltinTemplates.files) == CategoryPageMarkdown.mirroredDigest)
        #expect(try SourcePageMarkdownTests.templates().writesCategoryPagesDirectly)
        for name in CategoryPageMarkdown.mirroredFiles {
            var files = BuiltinTemplates.files
            files[name] = files[name]! + "\n"
            #expect(!CategoryPageMarkdown.mirrors(files), "\(name)")
        }
    }

    @Test func anOverriddenPartialTurnsTheWriterOff() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cpm-\(UUID().uuidString)")
        let file = folder.appendingPathComponent("partials/pagenav.md")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "{{% CONTENT_TYPE: MARKDOWN }}\n{{#group.figures}}{{amount}}{{/group.figures}}\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try !TemplateSet.load(folder: folder, displayFolder: "Templates").writesCategoryPagesDirectly)
    }

    /// Every category of the seeds and of hostile articles, on a first, middle and only page.
    @Test func directMarkdownEqualsTheTemplate() async throws {
        let articles = try await DirectExportTests.articles()
        let templates = try SourcePageMarkdownTests.templates()
        let assembler = SiteAssembler(config: BriefgenConfig(), version: "t")
        let site = assembler.siteView(articles)
        let refs = FigureRef.all(in: articles)
        #expect(refs.count > 10)
        var compared = 0
        for category in DisplayFormat.categoryOrder {
            let members = refs.filter { $0.category(in: articles) == category }
            guard !members.isEmpty else { continue }
            let base = ["statistics", category.rawValue]
            for (number, count) in [(1, 1), (2, 3), (1, 12)] {
                let path = Paginator.path(base, number)
                let page = CategoryPageMarkdown.Page(
                    label: DisplayFormat.categoryLabel(category), total: members.count * count, root: path.root,
                    nav: Paginator.nav(base, page: number, of: count, from: path), site: site, figures: members,
                    articles: articles, assembler: assembler)
                let direct = String(decoding: CategoryPageMarkdown.markdown(of: page, library: templates.library), as: UTF8.self)
                #expect(direct == templates.library.render(page.view(), withTemplate: "category"), "\(category) \(number)/\(count)")
                compared += 1
            }
        }
        #expect(compared >= 9)
    }

    /// A row on awkward text, exactly: every value escaped (marks inert inside a line left as they are), the link as it is.
    @Test func rowIsExact() async throws {
        let a = try await SortedJSONEncoderTests.analyzed("row.txt", "Officials in Київ <b> said \"45\" people were injured in Kharkiv in March 2025, the U.N. said.\n")
        let s = try #require(a.analysis.statistics.first)
        var w = MarkdownBytes()
        w.row(s, sourceLabel: "Outlet | *x* & <script>", href: "../../sources/row.txt/index.html#s-0")
        let row = String(decoding: w.out, as: UTF8.self)
        #expect(row == "| \u{E003}data-sort=000000000000045\\.0000\u{E001} 45 | people injured | Kharkiv | March – March 2025 | U.N. (said) | "
                + "\u{E000}span .badge .badge-reported\u{E001}Reported\u{E002} | [Outlet \\| \\*x\\* \\& \\<script\\>](../../sources/row.txt/index.html#s-0) |\n")
    }
}
