import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

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
        let code = (parseError as NSError).code
        errorDescription = XMLParser.ErrorCode(rawValue: code).map { "\($0)" } ?? "parser error \(code)"
        errorLine = parser.lineNumber
        errorColumn = parser.columnNumber
    }
}
