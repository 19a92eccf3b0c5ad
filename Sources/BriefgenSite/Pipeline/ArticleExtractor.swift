import BriefgenText
import Foundation

/// `briefgen extract`: reads article files and returns their analysis records, in the order given.
public struct ArticleExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// JSON lines for each readable file, and diagnostics for the others. A path that is a folder stands for the
    /// article files below it (`.txt`, `.md`), in the order and with the ids `briefgen build` gives them.
    public func extract(paths: [String], published: String?, workingDirectory: URL) async -> (lines: [String], diagnostics: [Diagnostic]) {
        var articles: [Article] = []
        var diagnostics: [Diagnostic] = []
        func add(_ path: String, url: URL, id: String, format: Article.Format) {
            guard let data = try? Data(contentsOf: url) else {
                diagnostics.append(Diagnostic(path: path, severity: .error, stage: .ingest, message: "cannot be read",
                                              hint: "check the path and permissions"))
                return
            }
            let (article, found) = ArticleReader(path: path).read(data: data, id: id, format: format)
            diagnostics += found
            if var article {
                if let published { article.metadata.published = article.metadata.published ?? PublicationDate(value: published, source: .config) }
                articles.append(article)
            }
        }
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
                    for entry in entries {
                        add(entry.displayPath, url: URL(fileURLWithPath: entry.path), id: entry.id, format: entry.format)
                    }
                } catch {
                    diagnostics += error.diagnostics
                }
                continue
            }
            let name = url.deletingPathExtension().lastPathComponent
            let format: Article.Format = ["md", "markdown"].contains(url.pathExtension.lowercased()) ? .markdown : .plainText
            add(path, url: url, id: Slugs.id(for: name), format: format)
        }
        let analyzed = await AnalysisStage().run(articles)
        var lines: [String] = []
        for a in analyzed {
            do { lines.append(try ExtractRecord(a).jsonLine()) } catch {
                diagnostics.append(Diagnostic(path: a.article.path, severity: .error, stage: .analyze, message: "cannot encode: \(error)"))
            }
        }
        return (lines, diagnostics.sorted())
    }
}
