import Foundation

/// Reads every article in the input folder; a bad file is left out with a diagnostic, the rest go on.
struct IngestStage {
    let input: URL
    let displayInput: String

    func run() throws(BuildFailure) -> (articles: [Article], diagnostics: [Diagnostic]) {
        let scan = try InputScanner(root: input, displayRoot: displayInput).scan()
        let entries = scan.entries
        // Files are read and decoded on every core; results keep the scanner's order, so output never depends on
        // scheduling.
        let lock = NSLock()
        nonisolated(unsafe) var results = [(Article?, [Diagnostic])](repeating: (nil, []), count: entries.count)
        let chunk = 16
        DispatchQueue.concurrentPerform(iterations: (entries.count + chunk - 1) / chunk) { part in
            for index in (part * chunk)..<min(entries.count, (part + 1) * chunk) {
                let result = Self.read(entries[index])
                lock.withLock { results[index] = result }
            }
        }
        var diagnostics = scan.diagnostics
        var articles: [Article] = []
        articles.reserveCapacity(entries.count)
        for (article, found) in results {
            diagnostics += found
            if let article { articles.append(article) }
        }
        return (articles, diagnostics)
    }

    private static func read(_ entry: InputScanner.Entry) -> (Article?, [Diagnostic]) {
        var info = stat()
        let size = stat(entry.url.path, &info) == 0 ? Int(info.st_size) : 0
        guard size <= ArticleReader.maximumBytes else {
            // Refused before reading, so a huge file never has to fit in memory.
            return (nil, [ArticleReader.tooLarge(path: entry.displayPath, bytes: size)])
        }
        let data: Data
        do {
            data = try Data(contentsOf: entry.url)
        } catch {
            return (nil, [Diagnostic(path: entry.displayPath, severity: .error, stage: .ingest,
                                     message: "cannot be read: \(Self.reason(error))",
                                     hint: "check the file's permissions")])
        }
        return ArticleReader(path: entry.displayPath).read(data: data, id: entry.id, format: entry.format)
    }

    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoPermissionError { return "permission denied" }
        return ns.localizedDescription
    }
}
