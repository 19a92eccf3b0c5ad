import Testing
@testable import BriefgenMarkdown

/// The directive pass scans for `<summary`, `<caption` and `<figcaption` only when a directive or a widget can have
/// put one there; the pages come out as the unconditional scan made them.
struct UnwrapFlagTests {
    @Test func inlineDirectivesStillUnwrap() {
        #expect(HTMLDirectives.apply(to: "<p>\u{E000}summary\u{E001}Events before 2025\u{E002}</p>\n")
            == "<summary>Events before 2025</summary>\n")
        #expect(HTMLDirectives.apply(to: "<p>\u{E000}caption\u{E001}Killed: value\u{E002}</p>\n<table>\n<tr><td>1</td></tr>\n</table>\n")
            == "<table>\n<caption>Killed: value</caption>\n<tr><td>1</td></tr>\n</table>\n")
    }

    @Test func aWidgetStillUnwraps() {
        #expect(HTMLDirectives.apply(to: "<p>\u{E004}w\u{E001}</p>\n", widgets: ["w": "<details><p><summary>S</summary></p></details>"])
            == "<details><summary>S</summary></details>\n")
    }

    @Test func textThatLooksLikeTheTagsIsLeftAlone() {
        let html = "<h2>Київ &lt;summary&gt; “x” &amp; 😀</h2>\n<p><span id=\"s-1\">&lt;caption&gt;</span> \u{E000}span .x\u{E001}é\u{E002}</p>\n"
        #expect(HTMLDirectives.apply(to: html)
            == "<h2 id=\"lt-summary-gt-x\">Київ &lt;summary&gt; “x” &amp; 😀</h2>\n<p><span id=\"s-1\">&lt;caption&gt;</span> <span class=\"x\">é</span></p>\n")
    }
}
