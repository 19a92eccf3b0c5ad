@testable import BriefgenSite
import BriefgenText
import Foundation
import Testing

/// A cached analysis is read in two steps: its summary at once, the rest when first asked for; both give exactly what
/// a fresh analysis gives, and a rest that cannot be read back is made again from the text.
@Suite struct DeferredAnalysisTests {
    @Test func theSummaryIsReadAloneAndIsTheAnalysissOwn() async throws {
        for a in try await SortedJSONEncoderTests.seeds() {
            let terms = AnalyzedArticle.eventTerms(of: a.analysis)
            let digests = AnalyzedArticle.sentenceDigests(of: a.analysis)
            let bytes = CachedAnalysis(a.analysis, body: a.article.body, eventTerms: terms, sentenceDigests: digests).bytes
            let (summary, groupDigests) = try bytes.withUnsafeBytes { try CachedAnalysis.summary(bytes: $0) }
            #expect(summary == AnalysisSummary(a.analysis))
            #expect(groupDigests == AnalyzedArticle.groupDigests(of: a.analysis, eventTerms: terms, sentenceDigests: digests))
            #expect(summary.figures.count == a.analysis.statistics.count && summary.events.count == a.analysis.events.count)
            #expect(summary.sentenceCount == a.analysis.sentences.count)
            #expect(summary.datedEventCount == a.analysis.events.filter { $0.date != nil }.count)
            #expect(summary.figures.map(\.isAttributed) == a.analysis.statistics.map { $0.attribution != nil })
            // The summary alone reads a short prefix: the bytes after it can be anything.
            let prefix = try Array(bytes.prefix(bytes.count / 2)).withUnsafeBytes { try? CachedAnalysis.summary(bytes: $0) }
            #expect(prefix == nil || prefix!.0 == summary)
        }
    }

    @Test func aCachedArticleIsReadWhenFirstAskedForAndEqualsTheFreshOne() async throws {
        let site = try FixtureSite("deferred-analysis")
        defer { site.remove() }
        let articles = try Self.seedArticles()
        let keys = articles.map { StableHasher.hash($0.id) }
        let first = try ExportRecordFallbackTests.cache(in: site, "cache")
        let fresh = await AnalysisStage().run(articles, keys: keys, cache: first)
        first.save()

        let second = try ExportRecordFallbackTests.cache(in: site, "cache")
        let cached = await AnalysisStage().run(articles, keys: keys, cache: second)
        #expect(second.hits == articles.count)
        #expect(cached.count == fresh.count)
        for (c, f) in zip(cached, fresh) {
            #expect(!c.detailsAreRead)
            #expect(c.summary == f.summary && c.groupDigests == f.groupDigests && c.sourceDigest == f.sourceDigest)
            #expect(c.cacheKey == f.cacheKey)
            #expect(!c.detailsAreRead)  // the summary, digests and key are known without the rest
            CacheCodecTests.expectSamePages(c.analysis, f.analysis)
            #expect(c.detailsAreRead)
            #expect(c.eventTerms == f.eventTerms && c.sentenceDigests == f.sentenceDigests)
        }
    }

    @Test func aRestThatCannotBeReadBackIsMadeAgainFromTheText() async throws {
        let articles = try Self.seedArticles()
        for article in articles {
            let slim = AnalysisStage.analyseAgain(article, dates: [:])
            let a = AnalyzedArticle(article: article, analysis: slim.analysis, cacheKey: nil, eventTerms: slim.eventTerms,
                                    sentenceDigests: slim.sentenceDigests)
            let bytes = CachedAnalysis(a.analysis, body: article.body, eventTerms: slim.eventTerms ?? [],
                                       sentenceDigests: slim.sentenceDigests).bytes
            let (summary, digests) = try bytes.withUnsafeBytes { try CachedAnalysis.summary(bytes: $0) }
            let whole = bytes.withUnsafeBytes { AnalysisCache.HeldRecord($0, owner: nil) }
            let found = try #require(AnalysisCache.Summarized(summary: summary, groupDigests: digests, record: whole)
                .details(body: .string(article.body)))
            CacheCodecTests.expectSamePages(found.analysis, slim.analysis)
            // Cut short after the summary: the summary still reads, the rest does not.
            let cut = Array(bytes.dropLast())
            #expect(try cut.withUnsafeBytes { try CachedAnalysis.summary(bytes: $0) }.0 == summary)
            let damaged = cut.withUnsafeBytes { AnalysisCache.HeldRecord($0, owner: nil) }
            #expect(AnalysisCache.Summarized(summary: summary, groupDigests: digests, record: damaged).details(body: .string(article.body)) == nil)
            // A rest that is not the summary's analysis is refused too.
            var other = summary
            other.figures.append(.init(category: .killed, verification: .verified, isAttributed: true, value: 1))
            #expect(AnalysisCache.Summarized(summary: other, groupDigests: digests, record: whole).details(body: .string(article.body)) == nil)
            // Analysed again, the pages' part is what a fresh analysis with a cache keeps.
            let fresh = try #require(await AnalysisStage().run([article]).first)
            #expect(slim.analysis.statistics == fresh.analysis.statistics && slim.analysis.events == fresh.analysis.events)
            #expect(slim.analysis.sentences == fresh.analysis.sentences && slim.analysis.headline == fresh.analysis.headline)
            #expect(slim.eventTerms == AnalyzedArticle.eventTerms(of: fresh.analysis))
        }
    }

    static func seedArticles() throws -> [Article] {
        let folder = BriefgenBinary.packageRoot.appendingPathComponent("seeds")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { name in
            let (read, _) = ArticleReader(path: "seeds/" + name).read(data: try Data(contentsOf: folder.appendingPathComponent(name)),
                                                                       id: String(name.prefix(3)), format: .plainText)
            return try #require(read)
        }
    }
}
