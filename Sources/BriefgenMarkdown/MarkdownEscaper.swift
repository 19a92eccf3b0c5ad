/// Escapes text so that it is inert inside a Markdown document.
///
/// Every ASCII punctuation character is backslash-escaped (no emphasis, link, image, autolink-by-angle,
/// raw HTML, table cell, heading or list marker can start), `@` becomes ``atSign`` (no e-mail autolink), line breaks
/// become spaces (no new block can start), directive sentinels and invisible bidirectional overrides are removed,
/// and other control characters dropped.
public enum MarkdownEscaper {
    /// Stands for `@` in escaped text until ``HTMLDirectives/apply(to:widgets:)`` puts it back. cmark-gfm's autolink
    /// extension finds e-mail addresses in text *after* backslash escapes are resolved, so `name\@host\.org` from
    /// an article would still become a `mailto:` link; a private-use character in its place cannot.
    public static let atSign: Unicode.Scalar = "\u{E007}"

    /// The escaped text.
    public static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count + 16)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar == " " {
                pendingSpace = !out.isEmpty
                continue
            }
            if value < 0x20 || value == 0x7F || Directive.all.contains(scalar) || scalar == atSign || isBidiControl(value) { continue }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            if scalar == "@" {
                out.append(atSign)
                continue
            }
            if value < 0x80, isASCIIPunctuation(UInt8(value)) { out.append("\\") }
            out.append(scalar)
        }
        return String(out)
    }

    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }

    /// Bidirectional embedding, override and isolate controls, which can make text read differently than it is.
    private static func isBidiControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }
}
