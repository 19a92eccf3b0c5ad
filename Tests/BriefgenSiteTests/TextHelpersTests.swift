import Testing
@testable import BriefgenSite

/// The byte-level text helpers give what their character-level originals gave.
struct TextHelpersTests {
    @Test func htmlEscapeOnBytes() {
        #expect(HTMLText.escape("plain ascii and é ünïcode 😀") == "plain ascii and é ünïcode 😀")
        #expect(HTMLText.escape("a & b < c > d \"e\" 'f'") == "a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;")
        #expect(HTMLText.escape("line\nfeed\ttab\u{0}nul\u{1B}esc\u{7F}del") == "line\nfeed\ttabnulesc\u{7F}del")
        #expect(HTMLText.escape("“curly” — <script>é") == "“curly” — &lt;script&gt;é")
        #expect(HTMLText.escape("") == "")
    }

    @Test func linesSplitAtLineFeedsKeepingEmptyOnes() {
        #expect(ArticleReader.lines(of: "") == [""])
        #expect(ArticleReader.lines(of: "a") == ["a"])
        #expect(ArticleReader.lines(of: "a\n\nb\n") == ["a", "", "b", ""])
        #expect(ArticleReader.lines(of: "\né\u{301}\n😀 x") == ["", "é\u{301}", "😀 x"])
        let text = "Title\n\nKyiv — The U.N. verified 2,641.\nSource: https://example.org\n"
        #expect(ArticleReader.lines(of: text) == text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init))
    }
}
