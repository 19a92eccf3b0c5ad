import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Checks `feed.xml` and `sitemap.xml` when the site has them: well-formed XML, and every absolute URL under the
/// site's base URL names a file the site has.
struct XMLFileChecker: Sendable {
    let files: SiteFiles
    let displayRoot: String

    static let names = ["feed.xml", "sitemap.xml"]

    func problems() -> [Diagnostic] {
        var found: [Diagnostic] = []
        var urlsByFile: [String: [XMLURLCollector.Found]] = [:]
        for name in Self.names where files.all.contains(name) {
            let data = (try? Data(contentsOf: files.root.appendingPathComponent(name))) ?? Data()
            let collector = XMLURLCollector()
            let parser = XMLParser(data: data)
            parser.delegate = collector
            if !parser.parse() {
                let reason = collector.errorDescription ?? parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown error"
                found.append(diagnostic(name, collector.errorLine ?? parser.lineNumber, collector.errorColumn ?? parser.columnNumber,
                                        "not well-formed XML: \(reason)", "fix the template that writes it, then rebuild"))
                continue
            }
            urlsByFile[name] = collector.urls
        }
        let sitemapURLs = (urlsByFile["sitemap.xml"] ?? []).map(\.url)
        guard let base = Self.base(of: sitemapURLs.isEmpty ? urlsByFile.values.flatMap { $0.map(\.url) } : sitemapURLs) else { return found }
        for (name, urls) in urlsByFile.sorted(by: { $0.key < $1.key }) {
            for item in urls where item.url.hasPrefix(base) {
                let rest = String(item.url.dropFirst(base.count)).split(separator: "#")[0]
                let path = String(rest).removingPercentEncoding ?? String(rest)
                let file = path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
                if !files.all.contains(file) && !files.all.contains(file + "/index.html") {
                    found.append(diagnostic(name, item.line, 0, "URL '\(item.url)' names no file in the site (\(file))",
                                            "fix the page's path in the template, or build the page"))
                }
            }
        }
        return found
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

/// Collects the URLs of `<loc>`, `<link>` text and `href` attributes, and the first parse error's place.
final class XMLURLCollector: NSObject, XMLParserDelegate, @unchecked Sendable {
    struct Found { var url: String; var line: Int }
    var urls: [Found] = []
    var errorDescription: String?
    var errorLine: Int?
    var errorColumn: Int?
    private var text = ""
    private var collecting = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if let href = attributes["href"] { urls.append(Found(url: href, line: parser.lineNumber)) }
        collecting = name == "loc" || name == "link"
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if collecting { text += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let url = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if collecting, !url.isEmpty { urls.append(Found(url: url, line: parser.lineNumber)) }
        collecting = false
        text = ""
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard errorDescription == nil else { return }
        errorDescription = (parseError as NSError).localizedDescription
        errorLine = parser.lineNumber
        errorColumn = parser.columnNumber
    }
}
