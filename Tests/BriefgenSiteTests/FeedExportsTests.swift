@testable import BriefgenSite
import BriefgenText
import Foundation
import Testing

/// `feed.xml` lists the newest sources first, at most `feed_entries` of them.
@Suite struct FeedExportsTests {
    static func article(_ id: String, published: String?) -> AnalyzedArticle {
        let article = Article(path: "seeds/\(id).txt", id: id, format: .plainText, body: "x", bodyFirstLine: 1,
                              metadata: ArticleMetadata(), declaredHeadings: nil, byteCount: 1)
        let date = published.map { PublicationDate(value: $0, source: .frontMatter) } ?? .unknown
        let analysis = ArticleAnalysis(
            text: ScalarText("x"), paragraphs: [], sentences: [Sentence(start: 0, end: 1, paragraph: 0)], sections: [],
            headline: Headline(text: "Headline \(id)", source: .frontMatter), dek: nil, published: date, statistics: [],
            timexes: [], events: [], entities: [])
        return AnalyzedArticle(article: article, analysis: analysis)
    }

    static let site = SiteView(title: "T", description: "", asOf: "undated", asOfISO: "", language: "en", articleCount: 6,
                               version: "test", hasAsOf: false, hasFeed: true)

    /// In input order: a day, an undated source, a month, a later day, a year, the same day as the first.
    static let articles = [
        article("a", published: "2025-04-02"), article("b", published: nil), article("c", published: "2025-05"),
        article("d", published: "2025-04-24"), article("e", published: "2024"), article("f", published: "2025-04-02"),
    ]

    static func ids(limit: Int) -> [String] {
        FeedExports(articles: articles, site: site, baseURL: nil, limit: limit).entries().map(\.article.id)
    }

    @Test func newestFirstThenInputOrderUndatedLast() {
        // 2025-05 counts as 2025-05-01; a and f share a day and keep their input order.
        #expect(Self.ids(limit: 0) == ["c", "d", "a", "f", "e", "b"])
    }

    @Test func limitedToTheNewest() {
        #expect(Self.ids(limit: 2) == ["c", "d"])
        #expect(Self.ids(limit: 6) == ["c", "d", "a", "f", "e", "b"])
        #expect(Self.ids(limit: 50) == ["c", "d", "a", "f", "e", "b"])
    }

    @Test func theFeedHoldsExactlyTheListedEntriesInOrder() throws {
        let (files, _) = FeedExports(articles: Self.articles, site: Self.site, baseURL: "https://example.org/b/", limit: 3).files()
        let feed = try #require(files.first { $0.path.value == "feed.xml" })
        let xml = String(decoding: feed.contents, as: UTF8.self)
        let titles = xml.matches(of: #/<title>Headline (\w)</title>/#).map { String($0.1) }
        #expect(titles == ["c", "d", "a"])
        #expect(xml.contains("<updated>2025-05-01T00:00:00Z</updated>"))
        // The sitemap still lists every source.
        let sitemap = try #require(files.first { $0.path.value == "sitemap.xml" })
        #expect(String(decoding: sitemap.contents, as: UTF8.self).matches(of: #/<loc>https://example.org/b/sources/\w/index.html</loc>/#).count == 6)
    }

    @Test func sortableDatesPadToADay() {
        #expect(FeedExports.sortableDate("2025") == "2025-01-01")
        #expect(FeedExports.sortableDate("2025-04") == "2025-04-01")
        #expect(FeedExports.sortableDate("2025-04-24") == "2025-04-24")
        #expect(FeedExports.sortableDate(nil) == "")
    }

    @Test func theSettingIsReadAndCheckedFromBriefgenToml() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("feed-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("briefgen.toml")
        #expect(try BriefgenConfig.load(from: url, displayPath: "briefgen.toml").0.feedEntries == 50)
        try "feed_entries = 10\n".write(to: url, atomically: true, encoding: .utf8)
        #expect(try BriefgenConfig.load(from: url, displayPath: "briefgen.toml").0.feedEntries == 10)
        try "title = \"T\"\nfeed_entries = -1\n".write(to: url, atomically: true, encoding: .utf8)
        let (config, diagnostics) = try BriefgenConfig.load(from: url, displayPath: "briefgen.toml")
        #expect(config.feedEntries == 50)
        #expect(diagnostics.map(\.line) == [2])
        #expect(diagnostics.first?.message == "'feed_entries' must be a whole number (0 for every source)")
    }
}
