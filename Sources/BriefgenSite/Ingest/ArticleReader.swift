import BriefgenMarkdown
import BriefgenText
import Foundation

/// Reads one article file: decodes it, parses front matter and metadata lines, and extracts the body.
struct ArticleReader {
    /// Largest article accepted, in bytes.
    static let maximumBytes = 200 * 1024 * 1024

    let path: String
    /// The path the site shows (see ``Article/publishedPath``); nil: `path`.
    var publishedPath: String? = nil

    /// The article, or the error that keeps it out of the briefing; warnings either way.
    func read(data: Data, id: String, format: Article.Format) -> (Article?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard data.count <= ArticleReader.maximumBytes else { return (nil, [ArticleReader.tooLarge(path: path, bytes: data.count)]) }
        let decoded: TextDecoder.Decoded
        switch TextDecoder(path: path).decode(data) {
        case .failure(let error): return (nil, [error])
        case .success(let value): decoded = value
        }
        diagnostics += decoded.warnings
        let lines = ArticleReader.lines(of: decoded.text)
        let front: FrontMatterParser.Parsed
        switch FrontMatterParser(path: path).parse(lines) {
        case .failure(let error): return (nil, diagnostics + [error])
        case .success(let value): front = value
        }
        diagnostics += front.warnings
        var metadata = front.metadata
        var bodyLines = Array(lines[front.lineCount...])
        var firstLine = front.lineCount + 1
        if format == .plainText {
            stripMetadataLines(&bodyLines, firstLine: &firstLine, into: &metadata, diagnostics: &diagnostics)
        }
        while let first = bodyLines.first, first.allSatisfy(\.isWhitespace) { bodyLines.removeFirst(); firstLine += 1 }
        while let last = bodyLines.last, last.allSatisfy(\.isWhitespace) { bodyLines.removeLast() }
        guard !bodyLines.isEmpty else {
            let what = data.isEmpty ? "file is empty" : "article has no body text"
            return (nil, diagnostics + [Diagnostic(path: path, line: data.isEmpty ? 0 : 1, severity: .warning, stage: .ingest,
                                                   message: "\(what); skipped", hint: "add the article's text or remove the file")])
        }
        // The body lines are consecutive lines of the decoded text, so the body is that stretch of it as is (the
        // same bytes as joining them with line feeds, without splitting and copying each line).
        var body = String(decoded.text[bodyLines.first!.startIndex..<bodyLines.last!.endIndex])
        var declared: [Int: Int]? = nil
        if format == .markdown {
            let blocks = MarkdownRenderer().blocks(from: body)
            body = blocks.map { $0.text.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n")
            declared = [:]
            for (index, block) in blocks.enumerated() { if let level = block.headingLevel { declared?[index] = level } }
            guard body.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
                return (nil, diagnostics + [Diagnostic(path: path, line: firstLine, column: 1, severity: .warning, stage: .ingest,
                                                       message: "article has no paragraphs or headings; skipped",
                                                       hint: "code blocks and raw HTML are not shown: write the text as paragraphs")])
            }
        }
        let article = Article(path: path, publishedPath: publishedPath, id: id, format: format, body: body, bodyFirstLine: firstLine,
                              metadata: metadata, declaredHeadings: declared, byteCount: data.count)
        return (article, diagnostics)
    }

    /// The lines of `text` (split at line feeds, empty lines kept), found on its UTF-8 bytes: a line feed is always a
    /// grapheme of its own once line ends are normalized, so this is the Character split without its grapheme-breaking
    /// cost (the scalar split it replaces was a tenth of a rebuild that changed nothing).
    static func lines(of text: String) -> [Substring] {
        // Line feeds found with `memchr` on the bytes, then one O(1) index step each (walking `utf8` index by index
        // was a quarter of reading an article).
        var copy = text
        let breaks: [Int] = copy.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return [] }
            var found: [Int] = []
            var at = 0
            while at < bytes.count, let hit = memchr(base + at, 0x0A, bytes.count - at) {
                let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                found.append(offset)
                at = offset + 1
            }
            return found
        }
        var lines: [Substring] = []
        lines.reserveCapacity(breaks.count + 1)
        let utf8 = text.utf8
        var start = utf8.startIndex
        for offset in breaks {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(text[start..<end])
            start = utf8.index(after: end)
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    /// The error for a file over ``maximumBytes``.
    static func tooLarge(path: String, bytes: Int) -> Diagnostic {
        Diagnostic(path: path, severity: .error, stage: .ingest,
                   message: "file is \(bytes / 1_048_576) MB, over the \(maximumBytes / 1_048_576) MB limit",
                   hint: "split the article or remove it from the input folder")
    }

    private func stripMetadataLines(_ lines: inout [Substring], firstLine: inout Int, into metadata: inout ArticleMetadata,
                                    diagnostics: inout [Diagnostic]) {
        func take(_ line: Substring, at number: Int) -> Bool {
            guard let field = MetadataLines.field(in: line) else { return false }
            switch field {
            case .imageSource(let url): metadata.imageSources.append(url)
            case .source(let url):
                if let link = URLPolicy.linkTarget(url) {
                    if metadata.sourceURL == nil { metadata.sourceURL = link }
                } else {
                    if URLPolicy.looksLikeURL(url) {
                        diagnostics.append(Diagnostic(
                            path: path, line: number, column: 1, severity: .warning, stage: .ingest,
                            message: "source '\(Diagnostic.excerpt(url))' is not an http(s) URL; it is shown as text, not linked",
                            hint: "use an http:// or https:// address"))
                    }
                    if metadata.sourceURL == nil, metadata.sourceText == nil { metadata.sourceText = url }
                }
            }
            return true
        }
        while let first = lines.first, first.allSatisfy(\.isWhitespace) || take(first, at: firstLine) {
            lines.removeFirst()
            firstLine += 1
        }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) || take(last, at: firstLine + lines.count - 1) {
            lines.removeLast()
        }
    }
}
