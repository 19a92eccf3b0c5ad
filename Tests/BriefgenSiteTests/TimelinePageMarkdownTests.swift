import BriefgenMarkdown
import BriefgenText
import Foundation
import Mustache
import Testing
@testable import BriefgenSite

/// Timeline pages written directly (``TimelinePageMarkdown``) are byte for byte what the built-in templates render.
struct TimelinePageMarkdownTests {
    @Test func builtInTemplatesAreTheOnesTheWriterMirrors() throws {
        #expect(TimelinePageMarkdown.digest(BuiltinTemplates.files) == TimelinePageMarkdown.mirroredDigest)
        #expect(try SourcePageMarkdownTests.templates().writesTimelinePagesDirectly)
        for name in TimelinePageMarkdown.mirroredFiles {
            var files = BuiltinTemplates.files
            files[name] = files[name]! + " "
            #expect(!TimelinePageMarkdown.mirrors(files), "\(name)")
        }
    }

    static func compare(_ page: TimelinePageMarkdown.Page, _ templates: TemplateSet, _ note: String) {
        let direct = String(decoding: TimelinePageMarkdown.markdown(of: page, library: templates.library), as: UTF8.self)
        #expect(direct == templates.library.render(page.view(), withTemplate: "timeline"), "\(note)")
    }

    /// The timeline pages of the seeds and of hostile articles, at two as-of dates (so that some events are background).
    @Test func directMarkdownEqualsTheTemplateOnArticles() async throws {
        let articles = try await DirectExportTests.articles()
        let templates = try SourcePageMarkdownTests.templates()
        var compared = 0
        for asOf in ["2025-12-28", "2015-06-01"] {
            var config = BriefgenConfig()
            config.asOf = asOf
            let assembler = SiteAssembler(config: config, version: "t")
            for spec in assembler.timelinePages(articles, site: assembler.siteView(articles)) {
                guard case .lazy(let lazy) = spec.content, let page = lazy.timeline else { Issue.record("no timeline page"); continue }
                Self.compare(page, templates, "\(asOf) \(spec.path)")
                compared += 1
            }
        }
        #expect(compared >= 2)
    }

    /// Merged entries with several sources (one of them missing), years, months, ranges, years without a month,
    /// background, relative dates (truncated) and an entry whose first source is missing, on a middle page.
    @Test func directMarkdownEqualsTheTemplateOnMergedEntries() async throws {
        let articles = try await DirectExportTests.articles()
        let byID = Dictionary(articles.map { ($0.article.id, $0) }, uniquingKeysWith: { a, _ in a })
        let ids = articles.map(\.article.id)
        let templates = try SourcePageMarkdownTests.templates()
        func entry(_ date: String?, _ end: String?, _ precision: DatedEvent.Precision, _ summary: String, _ wording: String?,
                   _ sources: [String]) -> TimelineEntry {
            TimelineEntry(date: date, end: end, precision: precision, summary: summary, wording: wording,
                          mentions: sources.enumerated().map { EventMention(articleID: $1, sentence: $0 * 3, summary: summary) })
        }
        let entries = [
            entry("2013-05-02", "2013-05-04", .day, "Old *strike* <b>", nil, [ids[0], "missing", ids[1]]),
            entry("2014", nil, .year, "Annexation of Crimea & [more]", nil, [ids[1]]),
            entry("2024-11", nil, .month, "Talks — “stalled”", nil, [ids[2], ids[0]]),
            entry("2025-01", "2025-03", .month, "Київ: القاهرة 😀", nil, [ids[3]]),
            entry("2025-01-05", nil, .day, "Same month", nil, ["missing", ids[0]]),
            entry("2025-02-10", nil, .day, "Next month", nil, [ids[0]]),
            entry("2026", nil, .year, "A year without a month", nil, [ids[1], ids[2], ids[3]]),
        ]
        let relative = [
            entry(nil, nil, .day, "Strike on Wednesday", "on Wednesday", [ids[0], ids[1]]),
            entry(nil, nil, .day, "No wording", nil, [ids[2]]),
            entry(nil, nil, .day, "First source missing", "this week", ["missing", ids[2]]),
        ]
        let assembler = SiteAssembler(config: BriefgenConfig(), version: "t")
        let site = assembler.siteView(articles)
        for (cutoff, truncated, rel) in [("2024-12-28", true, relative), ("0000", false, []), ("2030-01-01", false, relative)] {
            let path = Paginator.path(["timeline"], 2)
            let page = TimelinePageMarkdown.Page(root: path.root, site: site, nav: Paginator.nav(["timeline"], page: 2, of: 3, from: path),
                                                 entries: entries, relative: rel, relativeTruncated: truncated, cutoff: cutoff,
                                                 articles: byID, assembler: assembler)
            Self.compare(page, templates, cutoff)
        }
        let empty = TimelinePageMarkdown.Page(root: "../", site: site, nav: Paginator.nav(["timeline"], page: 1, of: 1, from: Paginator.path(["timeline"], 1)),
                                              entries: [], relative: [], relativeTruncated: false, cutoff: "2024-01-01", articles: byID,
                                              assembler: assembler)
        Self.compare(empty, templates, "empty")
        let markdown = String(decoding: TimelinePageMarkdown.markdown(of: empty, library: templates.library), as: UTF8.self)
        #expect(markdown.contains("No dated events.\n"))
    }
}
