/// A careful well-formedness check for the small XML files a site ships (`feed.xml`, `sitemap.xml`).
///
/// Foundation's `XMLParser` on Linux returns `true` for some broken documents (a mismatched end tag, a
/// truncated tag), so this check does not rely on it: tags must nest and close, there is one root element,
/// attributes are quoted, and `&` starts a known entity or a character reference.
struct XMLWellFormedness {
    /// The first problem, with its 1-based line and column.
    struct Problem: Error, Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    private let scalars: [Unicode.Scalar]
    private var index = 0, line = 1, column = 1

    private init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// The first problem of `text`, or nil when it is well-formed.
    static func firstProblem(in text: String) -> Problem? {
        var checker = XMLWellFormedness(text)
        return checker.run()
    }

    private mutating func run() -> Problem? {
        var open: [(name: String, line: Int, column: Int)] = []
        var roots = 0
        while index < scalars.count {
            let (startLine, startColumn) = (line, column)
            if scalars[index] == "&" {
                if let problem = entity() { return problem }
                continue
            }
            guard scalars[index] == "<" else {
                if open.isEmpty, !scalars[index].properties.isWhitespace { return problem("text outside the root element") }
                advance(); continue
            }
            if starts(with: "<?") { guard skip(past: "?>") else { return problem("processing instruction is not closed") }; continue }
            if starts(with: "<!--") { guard skip(past: "-->") else { return problem("comment is not closed") }; continue }
            if starts(with: "<![CDATA[") { guard skip(past: "]]>") else { return problem("CDATA section is not closed") }; continue }
            if starts(with: "<!") { guard skip(past: ">") else { return problem("declaration is not closed") }; continue }
            advance()
            let closing = index < scalars.count && scalars[index] == "/"
            if closing { advance() }
            let name = readName()
            guard !name.isEmpty else { return Problem(line: startLine, column: startColumn, message: "'<' does not start a tag (write &lt;)") }
            if closing {
                skipSpaces()
                guard index < scalars.count, scalars[index] == ">" else { return problem("end tag </\(name)> is not closed with '>'") }
                advance()
                guard let last = open.popLast() else { return Problem(line: startLine, column: startColumn, message: "end tag </\(name)> has no start tag") }
                guard last.name == name else {
                    return Problem(line: startLine, column: startColumn, message: "end tag </\(name)> does not match <\(last.name)> on line \(last.line)")
                }
                continue
            }
            if open.isEmpty { roots += 1 }
            if roots > 1 { return Problem(line: startLine, column: startColumn, message: "a second root element <\(name)>") }
            switch attributes() {
            case .failure(let problem): return problem
            case .success(let selfClosing): if !selfClosing { open.append((name, startLine, startColumn)) }
            }
        }
        if let last = open.last { return Problem(line: last.line, column: last.column, message: "<\(last.name)> is never closed") }
        return roots == 0 ? Problem(line: line, column: column, message: "no root element") : nil
    }

    /// Reads attributes up to `>` or `/>`; returns whether the tag closed itself.
    private mutating func attributes() -> Result<Bool, Problem> {
        while true {
            skipSpaces()
            guard index < scalars.count else { return .failure(problem("tag is not closed")) }
            if scalars[index] == ">" { advance(); return .success(false) }
            if starts(with: "/>") { advance(); advance(); return .success(true) }
            let name = readName()
            guard !name.isEmpty else { return .failure(problem("unexpected '\(scalars[index])' in a tag")) }
            skipSpaces()
            guard index < scalars.count, scalars[index] == "=" else { return .failure(problem("attribute '\(name)' has no value")) }
            advance(); skipSpaces()
            guard index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" else {
                return .failure(problem("value of attribute '\(name)' is not quoted"))
            }
            let quote = scalars[index]
            advance()
            while index < scalars.count, scalars[index] != quote {
                if scalars[index] == "<" { return .failure(problem("'<' in the value of attribute '\(name)'")) }
                if scalars[index] == "&" { if let problem = entity() { return .failure(problem) }; continue }
                advance()
            }
            guard index < scalars.count else { return .failure(problem("value of attribute '\(name)' is not closed")) }
            advance()
        }
    }

    /// Checks an `&…;` reference at the current position and moves past it.
    private mutating func entity() -> Problem? {
        let at = problem("'&' does not start an entity (write &amp;)")
        advance()
        var name = ""
        while index < scalars.count, scalars[index] != ";", name.count < 12 { name.unicodeScalars.append(scalars[index]); advance() }
        guard index < scalars.count, scalars[index] == ";" else { return at }
        advance()
        let known = ["amp", "lt", "gt", "quot", "apos"].contains(name)
        let numeric = name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16) != nil : name.hasPrefix("#") && UInt32(name.dropFirst()) != nil
        return known || numeric ? nil : at
    }

    private mutating func readName() -> String {
        var name = String.UnicodeScalarView()
        while index < scalars.count, scalars[index].properties.isAlphabetic || "0123456789:_-.".unicodeScalars.contains(scalars[index]) {
            name.append(scalars[index]); advance()
        }
        return String(name)
    }

    private mutating func skipSpaces() { while index < scalars.count, scalars[index].properties.isWhitespace { advance() } }

    private func starts(with text: String) -> Bool {
        var i = index
        for scalar in text.unicodeScalars { guard i < scalars.count, scalars[i] == scalar else { return false }; i += 1 }
        return true
    }

    /// Moves past `text`; false when the document ends first.
    private mutating func skip(past text: String) -> Bool {
        while index < scalars.count, !starts(with: text) { advance() }
        guard index < scalars.count else { return false }
        for _ in text.unicodeScalars { advance() }
        return true
    }

    private func problem(_ message: String) -> Problem { Problem(line: line, column: column, message: message) }

    private mutating func advance() {
        if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
        index += 1
    }
}
