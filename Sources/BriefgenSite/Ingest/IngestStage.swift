import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads every article in the input folder; a bad file is left out with a diagnostic, the rest go on.
struct IngestStage {
    let input: URL
    let displayInput: String
    /// Articles read by earlier builds, by file identity; nil to read every file.
    var cache: IngestCache? = nil

    func run() throws(BuildFailure) -> (articles: [Article], diagnostics: [Diagnostic]) {
        let scan = try InputScanner(root: input, displayRoot: displayInput).scan()
        let entries = scan.entries
        // Files are read and decoded on every core; results keep the scanner's order, so output never depends on
        // scheduling.
        let chunk = 16, cache = cache
        let parts = Concurrently.map((entries.count + chunk - 1) / chunk) { part in
            entries[(part * chunk)..<min(entries.count, (part + 1) * chunk)].map { entry -> (Article?, [Diagnostic]) in
                if let (article, warnings) = cache?.lookup(entry) { return (article, warnings) }
                return Self.read(entry, cache: cache)
            }
        }
        var diagnostics = scan.diagnostics
        var articles: [Article] = []
        articles.reserveCapacity(entries.count)
        for (article, found) in parts.joined() {
            diagnostics += found
            if let article { articles.append(article) }
        }
        return (articles, diagnostics)
    }

    /// Opens, measures and reads the file with one path lookup (`open`, then `fstat` and `read` on the descriptor;
    /// `stat` by path and then `Data(contentsOf:)` walked the path twice and went through Foundation's file reading).
    private static func read(_ entry: InputScanner.Entry, cache: IngestCache?) -> (Article?, [Diagnostic]) {
        let fd = open(entry.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return (nil, [unreadable(entry, errno)]) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return (nil, [unreadable(entry, errno)]) }
        let size = Int(info.st_size)
        guard size <= ArticleReader.maximumBytes else {
            // Refused before reading, so a huge file never has to fit in memory.
            return (nil, [ArticleReader.tooLarge(path: entry.displayPath, bytes: size)])
        }
        var data = Data(count: size)
        var got = 0
        var failure: Int32 = 0
        data.withUnsafeMutableBytes { buffer in
            while got < size {
                let n = Glibc.read(fd, buffer.baseAddress! + got, size - got)
                if n < 0, errno == EINTR { continue }
                if n < 0 { failure = errno }
                guard n > 0 else { break }
                got += n
            }
        }
        if failure != 0 { return (nil, [unreadable(entry, failure)]) }
        // A file that shrank while it was read is taken as it is now.
        if got < size { data.removeSubrange(got..<size) }
        var read = ArticleReader(path: entry.displayPath, publishedPath: entry.publishedPath).read(data: data, id: entry.id, format: entry.format)
        // With a cache, the article's digest (its analysis key's part) is worked out here, on this core, and kept with it.
        if cache != nil, var article = read.0 {
            article.contentDigest = BuildCache.contentDigest(of: article)
            read.0 = article
        }
        // Stored under the identity the file had before it was read: if it changed since, it looks changed next time.
        if let cache, let article = read.0, got == size { cache.store(entry, InputStamp(info), article: article, diagnostics: read.1) }
        return read
    }

    private static func unreadable(_ entry: InputScanner.Entry, _ code: Int32) -> Diagnostic {
        let reason = code == EACCES ? "permission denied" : String(cString: strerror(code)).lowercased()
        return Diagnostic(path: entry.displayPath, severity: .error, stage: .ingest, message: "cannot be read: \(reason)",
                          hint: "check the file's permissions")
    }
}
