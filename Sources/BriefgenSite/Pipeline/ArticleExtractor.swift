import BriefgenText
import Foundation

/// `briefgen extract`: reads article files and returns their analysis records, in the order given.
public struct ArticleExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// JSON lines for each readable file, and diagnostics for the others. A path that is a folder stands for the
    /// article files below it (`.txt`, `.md`), in the order and with the ids `briefgen build` gives them.
    public func extract(paths: [String], published: String?, workingDirectory: URL) async -> (lines: [String], diagnostics: [Diagnostic]) {
        var lines: [String] = []
        let diagnostics = await extract(paths: paths, published: published, workingDirectory: workingDirectory) { lines.append($0) }
        return (lines, diagnostics)
    }

    /// ``extract(paths:published:workingDirectory:)`` with each line handed to `emit` as soon as its batch of articles
    /// is analysed, in order: a folder of 10,000 articles held every record (half a gigabyte) until the end.
    public func extract(paths: [String], published: String?, workingDirectory: URL,
                        emit: (String) -> Void) async -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var sources: [(path: String, url: URL, id: String, format: Article.Format)] = []
        for path in paths {
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : workingDirectory.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
                // Ten thousand file arguments cost the argument parser more than the analysis: a folder is one.
                let display = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
                do {
                    let (entries, found) = try InputScanner(root: url, displayRoot: display).scan()
                    diagnostics += found
                    if entries.isEmpty {
                        diagnostics.append(Diagnostic(path: display, severity: .warning, stage: .ingest, message: "holds no articles",
                                                      hint: "articles are .txt or .md files"))
                    }
                    sources += entries.map { ($0.displayPath, URL(fileURLWithPath: $0.path), $0.id, $0.format) }
                } catch {
                    diagnostics += error.diagnostics
                }
                continue
            }
            let name = url.deletingPathExtension().lastPathComponent
            let format: Article.Format = ["md", "markdown"].contains(url.pathExtension.lowercased()) ? .markdown : .plainText
            sources.append((path, url, Slugs.id(for: name), format))
        }
        var start = 0
        while start < sources.count {
            let batch = sources[start..<min(sources.count, start + ArticleExtractor.batchSize)]
            start += ArticleExtractor.batchSize
            var articles: [Article] = []
            for source in batch {
                guard let data = try? Data(contentsOf: source.url) else {
                    diagnostics.append(Diagnostic(path: source.path, severity: .error, stage: .ingest, message: "cannot be read",
                                                  hint: "check the path and permissions"))
                    continue
                }
                let (article, found) = ArticleReader(path: source.path).read(data: data, id: source.id, format: source.format)
                diagnostics += found
                if var article {
                    if let published { article.metadata.published = article.metadata.published ?? PublicationDate(value: published, source: .config) }
                    articles.append(article)
                }
            }
            for a in await AnalysisStage().run(articles) {
                do { emit(try ExtractRecord(a).jsonLine()) } catch {
                    diagnostics.append(Diagnostic(path: a.article.path, severity: .error, stage: .analyze, message: "cannot encode: \(error)"))
                }
            }
        }
        return diagnostics.sorted()
    }

    /// Articles analysed at a time (enough to keep every core busy; their records are printed before the next batch).
    static let batchSize = 256
}
