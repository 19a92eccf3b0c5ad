/// An `href` or `src` found in an HTML page, with where it is.
struct HTMLReference: Sendable, Equatable {
    /// `href` or `src`.
    var attribute: String
    /// The value with character references decoded.
    var value: String
    /// 1-based line and column of the value.
    var line: Int
    var column: Int
}

/// What `HTMLReferenceScanner` finds in a page: its links and sources, and its ids.
struct HTMLPageScan: Sendable {
    var references: [HTMLReference] = []
    /// Each id (and `<a name>`) with the line it first appears on.
    var ids: [String: Int] = [:]
    /// Ids that appear more than once, with the line of the repeat.
    var duplicateIDs: [(id: String, line: Int, column: Int, firstLine: Int)] = []
}

/// Reads the tags of an HTML page well enough to check links: attributes in single, double or no quotes,
/// character references, comments, and `<script>`/`<style>` contents skipped. Not a full HTML parser.
struct HTMLReferenceScanner {
    private let scalars: [Unicode.Scalar]
    private var index = 0, line = 1, column = 1

    init(_ html: String) { scalars = Array(html.unicodeScalars) }

    static func scan(_ html: String) -> HTMLPageScan {
        var scanner = HTMLReferenceScanner(html)
        return scanner.run()
    }

    private mutating func run() -> HTMLPageScan {
        var page = HTMLPageScan()
        while index < scalars.count {
            guard scalars[index] == "<" else { advance(); continue }
            if starts(with: "<!--") { skip(past: "-->"); continue }
            advance()
            guard index < scalars.count, scalars[index].properties.isAlphabetic else { continue }
            let name = readName().lowercased()
            readAttributes(of: name, into: &page)
            if name == "script" || name == "style" { skip(past: "</\(name)") }
        }
        return page
    }

    private mutating func readAttributes(of tag: String, into page: inout HTMLPageScan) {
        while index < scalars.count {
            skipSpaces()
            guard index < scalars.count else { return }
            if scalars[index] == ">" { advance(); return }
            if scalars[index] == "/" { advance(); continue }
            let name = readName().lowercased()
            if name.isEmpty { advance(); continue }
            skipSpaces()
            guard index < scalars.count, scalars[index] == "=" else { continue }
            advance()
            skipSpaces()
            let (valueLine, valueColumn) = (line, column)
            let value = CharacterReferences.decode(readValue())
            switch name {
            case "href", "src":
                page.references.append(HTMLReference(attribute: name, value: value, line: valueLine, column: valueColumn))
            case "id":
                if let first = page.ids[value] { page.duplicateIDs.append((value, valueLine, valueColumn, first)) }
                else { page.ids[value] = valueLine }
            case "name" where tag == "a":
                if page.ids[value] == nil { page.ids[value] = valueLine }
            default: break
            }
        }
    }

    private mutating func readName() -> String {
        var name = String.UnicodeScalarView()
        while index < scalars.count, !" \t\n\r\u{0C}/>=".unicodeScalars.contains(scalars[index]) {
            name.append(scalars[index])
            advance()
        }
        return String(name)
    }

    private mutating func readValue() -> String {
        var value = String.UnicodeScalarView()
        guard index < scalars.count else { return "" }
        let quote = scalars[index]
        if quote == "\"" || quote == "'" {
            advance()
            while index < scalars.count, scalars[index] != quote { value.append(scalars[index]); advance() }
            advance()
        } else {
            while index < scalars.count, !" \t\n\r\u{0C}>".unicodeScalars.contains(scalars[index]) { value.append(scalars[index]); advance() }
        }
        return String(value)
    }

    private mutating func skipSpaces() {
        while index < scalars.count, " \t\n\r\u{0C}".unicodeScalars.contains(scalars[index]) { advance() }
    }

    private func starts(with text: String) -> Bool {
        var i = index
        for scalar in text.unicodeScalars {
            guard i < scalars.count, scalars[i].properties.lowercaseMapping == String(scalar).lowercased() else { return false }
            i += 1
        }
        return true
    }

    private mutating func skip(past text: String) {
        while index < scalars.count, !starts(with: text) { advance() }
        for _ in text.unicodeScalars where index < scalars.count { advance() }
    }

    private mutating func advance() {
        if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
        index += 1
    }
}
