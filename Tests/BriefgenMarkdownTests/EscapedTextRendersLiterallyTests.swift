import Testing
@testable import BriefgenMarkdown

/// Escaped text comes out of cmark-gfm as itself, wherever a template puts it: at the start of a paragraph, inside a
/// line, as link text, as a list item, as a table cell and as a heading. Thousands of strings are made from the pieces
/// that open Markdown and GFM constructs (list markers, `www.` and `http://` autolinks, e-mail addresses, emphasis,
/// code, tables, entities, raw HTML) mixed with the punctuation the escaper leaves as it is inside a line.
struct EscapedTextRendersLiterallyTests {
    static let pieces = [
        "www.", "WWW.", "www", ".", "w", "W", "example.org", "http://", "https:", "//", "ftp:", ":", "mailto:", "@",
        "a@b.org", "1.", "1)", "12", "-", "--", "---", "+", "=", "===", "*", "**", "_", "~~", "~", "`", "```", "|",
        "<", ">", "</", "<script>", "[", "]", "](", "(", ")", "!", "![", "&", "&amp;", "&#65;", ";", "#", "##", "\\",
        "{", "}", "{span .x}", "'", "\"", ",", "?", "%", "$", "/", "javascript:", "  ", " ", "\t", "\n", "text", "U.N.",
        "2,641", "46%", "“", "’", "é", "Київ", "7",
    ]

    /// A deterministic stream of strings of 1–8 pieces.
    static func strings(count: Int) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0...next(8)).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    /// What a reader should see: the text with its whitespace runs made single spaces and trimmed, escaped for HTML
    /// as cmark-gfm escapes text.
    static func literal(_ text: String) -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        var out = ""
        for c in words {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    let renderer = MarkdownRenderer()

    func html(_ markdown: String) -> String { HTMLDirectives.apply(to: renderer.html(from: markdown)) }

    @Test func everyPlacementRendersTheTextItself() {
        var failures: [String] = []
        for text in Self.strings(count: 3_000) {
            let lit = Self.literal(text)
            guard !lit.isEmpty else { continue }
            let e = MarkdownEscaper.escape(text)
            let placements: [(markdown: String, expected: String)] = [
                (e + "\n", "<p>\(lit)</p>\n"),
                ("Text: " + e + "\n", "<p>Text: \(lit)</p>\n"),
                ("Text\n" + e + "\n", "<p>Text\n\(lit)</p>\n"),
                ("[" + e + "](/x)\n", "<p><a href=\"/x\">\(lit)</a></p>\n"),
                ("- " + e + "\n", "<ul>\n<li>\(lit)</li>\n</ul>\n"),
                ("| h |\n|---|\n| " + e + " |\n", "<table>\n<thead>\n<tr>\n<th>h</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>\(lit)</td>\n</tr>\n</tbody>\n</table>\n"),
            ]
            for (markdown, expected) in placements where html(markdown) != expected {
                failures.append("\(text.debugDescription) as \(markdown.debugDescription) → \(html(markdown).debugDescription)")
            }
            let heading = html("## " + e + "\n")
            let opening = heading.dropLast(lit.count + "</h2>\n".count)
            if !heading.hasPrefix("<h2") || !heading.hasSuffix(">\(lit)</h2>\n") || opening.filter({ $0 == "<" }).count != 1 {
                failures.append("\(text.debugDescription) as a heading → \(heading.debugDescription)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures; first: \(failures.prefix(5).joined(separator: "\n"))")
    }

    /// The text that used to be escaped mark by mark now passes through cmark-gfm as one run, and still no link can
    /// form: a spot check of the openers the autolink extension looks for.
    @Test func autolinkOpenersStayText() {
        for text in ["www.example.org", "Visit WWW.Example.org/x.", "(www.a.b)", "*www.a.b*", "http://a.b", "x@y.org", "mailto:x@y.org"] {
            let out = html(MarkdownEscaper.escape(text) + "\n")
            #expect(!out.contains("<a"), "\(text) → \(out)")
            #expect(out == "<p>\(Self.literal(text))</p>\n")
        }
    }
}
