import Testing
@testable import BriefgenMarkdown

/// The byte scan that unwraps summaries and captions gives what the regular expressions it replaced gave.
struct UnwrapTests {
    /// The reference: the regular expressions the scan replaced.
    static func reference(_ html: String) -> String {
        var result = html
        for tag in Directive.unwrappedTags.sorted() {
            guard let pattern = try? Regex("<p>(<\(tag)[ >].*?</\(tag)>)</p>") else { continue }
            result = result.replacing(pattern) { match in match.output[1].substring.map(String.init) ?? "" }
        }
        return result.replacing(#/(<caption[^>]*>.*?</caption>)\n<table>/#) { "<table>\n" + $0.1 }
    }

    static let cases = [
        "<details>\n<p><summary>Background (3)</summary></p>\n<ul><li>x</li></ul>\n</details>\n",
        "<p><summary class=\"s\">A</summary></p><p><summary>B</summary></p>",
        "<p><summaryx>no</summaryx></p>",
        "<p><summary>crosses\na line</summary></p>",
        "<p><caption>Figures by category</caption></p>\n<table>\n<tr><td>1</td></tr></table>",
        "<caption id=\"c\">Two</caption>\n<table>",
        "<caption>no table</caption>\n<p>text</p>",
        "<p><figcaption>Chart — “curly” é</figcaption></p> <p><caption>x</caption></p>",
        "plain <p>text</p> without anything",
        "<p><summary>one</summary></p></summary></p>",
    ]

    @Test(arguments: cases)
    func scanMatchesTheRegularExpressions(_ html: String) {
        let scanned = String(decoding: HTMLDirectives.unwrap(Array(html.utf8)), as: UTF8.self)
        #expect(scanned == Self.reference(html))
    }
}
