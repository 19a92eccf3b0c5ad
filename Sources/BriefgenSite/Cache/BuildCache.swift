import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The on-disk cache of one output folder: `.briefgen-cache/<output>-<hash>/` beside the output (never inside it).
///
/// Everything in it is keyed by ``stamp`` — briefgen's version and the identity of the running executable — so a new
/// briefgen (or a rebuilt one, while its analysis code changes) starts cold. Templates and configuration go into
/// the page fingerprints. Losing the cache only costs time: every entry is checked before it is trusted.
final class BuildCache: @unchecked Sendable {
    /// The cache folder for this output.
    let folder: URL
    /// briefgen's version and the executable's identity.
    let stamp: String
    /// Analysis results by article key.
    let analysis: AnalysisCache

    /// Opens (creating if needed) the cache for `output`; nil when it cannot be created (the build runs uncached).
    /// `inputs` is the store of read articles, opened first (see ``openInputs(output:version:)``).
    init?(output: URL, version: String, name: String? = nil) {
        folder = BuildCache.folder(for: output, name: name)
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil else { return nil }
        stamp = BuildCache.stamp(version: version)
        analysis = AnalysisCache(folder: folder.appendingPathComponent("analysis"), stamp: stamp)
    }

    /// The store of articles as read from their files, for `output`'s cache: opened before the rest of the cache,
    /// because reading the articles starts first. Nil when the cache folder cannot be created.
    static func openInputs(output: URL, version: String, name: String? = nil) -> IngestCache? {
        let folder = BuildCache.folder(for: output, name: name)
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil else { return nil }
        return IngestCache(folder: folder.appendingPathComponent("input"), stamp: stamp(version: version))
    }

    /// `.briefgen-cache/<output>-<hash>/` beside `output`, or `.briefgen-cache/<name>/` when the build names its cache.
    private static func folder(for output: URL, name: String?) -> URL {
        let caches = output.deletingLastPathComponent().appendingPathComponent(".briefgen-cache")
        if let name { return caches.appendingPathComponent(name) }
        let absolute = output.standardizedFileURL.path
        let folderName = output.lastPathComponent.isEmpty ? "output" : output.lastPathComponent
        return caches.appendingPathComponent("\(folderName)-\(StableHasher.hash(absolute).prefix(12))")
    }

    private static func stamp(version: String) -> String { version + " " + BuildCache.executableIdentity() }

    /// The key of an article's analysis: everything the analysis reads (``contentDigest(of:)``), the configured date
    /// it falls back on, and ``stamp``.
    func key(for article: Article, fallbackDate: String?) -> String {
        var h = StableHasher()
        h.combine(stamp)
        h.combine(article.contentDigest ?? BuildCache.contentDigest(of: article))
        h.combine(fallbackDate)
        return h.finalize()
    }

    /// A digest of everything the analysis of `article` reads: its path, id, format, body and metadata. Worked out when
    /// the article is read and kept with it in the ingest cache (hashing 57 MB of bodies again was a thirtieth of a
    /// rebuild that changed one article of 10,000).
    static func contentDigest(of article: Article) -> String {
        var h = StableHasher()
        h.combine(article.path)
        h.combine(article.id)
        h.combine(article.format.rawValue)
        h.combine(article.body)
        h.combine(article.bodyFirstLine)
        h.combine(article.byteCount)
        for (paragraph, level) in (article.declaredHeadings ?? [:]).sorted(by: { $0.key < $1.key }) {
            h.combine(paragraph)
            h.combine(level)
        }
        h.combine(article.declaredHeadings == nil)
        let m = article.metadata
        h.combine(m.title)
        h.combine(m.published?.value)
        h.combine(m.published?.source.rawValue)
        h.combine(m.published?.evidence)
        h.combine(m.published?.precision?.rawValue)
        h.combine(m.published?.isLowerBound ?? false)
        h.combine(m.sourceURL)
        h.combine(m.sourceText)
        h.combine(m.outlet)
        h.combine(m.author)
        h.combine(m.language)
        for source in m.imageSources { h.combine(source) }
        h.combine(m.imageSources.count)
        return h.finalize()
    }

    /// Hash of every file in the project's templates folder (the built-ins are covered by ``stamp``).
    static func templatesHash(folder: URL) -> String {
        var h = StableHasher()
        for path in TreeWalk.files(under: folder.path).sorted() {
            h.combine(path)
            h.combine(FileBytes.read(folder.path + "/" + path) ?? [])
        }
        return h.finalize()
    }

    /// The running executable's size, modification time and inode: changes whenever briefgen is rebuilt.
    static func executableIdentity() -> String {
        guard let info = fileStat("/proc/self/exe") ?? CommandLine.arguments.first.flatMap(fileStat) else { return "unknown" }
        return "\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)-\(info.st_ino)"
    }

    private static func fileStat(_ path: String) -> stat? {
        var info = Glibc.stat()
        return fstatat(-100, path, &info, 0) == 0 ? info : nil  // AT_FDCWD, following symbolic links
    }

    // MARK: - Page manifest

    /// What the output holds for one page: the fingerprint it was rendered from, and the file's identity.
    struct PageEntry: Sendable {
        var fingerprint: String
        var file: FileStamp
    }

    private var manifestURL: URL { folder.appendingPathComponent("pages.tsv") }

