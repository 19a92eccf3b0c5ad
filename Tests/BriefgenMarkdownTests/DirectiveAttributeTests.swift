import Testing
@testable import BriefgenMarkdown

/// Directive attributes: id, classes and allowlisted attributes with safe values only, in a fixed order.
struct DirectiveAttributeTests {
    @Test(arguments: [
        ("#s-3 .sentence .has-figure", #" id="s-3" class="sentence has-figure""#),
        (".a .b #x data-sort=5 hidden", #" id="x" class="a b" data-sort="5" hidden"#),
        (#"#a"b .x<y href=javascript:alert(1) data-sort=5 hidden onclick=x"#, #" data-sort="5" hidden"#),
        ("href=javascript:x", ""),
        ("href=https://example.org/c#d", #" href="https://example.org/c#d""#),
        ("href=../x.html#s-2 .more", #" class="more" href="../x.html#s-2""#),
        ("data-sort= lang=uk", #" lang="uk""#),
        ("#", ""),
        ("", ""),
        ("href=JaVaScRiPt:x", ""),
        ("href=HTTPS://example.org", #" href="HTTPS://example.org""#),
        ("href=#top", ##" href="#top""##),
        ("href=a/b:c", #" href="a/b:c""#),
        ("  #a   .b  hidden ", #" id="a" class="b" hidden"#),
        ("#a #b .c . .d #", #" id="b" class="c d""#),
        ("=x hreflang=x data-sort=1=2 role=note", #" role="note""#),
    ])
    func attributes(_ header: String, _ expected: String) {
        #expect(HTMLDirectives.render(attributes: header) == expected)
    }

    @Test func sentenceSpansAndRepeatedSpansRenderTheSame() {
        let html = "<p>\u{E000}span #s-1 .sentence\u{E001}One.\u{E002} \u{E000}span .who\u{E001}UN\u{E002} \u{E000}span .who\u{E001}UN\u{E002}</p>\n"
        #expect(HTMLDirectives.apply(to: html) ==
                #"<p><span id="s-1" class="sentence">One.</span> <span class="who">UN</span> <span class="who">UN</span></p>"# + "\n")
    }

    @Test func inlineTagsAreLookedUpByTheirExactBytes() {
        #expect(InlineTag.named(Array("span".utf8))?.name == "span")
        #expect(InlineTag.named(Array("figcaption".utf8))?.unwraps == true)
        #expect(InlineTag.named(Array("time".utf8))?.unwraps == false)
        for tag in Directive.inlineTags { #expect(InlineTag.named(Array(tag.utf8))?.name == tag) }
        #expect(InlineTag.named(Array("script".utf8)) == nil)
        #expect(InlineTag.named(Array("Span".utf8)) == nil)
        #expect(InlineTag.named(Array("spa".utf8)) == nil)
        #expect(InlineTag.named(Array("spans".utf8)) == nil)
        #expect(InlineTag.named([UInt8]()) == nil)
    }

    @Test func anOpeningWithAnIDWritesOnlyAnInlineTag() {
        // With an id (written straight into the page) and without (parsed once and kept): the same rules.
        let html = "<p>\u{E000}script #s-1\u{E001}a\u{E002}\u{E000}script .x\u{E001}b\u{E002}"
            + "\u{E000}time #s-2 datetime=2025-04-01 onclick=x\u{E001}c\u{E002}\u{E000}summary #d\u{E001}d\u{E002}</p>\n"
        #expect(HTMLDirectives.apply(to: html) == #"<p>ab<time id="s-2" datetime="2025-04-01">c</time><summary id="d">d</summary></p>"# + "\n")
    }
}
