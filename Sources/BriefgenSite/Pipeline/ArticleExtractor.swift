import BriefgenText
import Foundation

/// `briefgen extract`: reads article files and returns their analysis records, in the order given.
public struct ArticleExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// JSON lines for each readable file, and diagnostics for the others.
    public func extract(paths: [String], published: String?, workingDirectory: URL) async -> (lines: [String], diagnostics: [Diagnostic]) {
        var articles: [Article] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : workingDirectory.appendingPathComponent(path)
            guard let data = try? Data(contentsOf: url) else {
                diagnostics.append(Diagnostic(path: path, severity: .error, stage: .ingest, message: "cannot be read",
                                              hint: "check the path and permissions"))
                continue
            }
            let name = url.deletingPathExtension().lastPathComponent
            let format: Article.Format = ["md", "markdown"].contains(url.pathExtension.lowercased()) ? .markdown : .plainText
            let (article, found) = ArticleReader(path: path).read(data: data, id: Slugs.id(for: name), format: format)
            diagnostics += found
            if var article {
                if let published { article.metadata.published = article.metadata.published ?? PublicationDate(value: published, source: .config) }
                articles.append(article)
            }
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
