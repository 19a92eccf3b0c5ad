import Foundation

/// Reads every article in the input folder; a bad file is left out with a diagnostic, the rest go on.
struct IngestStage {
    let input: URL
    let displayInput: String

    func run() throws(BuildFailure) -> (articles: [Article], diagnostics: [Diagnostic]) {
        let scan = try InputScanner(root: input, displayRoot: displayInput).scan()
        var diagnostics = scan.diagnostics
        var articles: [Article] = []
        for entry in scan.entries {
            let size = (try? FileManager.default.attributesOfItem(atPath: entry.url.resolvingSymlinksInPath().path))?[.size] as? Int ?? 0
            guard size <= ArticleReader.maximumBytes else {
                // Refused before reading, so a huge file never has to fit in memory.
                diagnostics.append(ArticleReader.tooLarge(path: entry.displayPath, bytes: size))
                continue
            }
            let data: Data
            do {
                data = try Data(contentsOf: entry.url)
            } catch {
                diagnostics.append(Diagnostic(path: entry.displayPath, severity: .error, stage: .ingest,
                                              message: "cannot be read: \(Self.reason(error))",
                                              hint: "check the file's permissions"))
                continue
            }
            let (article, found) = ArticleReader(path: entry.displayPath).read(data: data, id: entry.id, format: entry.format)
            diagnostics += found
            if let article { articles.append(article) }
        }
        return (articles, diagnostics)
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
