import Foundation

/// `check --strict`: reads `data/briefing.json` and flags figures without attribution and events without a
/// resolved date, at the line of the article that holds the sentence (or at the data file when it is not found).
struct BriefingDataChecker: Sendable {
    let files: SiteFiles
    let displayRoot: String
    let projectFolder: URL

    static let dataFile = "data/briefing.json"

    func problems() -> [Diagnostic] {
        let display = displayRoot + "/" + Self.dataFile
        guard let data = try? Data(contentsOf: files.root.appendingPathComponent(Self.dataFile)) else {
            return [Diagnostic(path: display, severity: .error, stage: .check, message: "missing, so figures and events cannot be checked",
                               hint: "rebuild the site with 'briefgen build'")]
        }
        guard let briefing = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let articles = briefing["articles"] as? [[String: Any]] else {
            return [Diagnostic(path: display, severity: .error, stage: .check, message: "not the briefing data briefgen writes",
                               hint: "rebuild the site with 'briefgen build'")]
        }
        var found: [Diagnostic] = []
        for article in articles {
            let locate = ArticleLocator(record: article, projectFolder: projectFolder, fallback: display)
            for figure in article["statistics"] as? [[String: Any]] ?? [] where figure["attribution"] is NSNull || figure["attribution"] == nil {
                let surface = figure["surface"] as? String ?? "?", what = figure["what"] as? String ?? ""
                let (path, line) = locate.place(ofSentence: figure["sentence"] as? Int)
                found.append(Diagnostic(path: path, line: line, severity: .error, stage: .check,
                                        message: "figure '\(surface)'\(what.isEmpty ? "" : " (\(what))") has no attribution",
                                        hint: "the article does not say who gives it; prefer a sourced figure, or accept it as unattributed"))
            }
            for event in article["events"] as? [[String: Any]] ?? [] where event["date"] is NSNull || event["date"] == nil {
                let summary = event["summary"] as? String ?? "?"
                let (path, line) = locate.place(ofSentence: event["sentence"] as? Int)
                found.append(Diagnostic(path: path, line: line, severity: .error, stage: .check,
                                        message: "event '\(summary.prefix(80))' has no resolved date",
                                        hint: "give the article a publication date ('published:' in its front matter or [published] in briefgen.toml)"))
            }
        }
        return found
    }
}

/// Finds the line of an extracted sentence in the article file it came from.
struct ArticleLocator {
    let file: String?
    let fileText: String?
    let text: [Unicode.Scalar]
    let sentences: [[String: Any]]
    let fallback: String

    init(record: [String: Any], projectFolder: URL, fallback: String) {
        file = record["file"] as? String
        fileText = file.flatMap { path in
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : projectFolder.appendingPathComponent(path)
            return try? String(contentsOf: url, encoding: .utf8)
        }
        text = Array(((record["text"] as? String) ?? "").unicodeScalars)
        sentences = record["sentences"] as? [[String: Any]] ?? []
        self.fallback = fallback
    }

    /// The article path and the 1-based line of the sentence in it; the data file with line 0 when unknown.
    func place(ofSentence index: Int?) -> (String, Int) {
        guard let file, let fileText else { return (fallback, 0) }
        guard let index, index >= 0, index < sentences.count,
              let start = sentences[index]["start"] as? Int, let end = sentences[index]["end"] as? Int,
              start >= 0, start <= end, end <= text.count else { return (file, 0) }
        var sentence = String.UnicodeScalarView()
        sentence.append(contentsOf: text[start..<min(end, start + 60)])
        guard let range = fileText.range(of: String(sentence)) else { return (file, 0) }
        return (file, fileText[..<range.lowerBound].reduce(1) { $0 + ($1 == "\n" ? 1 : 0) })
    }
}
