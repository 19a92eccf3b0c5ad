import Testing
@testable import BriefgenMarkdown

/// The byte-level escaper gives what a scalar-by-scalar reference gives, on every kind of character; exact results on
/// awkward text; and escaped text renders as itself wherever a template puts it.
struct MarkdownEscaperTests {
    /// The reference: the scalar-by-scalar escaper.
    static func reference(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar == " " {
                pendingSpace = !out.isEmpty
                continue
            }
            let bidi = (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            if value < 0x20 || value == 0x7F || Directive.all.contains(scalar) || scalar == MarkdownEscaper.atSign || bidi { continue }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            if scalar == "@" {
                out.append(MarkdownEscaper.atSign)
                continue
            }
            if value < 0x80, (0x21...0x2F).contains(value) || (0x3A...0x40).contains(value) || (0x5B...0x60).contains(value)
                || (0x7B...0x7E).contains(value) {
                // Marks that mean nothing inside a line stay as they are after anything but digits; a `.` after `w`
                // (an autolink's `www.`) is always escaped.
                let digitsOnly = out.allSatisfy { ("0"..."9").contains($0) }
                let afterW = out.last == "w" || out.last == "W"
                if !(",.'\"()-;?%/$+=".unicodeScalars.contains(scalar) && !digitsOnly && !(scalar == "." && afterW)) {
                    out.append("\\")
                }
            }
            out.append(scalar)
        }
        return String(out)
    }

    static let cases = [
        "", "   ", "The U.N. verified 2,641 — “civilian casualties” (46%).",
        "<script>alert(1)</script> [x](javascript:alert(2)) ![i](data:x) | a | b |\n# heading\n> quote\n- item",
        "evil@example.org \u{E000}span .x\u{E001}boom\u{E002} \u{E007} \u{E008} \u{E0FF}",
        "bidi \u{202A}a\u{202E}b\u{2066}c\u{2069}d\u{2067} \u{202F}nbsp \u{2028}ls \u{200B}zw",
        "ctrl \u{0}\u{1}\u{1F}\u{7F}\u{80}\u{9F} tabs\t\tand\r\nCRLF  \n  ",
        "Київ 🇺🇦 😀 é e\u{301} 中文 𝔘",
        String(repeating: "\\`*_{}[]()#+-.!|~<>&\"'", count: 3),
        "a  b", "a b ", " a", "a \tb", "a b.c d", "é ü x", "x \u{202A}y z", "one two  three   four", "w @ v", "a b\u{E000}c d",
    ]

    @Test(arguments: cases)
    func bytesGiveWhatScalarsGave(_ text: String) {
        #expect(MarkdownEscaper.escape(text) == Self.reference(text))
    }

    @Test func everyScalarInTheSpecialRangesMatches() {
        var scalars: [Unicode.Scalar] = []
        for range in [0x00...0x80, 0x2000...0x2070, 0xD7F0...0xD7FF, 0xFFF0...0xFFFF, 0x1F600...0x1F610, 0xE000...0xE010] {
            for value in range { if let s = Unicode.Scalar(value) { scalars.append(s) } }
        }
        for scalar in scalars {
            let text = "a" + String(Character(scalar)) + "b " + String(Character(scalar))
            #expect(MarkdownEscaper.escape(text) == Self.reference(text), "U+\(String(scalar.value, radix: 16))")
        }
    }

    /// Exact results: plain text in every script unchanged; the marks that mean nothing inside a line left as they are
    /// there, and escaped at the start or after digits only (`1.`, `2)`, `- `); a `.` after `w` always escaped.
    static let exact: [(String, String)] = [
        ("", ""),
        ("Kyiv", "Kyiv"),
        ("killed in Kharkiv region", "killed in Kharkiv region"),
        ("Київ café e\u{301} 中文 😀 سلام عليكم", "Київ café e\u{301} 中文 😀 سلام عليكم"),
        ("The U.N. verified 2,641 “civilian” deaths", "The U.N. verified 2,641 “civilian” deaths"),
        ("one-fifth (46%) of 1,200; \"so\" it's $5/day + more = less?", "one-fifth (46%) of 1,200; \"so\" it's $5/day + more = less?"),
        ("1. first 2) second", "1\\. first 2) second"),
        ("- item + item = x", "\\- item + item = x"),
        ("2,641 killed", "2\\,641 killed"),
        ("(a)", "\\(a)"),
        ("see www.example.org or WWW.EXAMPLE.ORG, w.x", "see www\\.example.org or WWW\\.EXAMPLE.ORG, w\\.x"),
        ("http://evil.example/x mailto:a", "http\\://evil.example/x mailto\\:a"),
        ("a\r\nb", "a b"),
        ("  lead and trail  ", "lead and trail"),
        ("two  spaces", "two spaces"),
        ("x@y.org", "x\u{E007}y.org"),
        ("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"),
        ("[x](javascript:alert(1))", "\\[x\\](javascript\\:alert(1))"),
        ("*bold* _it_ # | ~", "\\*bold\\* \\_it\\_ \\# \\| \\~"),
        ("bidi\u{202E}gone \u{E000}x", "bidigone x"),
        ("🇺🇦\u{7F}\u{1}end", "🇺🇦end"),
    ]

    @Test func exactResultsOnAwkwardText() {
        for (text, expected) in Self.exact {
            #expect(MarkdownEscaper.escape(text) == expected, "\(text.debugDescription)")
            #expect(Self.reference(text) == expected, "reference: \(text.debugDescription)")
        }
    }

    /// Escaping onto the end of a byte buffer gives the same bytes as the string, after whatever the buffer held.
    @Test(arguments: cases + exact.map(\.0))
    func appendingToBytesGivesTheString(_ text: String) {
        var out: [UInt8] = Array("prefix ".utf8)
        MarkdownEscaper.escape(text, appendingTo: &out)
        #expect(out == Array(("prefix " + MarkdownEscaper.escape(text)).utf8))
    }

    @Test func exactResultsAppendedToBytes() {
        for (text, expected) in Self.exact {
            var out: [UInt8] = [0x78]
            MarkdownEscaper.escape(text, appendingTo: &out)
            #expect(out == Array(("x" + expected).utf8), "\(text.debugDescription)")
        }
    }
}
