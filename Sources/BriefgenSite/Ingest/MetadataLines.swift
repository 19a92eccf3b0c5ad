import Foundation

/// Recognizes metadata lines at the start or end of a plain-text article (`source: URL`, `image source from:URL`).
///
/// Only a closed set of keys is recognized, and only in the leading or trailing run of lines, so a body
/// sentence with a colon is never eaten.
enum MetadataLines {
    /// What a metadata line says.
    enum Field: Equatable {
        case source(String)
        case imageSource(String)
    }

    private static let keys: [(String, Bool)] = [
        ("image source from", true), ("image source", true), ("image credit", true), ("photo source", true),
        ("source url", false), ("source", false), ("original article", false), ("url", false),
    ]

    /// The field a line holds, or nil when it is body text.
    static func field(in line: Substring) -> Field? {
        let trimmed = trimmingBlanks(line)
        guard let first = trimmed.utf8.first, keyInitials.contains(first | 0x20) else { return nil }
        // Only the line's first bytes are compared with each key, ignoring ASCII case (lowercasing the whole line
        // cost more than the rest of reading a plain-text article).
        for (key, isImage) in keys where Self.hasPrefixIgnoringASCIICase(trimmed, key) {
            let rest = trimmed.dropFirst(key.count).drop { $0 == " " }
            guard rest.first == ":" else { continue }
            let value = String(trimmingBlanks(rest.dropFirst()))
            guard !value.isEmpty, !value.contains(" ") || URLPolicy.isWebURL(String(value.prefix { $0 != " " })) else { continue }
            return isImage ? .imageSource(value) : .source(value)
        }
        return nil
    }

    /// Whether `text` starts with `key` (lowercase ASCII), in any ASCII case, followed by a space or colon (so the
    /// key's last letter is a whole character, not one with a combining mark).
    private static func hasPrefixIgnoringASCIICase(_ text: Substring, _ key: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        for k in key.utf8 {
            guard let b = bytes.next() else { return false }
            let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            guard lower == k else { return false }
        }
        let next = bytes.next()
        return next == 0x20 || next == 0x3A
    }

    /// The first letters of the keys, lowercased: most lines are rejected on their first byte.
    private static let keyInitials: Set<UInt8> = Set(keys.compactMap { $0.0.utf8.first })

    /// `text` without leading and trailing spaces and tabs (what `.whitespaces` trims on these lines; line breaks are
    /// already split off), plus other Unicode horizontal spaces.
    private static func trimmingBlanks(_ text: Substring) -> Substring {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || ($0.unicodeScalars.count == 1 && $0.unicodeScalars.first!.properties.generalCategory == .spaceSeparator) }
        guard let start = text.firstIndex(where: { !isBlank($0) }) else { return text[text.endIndex...] }
        let end = text.lastIndex(where: { !isBlank($0) })!
        return text[start...end]
    }
}
