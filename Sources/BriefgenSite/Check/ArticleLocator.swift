import Foundation

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
