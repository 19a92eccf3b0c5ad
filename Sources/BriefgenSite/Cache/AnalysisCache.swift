import BriefgenText
import Foundation

/// Analysis results on disk, by article key (see ``BuildCache/key(for:fallbackDate:)``).
///
/// Stored as JSON lines (`key<TAB>record`) in 64 shard files by the key's first characters, so a rebuild that
/// changes one article rewrites one small shard. Records are decoded only when asked for. Fresh records go to a
/// spill file per shard as soon as they are made (a full build of 50,000 articles would otherwise hold every record,
/// about a megabyte per 50 articles, until the end of the analysis); ``save()`` merges one shard at a time.
final class AnalysisCache: @unchecked Sendable {
    private let folder: URL
    private let stamp: String
    private let lock = NSLock()
    private var stored: [String: ArraySlice<UInt8>] = [:]
    private var storedShards: [Int: Set<String>] = [:]
    private var used: Set<String> = []
    private var freshKeys: Set<String> = []
    private var spills: [Int: Int32] = [:]

    static let shardCount = 64

    init(folder: URL, stamp: String) {
        self.folder = folder
        self.stamp = stamp
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let header = Array("briefgen-analysis 1 \(stamp)\n".utf8)
        for shard in 0..<AnalysisCache.shardCount {
            guard let bytes = FileBytes.read(shardURL(shard).path), bytes.starts(with: header) else { continue }
            var keys: Set<String> = []
            AnalysisCache.lines(bytes, from: header.count) { key, record in
                stored[key] = record
                keys.insert(key)
            }
            storedShards[shard] = keys
        }
    }

    /// The cached analysis for `key`, whose text is `body` unless the record says otherwise; nil when absent or unreadable.
    func lookup(_ key: String, body: String) -> ArticleAnalysis? {
        guard let record = lock.withLock({ stored[key] }) else { return nil }
        guard let cached = try? JSONDecoder().decode(CachedAnalysis.self, from: Data(record)) else { return nil }
        lock.withLock { _ = used.insert(key) }
        return cached.analysis(body: body)
    }

    /// Remembers a fresh analysis (written by ``save()``).
    func store(_ key: String, _ analysis: ArticleAnalysis, body: String) {
        guard var line = try? SortedJSONEncoder.encode(CachedAnalysis(analysis, body: body)) else { return }
        line.insert(contentsOf: Array(key.utf8) + [0x09], at: 0)
        line.append(0x0A)
        let shard = AnalysisCache.shard(of: key)
        lock.withLock {
            var fd = spills[shard] ?? -1
            if fd < 0 {
                let path = spillURL(shard).path
                unlink(path)
                fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
                spills[shard] = fd
            }
            guard fd >= 0, AnalysisCache.writeAll(fd, line) else { return }
            freshKeys.insert(key)
            used.insert(key)
        }
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let done = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if done < 0, errno == EINTR { continue }
            guard done > 0 else { return false }
            offset += done
        }
        return true
    }

    /// Writes the shards whose entries changed (entries no article used in this build are dropped), then lets go of
    /// every record in memory: call it once, after the analysis.
    func save() {
        let header = Array("briefgen-analysis 1 \(stamp)\n".utf8)
        var shards: [Int: [String]] = [:]
        for key in used { shards[AnalysisCache.shard(of: key), default: []].append(key) }
        for fd in spills.values where fd >= 0 { close(fd) }
        for shard in 0..<AnalysisCache.shardCount {
            let keys = shards[shard] ?? []
            let spill = spillURL(shard).path
            defer { unlink(spill) }
            let changed = Set(keys) != (storedShards[shard] ?? []) || keys.contains { freshKeys.contains($0) }
            guard changed else { continue }
            if keys.isEmpty {
                unlink(shardURL(shard).path)
                continue
            }
            let spilled = spills[shard] != nil ? FileBytes.read(spill) ?? [] : []
            var fresh: [String: ArraySlice<UInt8>] = [:]
            AnalysisCache.lines(spilled, from: 0) { key, record in fresh[key] = record }
            var bytes = header
            for key in keys.sorted() {
                guard let record = fresh[key] ?? stored[key] else { continue }
                bytes += Array(key.utf8)
                bytes.append(0x09)
                bytes += record
                bytes.append(0x0A)
            }
            CacheFile.replace(shardURL(shard), with: bytes)
        }
        lock.withLock {
            stored = [:]
            freshKeys = []
            spills = [:]
            storedShards = [:]
        }
    }

    /// Calls `body` with the key and record of every `key<TAB>record` line of `bytes` from `start`.
    private static func lines(_ bytes: [UInt8], from start: Int, _ body: (String, ArraySlice<UInt8>) -> Void) {
        var lineStart = start
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            if lineEnd - lineStart > 33, bytes[lineStart + 32] == 0x09 {
                body(String(decoding: bytes[lineStart..<(lineStart + 32)], as: UTF8.self), bytes[(lineStart + 33)..<lineEnd])
            }
            lineStart = lineEnd + 1
        }
    }

    private func spillURL(_ shard: Int) -> URL { folder.appendingPathComponent(String(format: "%02x.spill", shard)) }

    private func shardURL(_ shard: Int) -> URL { folder.appendingPathComponent(String(format: "%02x.jsonl", shard)) }

    private static func shard(of key: String) -> Int {
        Int(key.utf8.prefix(2).reduce(0) { $0 * 16 + Int(hexValue($1)) }) % shardCount
    }

    private static func hexValue(_ c: UInt8) -> UInt8 { c >= 0x61 ? c - 0x61 + 10 : c - 0x30 }
}

/// A Codable mirror of ``ArticleAnalysis`` (whose ``ScalarText`` is not Codable): the text is stored only when it
/// differs from the article body it was read from.
struct CachedAnalysis: Codable {
    var text: String?
    var paragraphs: [TextParagraph]
    var sentences: [Sentence]
    var sections: [ArticleSection]
    var headline: Headline
    var dek: String?
    var published: PublicationDate
    var statistics: [Statistic]
    var timexes: [Timex]
    var events: [DatedEvent]
    var entities: [Entity]

    init(_ a: ArticleAnalysis, body: String) {
        text = a.text.string == body ? nil : a.text.string
        paragraphs = a.paragraphs
        sentences = a.sentences
        sections = a.sections
        headline = a.headline
        dek = a.dek
        published = a.published
        statistics = a.statistics
        timexes = a.timexes
        events = a.events
        entities = a.entities
    }

    func analysis(body: String) -> ArticleAnalysis {
        ArticleAnalysis(
            text: ScalarText.compact(text ?? body), paragraphs: paragraphs, sentences: sentences, sections: sections, headline: headline,
            dek: dek, published: published, statistics: statistics, timexes: timexes, events: events, entities: entities)
    }
}
