/// Escapes text so that it is inert inside a Markdown document.
///
/// Every ASCII punctuation character that could open a construct is backslash-escaped (no emphasis, link, image,
/// autolink, raw HTML, entity, table cell, heading or list marker can start); the marks that mean nothing inside a
/// line (`, . ' " ( ) - ; ? % / $ + =`) are left as they are there, so that cmark-gfm reads a sentence as one run of
/// text instead of a node per mark (a source page's text was mostly such nodes). `@` becomes ``atSign`` (no e-mail
/// autolink), line breaks become spaces (no new block can start), directive sentinels and invisible bidirectional
/// overrides are removed, and other control characters dropped.
public enum MarkdownEscaper {
    /// Stands for `@` in escaped text until ``HTMLDirectives/apply(to:widgets:)`` puts it back. cmark-gfm's autolink
    /// extension finds e-mail addresses in text *after* backslash escapes are resolved, so `name\@host\.org` from
    /// an article would still become a `mailto:` link; a private-use character in its place cannot.
    public static let atSign: Unicode.Scalar = "\u{E007}"

    /// The escaped text. Works on UTF-8 bytes: the characters it treats specially are ASCII or three-byte
    /// sequences (`EE 80 80`…`EE 80 87` for the sentinels and ``atSign``, `E2 80 AA`…`AE` and `E2 81 A6`…`A9` for
    /// the bidirectional controls), and every other multi-byte character is copied as it is.
    public static func escape(_ text: String) -> String {
        var source = text
        return source.withUTF8 { bytes -> String in
            plain.withUnsafeBufferPointer { plain -> String in
                let n = bytes.count
                // Text that is one run of bytes copied as they are (letters, digits, other characters than the ones
                // that may be removed, single spaces between them) comes back as it is, without a copy.
                var j = 0
                while j < n, plain[Int(bytes[j])] || (j > 0 && bytes[j] == 0x20 && j + 1 < n && plain[Int(bytes[j + 1])]) { j += 1 }
                if j == n { return text }
                // At most three bytes per byte (`@` becomes ``atSign``); written straight into the string's storage.
                return String(unsafeUninitializedCapacity: n * 3) { out in
                    escape(bytes, plain: plain, into: out)
                }
            }
        }
    }

    /// ``escape(_:)`` of the UTF-8 `bytes`, appended to `out`: byte for byte what `escape` returns for the same text,
    /// without a string for the text or for its escaped form (a page writer that builds its Markdown as bytes).
    public static func escape(utf8 bytes: UnsafeBufferPointer<UInt8>, appendingTo out: inout [UInt8]) {
        plain.withUnsafeBufferPointer { plain in
            let n = bytes.count
            var j = 0
            while j < n, plain[Int(bytes[j])] || (j > 0 && bytes[j] == 0x20 && j + 1 < n && plain[Int(bytes[j + 1])]) { j += 1 }
            if j == n {
                out.append(contentsOf: bytes)
                return
            }
            // Room for three bytes per byte, written in place, then cut to what was written.
            let start = out.count
            out.append(contentsOf: repeatElement(0, count: n * 3))
            let written = out.withUnsafeMutableBufferPointer { all in
                escape(bytes, plain: plain, into: UnsafeMutableBufferPointer(rebasing: all[start...]))
            }
            out.removeLast(n * 3 - written)
        }
    }

    /// ``escape(utf8:appendingTo:)`` of a string's UTF-8.
    public static func escape(_ text: String, appendingTo out: inout [UInt8]) {
        var text = text
        text.withUTF8 { escape(utf8: $0, appendingTo: &out) }
    }

    /// Writes the escaped `bytes` into `out` (room for three bytes per byte); returns how many it wrote.
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, plain: UnsafeBufferPointer<Bool>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var count = 0
        func put(_ byte: UInt8) {
            out[count] = byte
            count += 1
        }
        var pendingSpace = false
        // Whether all that is written so far is ASCII digits (or nothing): a mark there could begin a list item.
        var digitsOnly = true
        var i = 0
        let n = bytes.count
        while i < n {
            // A run of bytes that are copied as they are (letters, digits, and multi-byte characters other than
            // the ones that may be removed, with single spaces between them) goes in at once.
            var j = i
            while j < n, plain[Int(bytes[j])] || (j > i && bytes[j] == 0x20 && j + 1 < n && plain[Int(bytes[j + 1])]) { j += 1 }
            if j > i {
                if pendingSpace {
                    put(0x20)
                    pendingSpace = false
                }
                if digitsOnly { digitsOnly = count == 0 && (i..<j).allSatisfy { (0x30...0x39).contains(bytes[$0]) } }
                (out.baseAddress.unsafelyUnwrapped + count).initialize(from: bytes.baseAddress.unsafelyUnwrapped + i, count: j - i)
                count += j - i
                i = j
                continue
            }
            let byte = bytes[i]
            if byte < 0x80 {
                i += 1
                if byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x20 {
                    pendingSpace = count > 0
                    continue
                }
                if byte < 0x20 || byte == 0x7F { continue }
                if pendingSpace {
                    put(0x20)
                    pendingSpace = false
                }
                if byte == 0x40 {
                    digitsOnly = false
                    put(0xEE)  // atSign
                    put(0x80)
                    put(0x87)
                    continue
                }
                if isASCIIPunctuation(byte), !isInert(byte, after: out, count: count, digitsOnly: digitsOnly) { put(0x5C) }
                put(byte)
                digitsOnly = false
                continue
            }
            let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            let end = min(n, i + width)
            if width == 3, end - i == 3, isRemoved(bytes[i], bytes[i + 1], bytes[i + 2]) {
                i = end
                continue
            }
            if pendingSpace {
                put(0x20)
                pendingSpace = false
            }
            digitsOnly = false
            while i < end {
                put(bytes[i])
                i += 1
            }
        }
        return count
    }

    /// Bytes that are always copied as they are: ASCII letters and digits, UTF-8 continuation bytes, and the lead
    /// bytes of multi-byte characters except `E2` and `EE`, which begin the characters that may be removed.
    private static let plain: [Bool] = (0..<256).map { b in
        (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || (b >= 0x80 && b != 0xE2 && b != 0xEE)
    }

    /// A directive sentinel (U+E000–E006), ``atSign`` (U+E007) or a bidirectional control, as UTF-8.
    private static func isRemoved(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        if a == 0xEE { return b == 0x80 && (0x80...0x87).contains(c) }
        if a == 0xE2, b == 0x80 { return (0xAA...0xAE).contains(c) }
        if a == 0xE2, b == 0x81 { return (0xA6...0xA9).contains(c) }
        return false
    }

    /// Whether an ASCII punctuation mark may stand unescaped where it is written: a mark that means nothing to cmark-gfm
    /// inside a line (`, . ' " ( ) - ; ? % / $ + =`) once something other than digits precedes it (at the start, `-`,
    /// `+` and `=` begin list items and headings, and `1.` or `1)` a numbered item), except a `.` after `w` or `W`
    /// (the autolink extension links `www.` as it stands in the source; `:` and `@`, its other openers, are never
    /// left as they are).
    private static func isInert(_ byte: UInt8, after out: UnsafeMutableBufferPointer<UInt8>, count: Int, digitsOnly: Bool) -> Bool {
        guard !digitsOnly, inert[Int(byte)] else { return false }  // not digits only: something was written before
        if byte == 0x2E { return out[count - 1] | 0x20 != 0x77 }
        return true
    }

    private static let inert: [Bool] = (0..<256).map { b in Array(",.'\"()-;?%/$+=".utf8).contains(UInt8(b)) }

    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }

}
