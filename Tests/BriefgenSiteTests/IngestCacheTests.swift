import BriefgenText
import Foundation
import Testing
@testable import BriefgenSite
#if canImport(Glibc)
import Glibc
#endif

/// A rebuild takes unchanged files' articles from the cache, and never an edited file's.
@Suite(.serialized) struct IngestCacheTests {
    static func fullArticle() -> (Article, [Diagnostic]) {
        var m = ArticleMetadata()
        m.title = "Strikes on “Kharkiv”"
        m.published = PublicationDate(value: "2025-04", source: .textInferred, evidence: "from April 1-24 of this year", precision: .month,
                                      isLowerBound: true)
        m.sourceURL = "https://www.example.org/a?b=(c)"
        m.sourceText = "Reuters wire"
        m.outlet = "Example"
        m.author = "A. Writer"
        m.language = "uk"
        m.imageSources = ["https://img.example.org/1.jpg", "photo: AP"]
        let article = Article(path: "/home/ana/seeds/sub/a.md", publishedPath: "seeds/sub/a.md", id: "sub-a", format: .markdown,
                              body: "Київ\n\u{0}tab\there 😀\nlast",
                              bodyFirstLine: 7, metadata: m, declaredHeadings: [0: 1, 3: 2], byteCount: 1234)
        let warnings = [
            Diagnostic(path: "seeds/sub/a.md", line: 3, column: 1, severity: .warning, stage: .ingest, message: "m1", hint: "h1"),
            Diagnostic(path: "seeds/sub/a.md", severity: .warning, stage: .ingest, message: "m2"),
        ]
        return (article, warnings)
    }

    @Test func recordGivesBackEveryField() throws {
        let (article, warnings) = Self.fullArticle()
        let bytes = IngestRecord.encode(article, warnings)
        let (back, backWarnings) = try bytes.withUnsafeBytes { try IngestRecord.decode($0) }
        #expect(back.path == "/home/ana/seeds/sub/a.md")
        #expect(back.publishedPath == "seeds/sub/a.md")
        #expect(back.id == article.id)
        #expect(back.format == article.format)
        #expect(back.body == article.body)
        #expect(back.bodyFirstLine == 7)
        #expect(back.byteCount == 1234)
        #expect(back.declaredHeadings == [0: 1, 3: 2])
        #expect(back.metadata == article.metadata)
        #expect(back.metadata.sourceHost == "example.org")
        #expect(back.metadata.published?.precision == .month)
        #expect(backWarnings == warnings)
        // The analysis key's digest of the article travels with it, and is the one its fields give.
        #expect(back.contentDigest == BuildCache.contentDigest(of: article))
        // Plain text has no declared headings, and that is not the same as none declared.
        var plain = article
        plain.declaredHeadings = nil
        plain.metadata = ArticleMetadata()
        let plainBack = try IngestRecord.encode(plain, []).withUnsafeBytes { try IngestRecord.decode($0) }
        #expect(plainBack.0.declaredHeadings == nil)
        #expect(plainBack.0.metadata == ArticleMetadata())
        #expect(plainBack.1.isEmpty)
    }

