import BriefgenText
import Foundation
import Yams

/// Reads a YAML front-matter block (`---` … `---`) at the top of an article with Yams.
///
/// Known keys: `title`, `published`, `source`, `outlet`, `author`, `language`. Unknown keys and values of the
/// wrong type are warnings with the key's line; a block that is never closed or is not valid YAML is an error.
struct FrontMatterParser {
    /// The front matter's fields and where the body starts.
    struct Parsed {
        var metadata = ArticleMetadata()
        /// Lines of the file taken by the front matter (0 when there is none).
        var lineCount = 0
        var warnings: [Diagnostic] = []
    }

    static let knownKeys = ["title", "published", "source", "outlet", "author", "language", "date", "url"]

    let path: String

    func parse(_ lines: [Substring]) -> Result<Parsed, Diagnostic> {
        // Most articles have none: a first line whose first byte after spaces and tabs is ASCII but not `-` is text
        // (trimming every article's first paragraph through Foundation first was a cost of its own).
        guard let first = lines.first else { return .success(Parsed()) }
        if let lead = first.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }), lead < 0x80, lead != 0x2D { return .success(Parsed()) }
        guard first.trimmingCharacters(in: .whitespaces) == "---" else { return .success(Parsed()) }
        guard let close = lines.indices.dropFirst().first(where: {
            let line = lines[$0].trimmingCharacters(in: .whitespaces)
            return line == "---" || line == "..."
        }) else {
            return .failure(Diagnostic(path: path, line: 1, column: 1, severity: .error, stage: .ingest,
                                       message: "front matter is not closed",
                                       hint: "add a line '---' after the last field"))
        }
        var parsed = Parsed()
        parsed.lineCount = close + 1
        let yaml = lines[1..<close].joined(separator: "\n")
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            let (line, column, problem) = describe(error, yaml: yaml)
            return .failure(Diagnostic(path: path, line: line + 1, column: column, severity: .error, stage: .ingest,
                                       message: "front matter is not valid YAML: \(problem)",
                                       hint: "write one 'key: value' per line, quote values that contain ': '"))
        }
        guard let node else { return .success(parsed) }
        guard let mapping = node.mapping else {
            return .failure(Diagnostic(path: path, line: 2, column: 1, severity: .error, stage: .ingest,
                                       message: "front matter is not a list of 'key: value' fields",
                                       hint: "write one 'key: value' per line"))
        }
        for (key, value) in mapping {
            let name = key.string ?? ""
            let line = (key.mark?.line ?? 0) + 1
            read(name, value, line: line, into: &parsed)
        }
        return .success(parsed)
    }

    private func read(_ name: String, _ value: Node, line: Int, into parsed: inout Parsed) {
        func warn(_ message: String, _ hint: String) {
            parsed.warnings.append(Diagnostic(path: path, line: line, column: 1, severity: .warning, stage: .ingest,
                                              message: message, hint: hint))
        }
        // YAML escapes ("\e", "\u202E") can put controls into a value that the file's bytes did not show.
        guard let text = value.string.map(TextDecoder.cleanValue), !text.isEmpty else {
            if FrontMatterParser.knownKeys.contains(name) { warn("'\(name)' should be a single text value", "write '\(name): value'") }
            else { warn("unknown front matter key '\(Diagnostic.excerpt(name))'", "known keys: title, published, source, outlet, author, language") }
            return
        }
        switch name {
        case "title": parsed.metadata.title = text
        case "published", "date":
            if let iso = ISODateText.normalize(text) {
                parsed.metadata.published = PublicationDate(value: iso, source: .frontMatter)
            } else {
                warn("'\(name): \(Diagnostic.excerpt(text))' is not a date; the publication date stays unknown",
                     "write an ISO date such as 2025-04-25 or 2025-04-25T14:30:00Z")
            }
        case "source", "url":
            if let url = URLPolicy.linkTarget(text) { parsed.metadata.sourceURL = url }
            else { warn("source '\(Diagnostic.excerpt(text))' is not an http(s) URL; it is shown as text, not linked", "use an http:// or https:// address") }
            if parsed.metadata.sourceURL == nil { parsed.metadata.sourceText = text }
        case "outlet": parsed.metadata.outlet = text
        case "author": parsed.metadata.author = text
        case "language": parsed.metadata.language = text
        default: warn("unknown front matter key '\(Diagnostic.excerpt(name))'", "known keys: title, published, source, outlet, author, language")
        }
    }

    /// Line (1-based, within the YAML), column and problem of a Yams error.
    private func describe(_ error: Error, yaml text: String) -> (Int, Int, String) {
        if let yaml = error as? YamlError {
            switch yaml {
            case let .duplicatedKeysInMapping(duplicates, context):
                let key = duplicates.sorted().first ?? ""
                // The second line that sets the key (Yams only gives the start of the mapping).
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                let setting = lines.indices.filter { lines[$0].hasPrefix(key) && lines[$0].dropFirst(key.count).drop { $0 == " " }.first == ":" }
                let line = setting.count > 1 ? setting[1] + 1 : context.mark.line
                return (line, 1, "'\(Diagnostic.excerpt(key))' is given twice")
            case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
                let text = problem.hasPrefix("Maximum nesting level reached") ? "nested too deeply" : problem
                return (mark.line, mark.column, text)
            default: break
            }
        }
        return (1, 1, String(describing: error))
    }
}

/// Reads dates as users write them in front matter and configuration.
enum ISODateText {
    /// `2025-04-25`, `2025-04`, `2025`, or a date-time (its date part) → ISO prefix; nil when not a date.
    static func normalize(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces)
        let pattern = #/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/#
        guard let m = t.wholeMatch(of: pattern) else { return nil }
        let year = Int(m.1)!
        guard (1000...2999).contains(year) else { return nil }
        guard let monthText = m.2 else { return String(m.1) }
        guard let month = Int(monthText), (1...12).contains(month) else { return nil }
        guard let dayText = m.3 else { return "\(m.1)-\(monthText)" }
        guard let day = Int(dayText), (1...daysIn(month, year)).contains(day) else { return nil }
        return "\(m.1)-\(monthText)-\(dayText)"
    }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
