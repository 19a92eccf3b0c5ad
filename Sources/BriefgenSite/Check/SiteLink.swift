import Foundation

/// A link value from a page, sorted into what the checker does with it.
enum SiteLink: Equatable {
    /// `https:`, `mailto:`, `//host/…` and other schemes: not checked.
    case external
    /// `""` or `#`: the page itself.
    case empty
    /// `/path`: breaks under a sub-path and from `file://`.
    case rootAbsolute
    /// More `../` than folders.
    case outside
    /// A `%` not followed by two hex digits.
    case undecodable
    /// A file in the site (relative to its root; a trailing `/` kept for folders) and an optional fragment.
    case `internal`(target: String, fragment: String?)

    /// Classifies `value` as found on `page` (a path relative to the site root).
    static func classify(_ value: String, from page: String) -> SiteLink {
        if value.isEmpty || value == "#" { return .empty }
        if value.hasPrefix("//") || value.firstMatch(of: #/^[A-Za-z][A-Za-z0-9+.\-]*:/#) != nil { return .external }
        if value.hasPrefix("/") { return .rootAbsolute }
        let hashSplit = value.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let fragment = hashSplit.count == 2 ? String(hashSplit[1]).removingPercentEncoding : nil
        if hashSplit.count == 2, fragment == nil { return .undecodable }
        let pathPart = hashSplit[0].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
        guard let path = String(pathPart).removingPercentEncoding else { return .undecodable }
        if path.isEmpty { return .internal(target: page, fragment: fragment) }
        var segments = page.split(separator: "/").dropLast().map(String.init)
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for part in parts {
            switch part {
            case "..":
                guard !segments.isEmpty else { return .outside }
                segments.removeLast()
            case ".", "":
                continue
            default:
                segments.append(part)
            }
        }
        let folderLink = path.hasSuffix("/") || path.hasSuffix("/.") || path.hasSuffix("/..") || path == "." || path == ".."
        let target = segments.joined(separator: "/")
        return .internal(target: folderLink ? (target.isEmpty ? "" : target + "/") : target, fragment: fragment)
    }
}
