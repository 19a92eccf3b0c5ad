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
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        for (key, isImage) in keys where lower.hasPrefix(key) {
            let rest = trimmed.dropFirst(key.count).drop { $0 == " " }
            guard rest.first == ":" else { continue }
            let value = rest.dropFirst().trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty, !value.contains(" ") || URLPolicy.isWebURL(String(value.prefix { $0 != " " })) else { continue }
            return isImage ? .imageSource(value) : .source(value)
        }
        return nil
    }
}
