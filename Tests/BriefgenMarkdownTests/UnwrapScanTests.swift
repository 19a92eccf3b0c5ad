import Testing
@testable import BriefgenMarkdown

/// The one scan that decides whether a page needs its summaries and captions unwrapped answers as the three searches
/// it replaced did, and closing tags written byte by byte are the tags the interpolated strings gave.
struct UnwrapScanTests {
    /// The replaced test: a search for each tag.
    static func reference(_ html: String) -> Bool {
        html.contains("<summary") || html.contains("<caption") || html.contains("<figcaption")
    }

    static let pages = [
        "", "<", "<p>plain “U.N.” 2,641</p>", "<summary>x</summary>", "<p><summary", "<caption", "x<figcaption>",
        "<summar", "<captio", "<figcap", "<Summary>", "< summary>", "<p><sum<caption>", "<<summary", "<script>alert(1)</script>",
        "Київ <figcaption class=\"c\">é\u{301}</figcaption> 😀", "<summaryx", "<p>a</p>\r\n<caption>",
    ]

    @Test(arguments: pages)
    func answersAsTheThreeSearchesDid(_ html: String) {
        #expect(HTMLDirectives.needsUnwrap(Array(html.utf8)) == Self.reference(html))
    }

    @Test func closedSpansAndContainers() {
        let html = "<p>\u{E000}span .who\u{E001}Київ “U.N.”\u{E000}strong\u{E001}2,641\u{E002} \u{E000}em\u{E001}<script>\u{E002}\u{E002}</p>\n"
        #expect(HTMLDirectives.apply(to: html)
            == "<p><span class=\"who\">Київ “U.N.”<strong>2,641</strong> <em><script></em></span></p>\n")
        let unclosed = "<p>\u{E000}span #s-1 .sentence\u{E001}a\u{E000}mark\u{E001}b</p>\n"
        #expect(HTMLDirectives.apply(to: unclosed) == "<p><span id=\"s-1\" class=\"sentence\">a<mark>b</p>\n</mark></span>")
    }
}