    /// A new field of `Article` or `ArticleMetadata` must be stored by ``IngestRecord`` too, or a rebuild would
    /// silently lose it for every unchanged file: this fails until the record and these counts are updated.
    @Test func recordKnowsEveryFieldOfAnArticle() {
        let (article, _) = Self.fullArticle()
        #expect(Mirror(reflecting: article).children.map(\.label) ==
                ["path", "publishedPath", "id", "format", "storedBody", "bodyFirstLine", "metadata", "declaredHeadings", "byteCount", "contentDigest"])
        #expect(Mirror(reflecting: article.metadata).children.compactMap(\.label) ==
                ["title", "published", "sourceURL", "sourceHost", "sourceText", "outlet", "author", "language", "imageSources"])
    }

    /// An article read back from a mapped cache file keeps its body where it lies, equal to the stored one, and the
    /// mapping outlives the store that read it; one read without an owner holds a string.
    @Test func bodyReadInPlaceOutlivesTheStore() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefgen-ingest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (article, warnings) = Self.fullArticle()
        let key = String(repeating: "ab", count: 16)
        let first = ShardedStore(folder: folder, kind: "input", stamp: "t")
        #expect(first.put(key, IngestRecord.encode(article, warnings)))
        // Fresh records are read from the spill file into a buffer: no owner, a string body.
        let spilled = try #require(first.withRecord(key) { try IngestRecord.decode($0, owner: $1) })
        guard case .string = spilled.0.heldBody else { Issue.record("a spilled record's body is a string"); return }
        first.save()

        var store: ShardedStore? = ShardedStore(folder: folder, kind: "input", stamp: "t")
        let (back, backWarnings) = try #require(store?.withRecord(key) { try IngestRecord.decode($0, owner: $1) })
        guard case .external = back.heldBody else { Issue.record("a mapped record's body stays in place"); return }
        store?.markUsed(key)
        store?.save()
        store = nil
        #expect(back.body == "Київ\n\u{0}tab\there 😀\nlast")
        #expect(backWarnings == warnings)
        var copy = back
        copy.body = "edited"
        guard case .string("edited") = copy.heldBody else { Issue.record("a set body is a string"); return }
        #expect(back.body == article.body)
    }

    @Test func damagedRecordIsRefused() throws {
        let (article, warnings) = Self.fullArticle()
        let bytes = IngestRecord.encode(article, warnings)
        for cut in [0, 1, bytes.count / 2, bytes.count - 1] {
            #expect(throws: (any Error).self) { try Array(bytes.prefix(cut)).withUnsafeBytes { try IngestRecord.decode($0) } }
        }
        #expect(throws: (any Error).self) { try (bytes + [0]).withUnsafeBytes { try IngestRecord.decode($0) } }
    }

    @Test func onlySettledFilesAreStoredAndAnyChangedStampMisses() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefgen-ingest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let now = 1_800_000_000
        let cache = IngestCache(folder: folder, stamp: "test", now: now * 1_000_000_000)
        let (article, warnings) = Self.fullArticle()
        let old = InputStamp(device: 1, inode: 2, size: 1234, modified: .init(seconds: now - 100, nanoseconds: 5),
                             changed: .init(seconds: now - 100, nanoseconds: 6))
        var fresh = old
        fresh.changed = .init(seconds: now - 1, nanoseconds: 1)  // changed in the second before the build: a second write could share its stamp
        func entry(_ stamp: InputStamp) -> InputScanner.Entry {
            InputScanner.Entry(path: "/x/seeds/sub/a.md", displayPath: "seeds/sub/a.md", publishedPath: "seeds/sub/a.md", id: "sub-a", format: .markdown, stamp: stamp)
        }
        cache.store(entry(fresh), fresh, article: article, diagnostics: warnings)
        #expect(cache.lookup(entry(fresh)) == nil)
        cache.store(entry(old), old, article: article, diagnostics: warnings)
        let hit = try #require(cache.lookup(entry(old)))
        #expect(hit.0.body == article.body && hit.1 == warnings)
        #expect(cache.hits == 1)
        for change in [\InputStamp.size, \InputStamp.modified.nanoseconds, \InputStamp.changed.seconds] as [WritableKeyPath<InputStamp, Int>] {
            var other = old
            other[keyPath: change] += 1
            #expect(cache.lookup(entry(other)) == nil)
        }
        var moved = old
        moved.inode += 1
        #expect(cache.lookup(entry(moved)) == nil)
        var renamed = entry(old)
        renamed.displayPath = "seeds/sub/b.md"
        #expect(cache.lookup(renamed) == nil)
        #expect(cache.lookup(InputScanner.Entry(path: "/x", displayPath: "x", publishedPath: "x", id: "x", format: .plainText, stamp: nil)) == nil)
        #expect(cache.hits == 1)
    }

    /// End to end: files left alone come from the cache (with their warnings); an edit is read even when the file
    /// keeps its size and gets its old modification time back; the site equals a clean build throughout.
    @Test func rebuildReadsOnlyChangedFilesAndStillEqualsACleanBuild() throws {
        let site = try FixtureSite.quiet("incr-ingest")
        defer { site.remove() }
        try site.writeArticles(4)
        try site.append("\nsource: ftp://example.org/report", to: "seeds/001_article.txt")
        // Files written in the second before a build are not stored (their stamp could hide a second write).
        Thread.sleep(forTimeInterval: 1.2)
        let first = try BriefgenBinary.run(["build"], in: site.root)
        #expect(first.status == 0)
        #expect(first.stdout.contains("4 articles (") && !first.stdout.contains("unchanged"), "\(first.stdout)")
        let second = try BriefgenBinary.run(["build"], in: site.root)
        #expect(second.stdout.contains(", 4 unchanged)"), "\(second.stdout)")
        #expect(second.stderr == first.stderr && second.stderr.contains("is not an http(s) URL"), "\(second.stderr)")

        // Same size, same modification time, different words.
        let path = site.root.appendingPathComponent("seeds/002_article.txt").path
        var before = stat()
        #expect(lstat(path, &before) == 0)
        let text = try site.read("seeds/002_article.txt")
        let edited = text.replacingOccurrences(of: "Officials counted", with: "Observers counted")
        #expect(edited != text && edited.utf8.count == text.utf8.count)
        try site.write("seeds/002_article.txt", edited)
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        let third = try BriefgenBinary.run(["build"], in: site.root)
        #expect(third.status == 0)
        #expect(third.stdout.contains(", 3 unchanged)"), "\(third.stdout)")
        #expect(try site.read("public/sources/002-article/index.html").contains("Observers counted"))
        #expect(try BriefgenBinary.run(["build", "--output", "clean"], in: site.root).status == 0)
        try expectSameTree(site, "public", "clean")
    }
}
