import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Checks `feed.xml` and `sitemap.xml` when the site has them: well-formed XML, and every relative URL and every
/// absolute URL under the site's base URL names a file the site has.
struct XMLFileChecker: Sendable {
    let files: SiteFiles
    let displayRoot: String

    static let names = ["feed.xml", "sitemap.xml"]

    func problems() -> [Diagnostic] {
        var found: [Diagnostic] = []
        var urlsByFile: [String: [XMLURLCollector.Found]] = [:]
        for name in Self.names where files.all.contains(name) {
            guard let text = files.text(name) else {
                found.append(diagnostic(name, 1, 0, "not UTF-8 text", "write the file as UTF-8"))
                continue
            }
            if let problem = XMLWellFormedness.firstProblem(in: text) {
                found.append(diagnostic(name, problem.line, problem.column, "not well-formed XML: \(problem.message)",
                                        "fix the template that writes it, then rebuild"))
                continue
            }
            let collector = XMLURLCollector()
            let parser = XMLParser(data: Data(text.utf8))
            parser.delegate = collector
            // XMLParser on Linux can return true despite errors: trust the delegate's report instead.
            if !parser.parse() || collector.errorDescription != nil {
                found.append(diagnostic(name, collector.errorLine ?? parser.lineNumber, collector.errorColumn ?? parser.columnNumber,
                                        "not well-formed XML: \(collector.errorDescription ?? "parser error")",
                                        "fix the template that writes it, then rebuild"))
                continue
            }
            urlsByFile[name] = collector.urls
        }
        let sitemapURLs = (urlsByFile["sitemap.xml"] ?? []).map(\.url)
        // The base URL comes from the sitemap, else from the feed's first (feed-level) link; never from entries,
        // which may point at other sites.
        let base = Self.base(of: sitemapURLs.isEmpty ? Array((urlsByFile["feed.xml"] ?? []).prefix(1).map(\.url)) : sitemapURLs)
        for (name, urls) in urlsByFile.sorted(by: { $0.key < $1.key }) {
            for item in urls {
                if let problem = problem(with: item.url, from: name, base: base) {
                    found.append(diagnostic(name, item.line, 0, problem, "fix the page's path in the template, or build the page"))
                }
            }
        }
        return found
    }

    /// What is wrong with a URL of `name`: relative ones resolve against the site's root, absolute ones under
    /// `base` must name a file; other sites' URLs are not checked.
    private func problem(with url: String, from name: String, base: String?) -> String? {
        let target: String
        if let base, url.hasPrefix(base) {
            target = String(url.dropFirst(base.count))
        } else {
            target = url
        }
        switch SiteLink.classify(target, from: name) {
        case .external, .empty: return nil
        case .rootAbsolute: return "URL '\(url)' is a root path; feeds and sitemaps need a relative link or base_url"
        case .outside: return "URL '\(url)' leads outside the site folder"
        case .undecodable: return "URL '\(url)' has a malformed %-escape"
        case .internal(let path, _):
            return files.file(for: path) == nil ? "URL '\(url)' names no file in the site (\(path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path))" : nil
        }
    }

    /// The site's base URL: the longest common prefix of the URLs, cut after its last `/`.
    static func base(of urls: [String]) -> String? {
        let web = urls.filter { $0.hasPrefix("http://") || $0.hasPrefix("https://") }
        guard var prefix = web.first?.unicodeScalars.map(Character.init).map(String.init).joined()[...] else { return nil }
        for url in web.dropFirst() {
            let common = zip(prefix.unicodeScalars, url.unicodeScalars).prefix { $0 == $1 }.count
            prefix = prefix.prefix(common)
        }
        guard let slash = prefix.lastIndex(of: "/"), prefix[..<slash].filter({ $0 == "/" }).count >= 2 else { return nil }
        return String(prefix[...slash])
    }

    private func diagnostic(_ name: String, _ line: Int, _ column: Int, _ message: String, _ hint: String) -> Diagnostic {
        Diagnostic(path: displayRoot + "/" + name, line: max(line, 1), column: column, severity: .error, stage: .check,
                   message: message, hint: hint)
    }
}
