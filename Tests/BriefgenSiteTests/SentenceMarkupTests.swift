import BriefgenMarkdown
import Mustache
import Testing
@testable import BriefgenSite

/// The source page's sentences, written directly, are byte for byte what the template loop gives.
struct SentenceMarkupTests {
    static let loop = """
        {{% CONTENT_TYPE: MARKDOWN }}
        {{#sentences}}{span #s-{{index}} .sentence{{#hasFigure}} .has-figure{{/hasFigure}}{{#hasEvent}} .has-event{{/hasEvent}}}{{text}}{/span} {{/sentences}}
        """

    @Test func directMarkupEqualsTheTemplateLoop() throws {
        MarkdownContentType.register()
        let template = try MustacheTemplate(string: TemplateDirectives.compile(Self.loop))
        let texts = [
            "The U.N. verified 2,641 civilian casualties from January to March.",
            "“They’re lying,” he said — *not* [a link](javascript:alert(1)) <script>x</script> # heading | pipe",
            "Sentinels \u{E000}span .x\u{E001}injected\u{E002} and {span .y}braces{/span} and {{mustache}} stay text.",
            "",
            "1. Not a list\n- nor this\\ `code` ~~strike~~ _em_ ![img](x.png) &amp; 😀",
        ]
        let sentences = texts.enumerated().map { i, text in
            SentenceView(index: 100 + i, text: text, hasFigure: i % 2 == 0, hasEvent: i % 3 == 0)
        }
        var markup = ""
        for s in sentences { SentenceMarkup.append(s, to: &markup) }
        let paragraph = ParagraphView(sentences: sentences, markup: markup)
        #expect(markup == template.render(paragraph))
        #expect(markup.contains("\u{E000}span #s-100 .sentence .has-figure .has-event\u{E001}"))
    }
}
