import Foundation

/// The files of a built site, as `/`-separated paths relative to its folder.
struct SiteFiles: Sendable {
    let root: URL
    /// Every regular file.
    let all: Set<String>
    /// The HTML pages, sorted.
    let pages: [String]

    init(root: URL) {
        self.root = root
        let base = root.standardizedFileURL.path
        var found: Set<String> = []
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            found.insert(String(url.standardizedFileURL.path.dropFirst(base.count + 1)))
        }
        all = found
        pages = found.filter { $0.hasSuffix(".html") }.sorted()
    }

    /// Whether the folder path (`sources/x`, no slash) holds files.
    func isFolder(_ path: String) -> Bool {
        let prefix = path.isEmpty ? "" : path + "/"
        return all.contains { $0.hasPrefix(prefix) }
    }

    /// Text of a file, nil when absent or not UTF-8.
    func text(_ path: String) -> String? {
        guard all.contains(path) else { return nil }
        return try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }
}
