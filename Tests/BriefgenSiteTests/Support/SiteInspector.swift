import Foundation

/// Reads a built site's HTML the way a browser would follow it: links, anchors, scripts, handlers.
struct SiteInspector {
    let root: URL

    /// Relative paths of the HTML pages.
    var pages: [String] {
        let base = root.standardizedFileURL.path
        let e = FileManager.default.enumerator(atPath: base)
        var result: [String] = []
        while let path = e?.nextObject() as? String { if path.hasSuffix(".html") { result.append(path) } }
        return result.sorted()
    }

    func html(_ page: String) -> String {
        (try? String(contentsOf: root.appendingPathComponent(page), encoding: .utf8)) ?? ""
    }

    /// Values of an attribute across a page.
    func attributeValues(_ name: String, in html: String) -> [String] {
        guard let regex = try? Regex("\\s\(name)=\"([^\"]*)\"") else { return [] }
        return html.matches(of: regex).compactMap { $0.output[1].substring.map(String.init) }
    }

    /// `page: href` for every internal link whose file or `#anchor` does not exist.
    func brokenLinks() -> [String] {
        var broken: [String] = []
        for page in pages {
            let html = html(page)
            let folder = URL(fileURLWithPath: page).deletingLastPathComponent().relativePath
            for href in attributeValues("href", in: html) + attributeValues("src", in: html) {
                if href.hasPrefix("http://") || href.hasPrefix("https://") || href.hasPrefix("mailto:") { continue }
                let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let path = String(parts[0])
                let target = path.isEmpty ? page : URL(fileURLWithPath: folder == "." ? path : folder + "/" + path).standardized.relativePath
                let fileURL = root.appendingPathComponent(target)
                guard FileManager.default.fileExists(atPath: fileURL.path) else { broken.append("\(page): \(href)"); continue }
                if parts.count == 2, target.hasSuffix(".html") {
                    let ids = Set(attributeValues("id", in: self.html(target)))
                    if !ids.contains(String(parts[1])) { broken.append("\(page): \(href)") }
                }
            }
        }
        return broken
    }
}
