import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Maps a request path to a file inside the served folder, and never to anything outside it.
///
/// `/` and `dir/` serve `index.html`; `dir` (a folder, no slash) redirects to `dir/`. Rejected: `..` and `.`
/// segments (also percent-encoded, like `%2e%2e`), encoded slashes and backslashes, NUL bytes, hidden files,
/// and any path whose real location (after following symlinks) is outside the folder.
public struct SiteFileResolver: Sendable {
    /// What a request path resolves to.
    public enum Resolution: Sendable, Equatable {
        /// A regular file inside the folder.
        case file(URL)
        /// A folder asked for without its trailing slash: redirect to this path.
        case redirect(String)
        /// Nothing there.
        case notFound
        /// The path tries to leave the folder or names something never served.
        case forbidden
    }

    /// The served folder.
    public let root: URL

    /// Creates a resolver for `root`.
    public init(root: URL) { self.root = root }

    /// Resolves a raw, percent-encoded request path (the part before `?`).
    public func resolve(_ rawPath: String) -> Resolution {
        let path = rawPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard path.hasPrefix("/") else { return .forbidden }
        var segments: [String] = []
        let parts = path.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        for (index, part) in parts.enumerated() {
            if part.isEmpty {
                if index == parts.count - 1 { continue }
                return .forbidden
            }
            guard let segment = part.removingPercentEncoding,
                  !segment.hasPrefix("."), !segment.contains("/"), !segment.contains("\\"), !segment.contains("\0")
            else { return .forbidden }
            segments.append(segment)
        }
        let candidate = segments.reduce(root) { $0.appendingPathComponent($1) }
        guard let real = Self.realPath(candidate) else { return .notFound }
        guard let realRoot = Self.realPath(root), real == realRoot || real.hasPrefix(realRoot + "/") else { return .forbidden }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isFolder) else { return .notFound }
        if isFolder.boolValue {
            guard path.hasSuffix("/") else { return .redirect(path + "/") }
            let index = URL(fileURLWithPath: real).appendingPathComponent("index.html")
            return FileManager.default.fileExists(atPath: index.path) ? .file(index) : .notFound
        }
        return path.hasSuffix("/") ? .notFound : .file(URL(fileURLWithPath: real))
    }

    /// The canonical path with every symlink followed, or nil when nothing is there.
    static func realPath(_ url: URL) -> String? {
        guard let resolved = realpath(url.path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
