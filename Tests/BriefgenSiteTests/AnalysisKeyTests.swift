import BriefgenText
import Foundation
import Testing
@testable import BriefgenSite

/// An article's analysis key covers everything the analysis reads, whether its digest came with the ingest record or
/// is worked out when the key is asked for.
@Suite struct AnalysisKeyTests {
    static func withCache<T>(_ body: (BuildCache) throws -> T) throws -> T {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("briefgen-key-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let cache = try #require(BuildCache(output: root.appendingPathComponent("public"), version: "test"))
        return try body(cache)
    }

    @Test func aCarriedDigestGivesTheKeyAComputedOneGives() throws {
        let (article, _) = IngestCacheTests.fullArticle()
        try Self.withCache { cache in
            var carried = article
            carried.contentDigest = BuildCache.contentDigest(of: article)
            #expect(article.contentDigest == nil)
            #expect(cache.key(for: carried, fallbackDate: nil) == cache.key(for: article, fallbackDate: nil))
            #expect(cache.key(for: carried, fallbackDate: "2025-04-01") == cache.key(for: article, fallbackDate: "2025-04-01"))
            // A record read back carries the same digest.
            let back = try IngestRecord.encode(article, []).withUnsafeBytes { try IngestRecord.decode($0) }.0
            #expect(back.contentDigest == carried.contentDigest)
            #expect(cache.key(for: back, fallbackDate: nil) == cache.key(for: article, fallbackDate: nil))
        }
    }

    @Test func everythingTheAnalysisReadsChangesTheKey() throws {
        let (article, _) = IngestCacheTests.fullArticle()
        try Self.withCache { cache in
            let base = cache.key(for: article, fallbackDate: nil)
            #expect(base.count == 32)
            let changes: [(String, (inout Article) -> Void)] = [
                ("path", { $0.path = "seeds/sub/b.md" }),
                ("id", { $0.id = "sub-b" }),
                ("format", { $0.format = .plainText }),
                ("body", { $0.body += "." }),
                ("first line", { $0.bodyFirstLine += 1 }),
                ("size", { $0.byteCount += 1 }),
                ("headings", { $0.declaredHeadings = [0: 2, 3: 2] }),
                ("no headings", { $0.declaredHeadings = nil }),
                ("title", { $0.metadata.title = "Strikes on “Kharkiv”." }),
                ("date", { $0.metadata.published?.value = "2025-05" }),
                ("date source", { $0.metadata.published?.source = .frontMatter }),
                ("evidence", { $0.metadata.published?.evidence = "April" }),
                ("precision", { $0.metadata.published?.precision = .day }),
                ("lower bound", { $0.metadata.published?.isLowerBound = false }),
                ("source URL", { $0.metadata.sourceURL = "https://example.org/other" }),
                ("source text", { $0.metadata.sourceText = "AP wire" }),
                ("outlet", { $0.metadata.outlet = "Other" }),
                ("author", { $0.metadata.author = nil }),
                ("language", { $0.metadata.language = "en" }),
                ("images", { $0.metadata.imageSources.removeLast() }),
            ]
            var seen: Set<String> = [base]
            for (name, change) in changes {
                var changed = article
                change(&changed)
                let key = cache.key(for: changed, fallbackDate: nil)
                #expect(key != base, "\(name)")
                #expect(seen.insert(key).inserted, "\(name) gave the key of another change")
            }
            #expect(cache.key(for: article, fallbackDate: "2025-04-01") != base)
        }
    }
}
