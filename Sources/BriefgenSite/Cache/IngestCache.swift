import BriefgenText
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Articles as read from their files, by the file's identity (see ``InputStamp``): a rebuild takes an unchanged
/// file's article (body, metadata, warnings) from here instead of opening, decoding and parsing the file again.
/// (Reading every file was a fifth of a rebuild of 10,000 articles that changed one.)
///
/// A file is trusted unchanged only while its device, inode, size, modification time and status-change time are all
/// what they were: any write changes the times, and the status-change time cannot be set back by tools that restore
/// modification times (`touch -d`, `rsync -t`). A file changed in the second before the build started is not stored
/// at all, so a second write within the file system's timestamp granularity can never hide behind an equal stamp;
/// it is read again next time. Files that fail to read or decode are never stored: their errors come fresh each build.
final class IngestCache: @unchecked Sendable {
    private let store: ShardedStore
    /// Files whose times are at or after this (nanoseconds since the epoch) are too fresh to store.
    private let settledBefore: Int
    private let lock = NSLock()
    private var found = 0

    /// How many articles this build took from the store.
    var hits: Int { lock.withLock { found } }

    /// Opens the store in `folder`; `now` is the build's start (nanoseconds since the epoch; the real clock if nil).
    init(folder: URL, stamp: String, now: Int? = nil) {
        store = ShardedStore(folder: folder, kind: "input", stamp: stamp)
        settledBefore = (now ?? IngestCache.realTime()) - 1_000_000_000
    }

    private static func realTime() -> Int {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        return Int(t.tv_sec) * 1_000_000_000 + Int(t.tv_nsec)
    }

    /// The article read from `entry` by an earlier build, with its warnings; nil when the file is not known unchanged.
    func lookup(_ entry: InputScanner.Entry) -> (Article, [Diagnostic])? {
        guard let stamp = entry.stamp else { return nil }
        let key = IngestCache.key(entry, stamp)
        guard let read = store.withRecord(key, { try IngestRecord.decode($0, owner: $1) }) else { return nil }
        store.markUsed(key)
        lock.withLock { found += 1 }
        return read
    }

    /// Remembers what reading `entry` gave, if the file has been left alone since well before this build.
    func store(_ entry: InputScanner.Entry, _ stamp: InputStamp, article: Article, diagnostics: [Diagnostic]) {
        guard stamp.modified.nanosecondsSinceEpoch < settledBefore, stamp.changed.nanosecondsSinceEpoch < settledBefore else { return }
        store.put(IngestCache.key(entry, stamp), IngestRecord.encode(article, diagnostics))
    }

    /// Writes the store (records of files not seen in this build are dropped); call it once, at the end of the build.
    func save() { store.save() }

    private static func key(_ entry: InputScanner.Entry, _ stamp: InputStamp) -> String {
        var h = StableHasher()
        h.combine(entry.displayPath)
        h.combine(entry.publishedPath)
        h.combine(entry.id)
        h.combine(entry.format.rawValue)
        h.combine(stamp.device)
        h.combine(stamp.inode)
        h.combine(stamp.size)
        h.combine(stamp.modified.seconds)
        h.combine(stamp.modified.nanoseconds)
        h.combine(stamp.changed.seconds)
        h.combine(stamp.changed.nanoseconds)
        return h.finalize()
    }
}

/// A file's identity and times, from `stat(2)`: what ``IngestCache`` checks before it trusts an earlier read.
struct InputStamp: Sendable, Equatable {
    struct Time: Sendable, Equatable {
        var seconds: Int
        var nanoseconds: Int

        var nanosecondsSinceEpoch: Int { seconds &* 1_000_000_000 &+ nanoseconds }
    }

    var device: UInt64
    var inode: UInt64
    var size: Int
    var modified: Time
    var changed: Time

    init(device: UInt64, inode: UInt64, size: Int, modified: Time, changed: Time) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    init(_ info: stat) {
        self.init(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int(info.st_size),
                  modified: Time(seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec)),
                  changed: Time(seconds: Int(info.st_ctim.tv_sec), nanoseconds: Int(info.st_ctim.tv_nsec)))
    }
}

/// An ``Article`` and its reading's warnings in ``CacheWriter``'s binary form.
enum IngestRecord {
    static func encode(_ a: Article, _ diagnostics: [Diagnostic]) -> [UInt8] {
        var w = CacheWriter(capacity: a.body.utf8.count + 256)
        w.string(a.path)
        w.string(a.publishedPath)
        w.string(a.id)
        w.raw(a.format)
        w.string(a.body)
        w.int(a.bodyFirstLine)
        w.int(a.byteCount)
        w.optional(a.declaredHeadings) { w, headings in
            w.array(headings.sorted { $0.key < $1.key }) { w, pair in
                w.int(pair.key)
                w.int(pair.value)
            }
        }
        let m = a.metadata
        w.optional(m.title) { $0.string($1) }
        w.optional(m.published) { $0.publicationDate($1) }
        w.optional(m.sourceURL) { $0.string($1) }
        w.optional(m.sourceText) { $0.string($1) }
        w.optional(m.outlet) { $0.string($1) }
        w.optional(m.author) { $0.string($1) }
        w.optional(m.language) { $0.string($1) }
        w.array(m.imageSources) { $0.string($1) }
        w.string(a.contentDigest ?? BuildCache.contentDigest(of: a))
        w.array(diagnostics) { w, d in
            w.string(d.path)
            w.int(d.line)
            w.int(d.column)
            w.raw(d.severity)
            w.raw(d.stage)
            w.string(d.message)
            w.optional(d.hint) { $0.string($1) }
        }
        return w.bytes
    }

    /// The article and warnings in `bytes`. With an `owner` that keeps the bytes valid (a mapped cache file), the
    /// body is left where it lies (see ``Article/Body``); without one it is copied into a string.
    static func decode(_ bytes: UnsafeRawBufferPointer, owner: AnyObject? = nil) throws -> (Article, [Diagnostic]) {
        var r = CacheReader(bytes)
        let path = try r.string(), publishedPath = try r.string(), id = try r.string(), format = try r.raw(Article.Format.self)
        let body: Article.Body = try owner.map { .external(try r.external(owner: $0)) } ?? .string(try r.string())
        let firstLine = try r.int(), byteCount = try r.int()
        let declared: [Int: Int]? = try r.optional { r in
            Dictionary(try r.array { r in (try r.int(), try r.int()) }, uniquingKeysWith: { first, _ in first })
        }
        var m = ArticleMetadata()
        m.title = try r.optional { try $0.string() }
        m.published = try r.optional { try $0.publicationDate() }
        m.sourceURL = try r.optional { try $0.string() }
        m.sourceText = try r.optional { try $0.string() }
        m.outlet = try r.optional { try $0.string() }
        m.author = try r.optional { try $0.string() }
        m.language = try r.optional { try $0.string() }
        m.imageSources = try r.array { try $0.string() }
        let digest = try r.string()
        let diagnostics = try r.array { r in
            Diagnostic(path: try r.string(), line: try r.int(), column: try r.int(), severity: try r.raw(Diagnostic.Severity.self),
                       stage: try r.raw(Diagnostic.Stage.self), message: try r.string(), hint: try r.optional { try $0.string() })
        }
        guard r.isAtEnd else { throw CacheReader.Malformed() }
        let article = Article(path: path, publishedPath: publishedPath, id: id, format: format, body: body, bodyFirstLine: firstLine, metadata: m,
                              declaredHeadings: declared, byteCount: byteCount, contentDigest: digest)
        return (article, diagnostics)
    }
}