    /// What the last build left in the output: each page's entry by path, and the groups it recorded.
    struct Manifest: Sendable {
        var entries: [String: PageEntry] = [:]
        var groups: [PageGroup: PageGroupRecord] = [:]
    }

    /// The manifest of the output as the last build left it; empty unless `output` is the very folder it describes.
    func loadManifest(output: URL) -> Manifest {
        guard let bytes = FileBytes.read(manifestURL.path), let out = lstat(output.path) else { return Manifest() }
        // Parsed on the bytes, a tab or line feed at a time (splitting a String of 10,000 lines into Characters was
        // a fortieth of a one-article rebuild).
        let expected = Array("briefgen-pages 2 \(stamp) \(out.st_dev) \(out.st_ino)\n".utf8)
        guard bytes.starts(with: expected) else { return Manifest() }
        var manifest = Manifest()
        manifest.entries.reserveCapacity(bytes.count / 120)
        var damagedGroups: Set<PageGroup> = []
        bytes.withUnsafeBufferPointer { all in
            var at = expected.count
            while at < all.count {
                var end = at
                while end < all.count, all[end] != 0x0A { end += 1 }
                var fields: [UnsafeBufferPointer<UInt8>] = []
                var start = at
                for i in at...end where i == end || all[i] == 0x09 {
                    fields.append(UnsafeBufferPointer(rebasing: all[start..<i]))
                    start = i + 1
                }
                at = end + 1
                let text = { (i: Int) in String(decoding: fields[i], as: UTF8.self) }
                if fields[0].first == 0x40 {  // `@group`, then its `@page` lines in order
                    switch text(0) {
                    case "@group" where fields.count == 3:
                        guard let group = PageGroup(rawValue: text(1)) else { continue }
                        if manifest.groups[group] != nil { damagedGroups.insert(group) }
                        manifest.groups[group] = PageGroupRecord(digest: text(2), pages: [])
                    case "@page" where fields.count == 5:
                        guard let group = PageGroup(rawValue: text(1)) else { continue }
                        guard manifest.groups[group] != nil else { damagedGroups.insert(group); continue }
                        manifest.groups[group]?.pages.append(.init(path: text(2), template: text(3), title: text(4)))
                    default: continue
                    }
                    continue
                }
                guard fields.count == 6, let ino = BuildCache.number(fields[2]), let size = BuildCache.number(fields[3]),
                      let sec = BuildCache.number(fields[4]), let nsec = BuildCache.number(fields[5]) else { continue }
                manifest.entries[text(0)] = PageEntry(
                    fingerprint: text(1), file: FileStamp(inode: UInt64(ino), size: size, seconds: sec, nanoseconds: nsec))
            }
        }
        for group in damagedGroups { manifest.groups[group] = nil }
        return manifest
    }

    /// A non-negative decimal number of at most 18 digits; nil for anything else.
    private static func number(_ digits: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for d in digits {
            guard d >= 0x30, d <= 0x39 else { return nil }
            value = value * 10 + Int(d - 0x30)
        }
        return value
    }

    /// Saves the manifest for the output folder whose own identity is `folderStat`: the pages' entries, and each group
    /// whose pages all have one (a group with a tab or line feed in a path, template or title is left out: it is
    /// made again next time).
    func saveManifest(_ entries: [String: PageEntry], groups: [PageGroup: PageGroupRecord] = [:], folderStat: stat) {
        var text = "briefgen-pages 2 \(stamp) \(folderStat.st_dev) \(folderStat.st_ino)\n"
        for (path, e) in entries.sorted(by: { $0.key < $1.key }) {
            text += "\(path)\t\(e.fingerprint)\t\(e.file.inode)\t\(e.file.size)\t\(e.file.seconds)\t\(e.file.nanoseconds)\n"
        }
        for group in PageGroup.allCases {
            guard let record = groups[group], record.pages.allSatisfy({ entries[$0.path] != nil }),
                  !record.pages.contains(where: { page in [page.path, page.template, page.title].contains { $0.contains { $0 == "\t" || $0 == "\n" || $0 == "\r\n" } } }),
                  !record.digest.contains(where: { $0 == "\t" || $0 == "\n" }) else { continue }
            text += "@group\t\(group.rawValue)\t\(record.digest)\n"
            for page in record.pages { text += "@page\t\(group.rawValue)\t\(page.path)\t\(page.template)\t\(page.title)\n" }
        }
        CacheFile.replace(manifestURL, with: Array(text.utf8))
    }
}

/// A file's identity: a page is reused only while its file is exactly the one the manifest recorded.
struct FileStamp: Sendable, Equatable {
    var inode: UInt64
    var size: Int
    var seconds: Int
    var nanoseconds: Int

    init(inode: UInt64, size: Int, seconds: Int, nanoseconds: Int) {
        self.inode = inode
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    init(_ info: stat) {
        self.init(inode: UInt64(info.st_ino), size: Int(info.st_size), seconds: Int(info.st_mtim.tv_sec),
                  nanoseconds: Int(info.st_mtim.tv_nsec))
    }
}

/// Cache files are replaced whole (write a temporary file, rename over): a killed build leaves the old or the new.
enum CacheFile {
    static func replace(_ url: URL, with bytes: [UInt8]) {
        let temporary = url.path + ".tmp-\(getpid())"
        unlink(temporary)
        guard (try? FileBytes.write(bytes, to: temporary)) != nil else { return }
        if rename(temporary, url.path) != 0 { unlink(temporary) }
    }
}
