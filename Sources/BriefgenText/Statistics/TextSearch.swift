import Foundation

/// Substring tests for the short texts the statistic readers check against word lists (a source's name, a sentence).
///
/// Foundation's `contains(_:)` and `replacingOccurrences(of:with:)` go through `NSString` and cost far more than the
/// check itself. For ASCII text a byte search gives the same answer (no ASCII character has another canonical form), so
/// these take that path and leave any other text to Foundation, keeping every answer the same. The same holds with
/// typographic quotes, dashes and the ellipsis in the text: they have no other canonical form and combine with nothing.
enum TextSearch {
    /// Whether any of `needles` occurs in `text`, as `needles.contains { text.contains($0) }` answers.
    static func containsAny(_ needles: [String], in text: String) -> Bool {
        var text = text
        let answer: Bool? = text.withUTF8 { bytes in
            isPlain(bytes) ? needles.contains { contains($0, in: bytes) } : nil
        }
        return answer ?? needles.contains { text.contains($0) }
    }

    /// `text.lowercased()` with curly apostrophes made straight, as
    /// `text.lowercased().replacingOccurrences(of: "’", with: "'")` gives.
    ///
    /// Text in ASCII, with no other character than `’` beyond it (`Ukraine’s`), is mapped byte for byte: each `’` then
    /// stands alone between ASCII characters, where Foundation replaces every one.
    static func lowercasedStraight(_ text: String) -> String {
        if let plain = asciiLowercasedStraight(text) { return plain }
        let lower = text.lowercased()
        // `’` is E2 80 99 in UTF-8: without an E2 byte there is nothing to replace.
        guard lower.utf8.contains(0xE2) else { return lower }
        return lower.replacingOccurrences(of: "’", with: "'")
    }

    /// ``lowercasedStraight(_:)`` of text made of ASCII and `’` (E2 80 99 in UTF-8), or nil for other text.
    private static func asciiLowercasedStraight(_ text: String) -> String? {
        var copy = text
        return copy.withUTF8 { bytes -> String? in
            var index = 0
            var count = 0 // bytes of the result
            var unchanged = true
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte >= 0x41 && byte <= 0x5A { unchanged = false }
                    index += 1
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                    unchanged = false
                    index += 3
                } else {
                    return nil
                }
                count += 1
            }
            if unchanged { return text }
            return String(unsafeUninitializedCapacity: count) { buffer in
                var from = 0
                var to = 0
                while from < bytes.count {
                    let byte = bytes[from]
                    if byte < 0x80 {
                        buffer[to] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                        from += 1
                    } else {
                        buffer[to] = 0x27 // `’` → `'`
                        from += 3
                    }
                    to += 1
                }
                return count
            }
        }
    }

    /// Whether `text` starts with the lower-case ASCII `prefix`, as `text.hasPrefix(prefix)` answers: the bytes match
    /// and the character after them is not extended (a byte beyond ASCII takes `hasPrefix` itself).
    static func hasPrefix(_ text: String, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        var copy = text
        let answer: Bool? = copy.withUTF8 { bytes in
            guard bytes.count >= count else { return false }
            for offset in 0..<count where bytes[offset] != prefix.utf8Start[offset] { return false }
            return bytes.count == count || bytes[count] < 0x80 ? true : nil
        }
        return answer ?? text.hasPrefix(String(decoding: UnsafeBufferPointer(start: prefix.utf8Start, count: count), as: UTF8.self))
    }

    /// ASCII, or ASCII with `‘ ’ “ ” – — …` (E2 80 xx in UTF-8), so a byte search answers as Foundation does.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, plainPunctuation.contains(bytes[index + 2]) {
                index += 3
            } else {
                return false
            }
        }
        return true
    }

    /// Last UTF-8 bytes of `– — ‘ ’ “ ” …` (U+2013, U+2014, U+2018, U+2019, U+201C, U+201D, U+2026).
    private static let plainPunctuation: Set<UInt8> = [0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6]

    /// The last of the space-separated words of `text`, as `text.split(separator: " ").last.map(String.init)` gives.
    ///
    /// For ASCII text the bytes after the last space are that word: a space is a character of its own there (only
    /// `\r\n` joins two ASCII scalars into one character), so no character walk is needed. Other text, where a space
    /// followed by a combining mark is no `" "`, is split by characters.
    static func lastWord(of text: String) -> String? {
        var copy = text
        let word: String?? = copy.withUTF8 { bytes in
            for byte in bytes where byte >= 0x80 { return nil } // not ASCII: split by characters
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            guard end > 0 else { return .some(nil) }
            var start = end
            while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        return word ?? text.split(separator: " ").last.map(String.init)
    }

    /// Whether `text` ends with the ASCII `suffix`, as `hasSuffix` answers for a token's text (letters, digits and
    /// apostrophes), compared as UTF-8 bytes rather than as `Character`s.
    static func hasSuffix(_ text: String, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= count else { return false }
            let start = bytes.count - count
            for offset in 0..<count where bytes[start + offset] != suffix.utf8Start[offset] { return false }
            return true
        }
    }

    /// Whether the ASCII `needle` occurs in `bytes`.
    private static func contains(_ needle: String, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in
            guard !pattern.isEmpty else { return false } // Foundation finds no empty string
            guard pattern.count <= bytes.count else { return false }
            let first = pattern[0]
            var start = 0
            let last = bytes.count - pattern.count
            while start <= last {
                if bytes[start] == first {
                    var offset = 1
                    while offset < pattern.count, bytes[start + offset] == pattern[offset] { offset += 1 }
                    if offset == pattern.count { return true }
                }
                start += 1
            }
            return false
        }
    }
}
