import Foundation

/// Substring tests for the short texts the statistic readers check against word lists (a source's name, a sentence).
///
/// Foundation's `contains(_:)` and `replacingOccurrences(of:with:)` go through `NSString` and cost far more than the
/// check itself. For ASCII text a byte search gives the same answer (no ASCII character has another canonical form), so
/// these take that path and leave any other text to Foundation, keeping every answer the same.
enum TextSearch {
    /// Whether any of `needles` occurs in `text`, as `needles.contains { text.contains($0) }` answers.
    static func containsAny(_ needles: [String], in text: String) -> Bool {
        var text = text
        let answer: Bool? = text.withUTF8 { bytes in
            isASCII(bytes) ? needles.contains { contains($0, in: bytes) } : nil
        }
        return answer ?? needles.contains { text.contains($0) }
    }

    /// `text.lowercased()` with curly apostrophes made straight, as
    /// `text.lowercased().replacingOccurrences(of: "’", with: "'")` gives.
    static func lowercasedStraight(_ text: String) -> String {
        let lower = text.lowercased()
        // `’` is E2 80 99 in UTF-8: without an E2 byte there is nothing to replace.
        guard lower.utf8.contains(0xE2) else { return lower }
        return lower.replacingOccurrences(of: "’", with: "'")
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 { return false }
        return true
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
