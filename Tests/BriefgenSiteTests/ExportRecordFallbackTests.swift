@testable import BriefgenSite
import BriefgenText
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `data/briefing.json` takes a cached article's record from the cache; when the cache cannot give it back, the
/// record must still be the full one, not one made from the slimmed analysis the pages keep.
@Suite struct ExportRecordFallbackTests {
    @Test func aRecordTheCacheLostIsMadeFromAFreshAnalysis() async throws {
        let site = try FixtureSite("export-fallback")
        defer { site.remove() }
        let seed = BriefgenBinary.packageRoot.appendingPathComponent("seeds/000_4482b8ed06c74029.txt")
        let (read, _) = ArticleReader(path: "seeds/000.txt").read(data: try Data(contentsOf: seed), id: "000", format: .plainText)
        let article = try #require(read)

        // Analysed with a cache: the analysis in memory drops paragraphs, temporal expressions and entities.
        let cache = try Self.cache(in: site, "kept")
        let slim = try #require(await AnalysisStage().run([article], keys: [StableHasher.hash("000")], cache: cache).first)
        #expect(slim.analysis.paragraphs.isEmpty && slim.analysis.timexes.isEmpty)
        // The full record, as an uncached build makes it.
        let full = try #require(await AnalysisStage().run([article]).first)
        let expected = try ExtractRecord(full).jsonBytes()
        #expect(!full.analysis.timexes.isEmpty)

        // An empty cache in another folder stands for one whose records cannot be read back.
        let lost = try Self.cache(in: site, "lost")
        let view = SiteView(title: "T", description: "", asOf: "undated", asOfISO: "", language: "en", articleCount: 1,
                            version: "test", hasAsOf: false, hasFeed: false)
        let path = site.root.appendingPathComponent("briefing.json").path
        try #require(DataExports(articles: [slim], site: view, cache: lost).streams().first).write(toPath: path)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix(#"{"articles":["# + String(decoding: expected, as: UTF8.self) + "]"))
    }

    /// A record whose copy in the output is gone is made from the analysis with what only the record needs read back
    /// from the cache (kept there when the article was analysed): the full record, without analysing again.
    @Test func aRecordIsMadeFromTheDetailsTheCacheKeeps() async throws {
        let site = try FixtureSite("export-details")
        defer { site.remove() }
        let articles = try DeferredAnalysisTests.seedArticles()
        let keys = articles.map { StableHasher.hash($0.id) }
        let cache = try Self.cache(in: site, "kept")
        let slim = await AnalysisStage().run(articles, keys: keys, cache: cache)
        cache.save()
        let whole = await AnalysisStage().run(articles)
        let reopened = try Self.cache(in: site, "kept")
        let cached = await AnalysisStage().run(articles, keys: keys, cache: reopened)
        #expect(reopened.hits == articles.count)
        for (i, a) in whole.enumerated() {
            #expect(!slim[i].hasRecordDetails && !cached[i].hasRecordDetails)
            let details = try #require(reopened.recordDetails(keys[i]))
            #expect(details.timexes == a.analysis.timexes && details.entities == a.analysis.entities
                    && details.paragraphs == a.analysis.paragraphs)
            let restored = cached[i].withRecordDetails(from: reopened)
            #expect(restored.hasRecordDetails)
            #expect(try ExtractRecord(restored).jsonBytes() == (try ExtractRecord(a).jsonBytes()))
        }
    }

    /// A cache of its own below `site` (the stores of one cache share their parent folder).
    static func cache(in site: FixtureSite, _ name: String) throws -> AnalysisCache {
        let folder = site.root.appendingPathComponent(name + "/analysis")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return AnalysisCache(folder: folder, stamp: "test")
    }
}
