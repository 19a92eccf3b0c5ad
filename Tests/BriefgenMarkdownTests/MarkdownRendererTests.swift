import BriefgenMarkdown
import Testing

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    func render(_ template: String, widgets: [String: String] = [:]) -> String {
        HTMLDirectives.apply(to: renderer.html(from: TemplateDirectives.compile(template)), widgets: widgets)
    }

    @Test func rendersGFMTableAndStrikethrough() {
        let html = renderer.html(from: "| a | b |\n|---|---|\n| 1 | ~~2~~ |\n")
        #expect(html.contains("<table>"))
        #expect(html.contains("<del>2</del>"))
    }

    @Test func safeModeOmitsRawHTMLAndJavascriptLinks() {
        let html = renderer.html(from: "<script>alert(1)</script>\n\n[x](javascript:alert(1))\n")
        #expect(!html.contains("<script>"))
        #expect(!html.contains("javascript:"))
    }

    @Test func escapedArticleTextStaysLiteral() {
        let hostile = "<script>alert(1)</script> [x](javascript:alert(1)) *a* | # b\n# c"
        let html = renderer.html(from: "Text: " + MarkdownEscaper.escape(hostile) + "\n")
        #expect(html == "<p>Text: &lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) *a* | # b # c</p>\n")
    }

    @Test func blockAttributesLandOnTheParagraph() {
        #expect(render("{: #s-1 .lead} Hello\n") == "<p id=\"s-1\" class=\"lead\">Hello</p>\n")
    }

    @Test func inlineSpansWrapText() {
        #expect(render("A {span #s-2 .sentence}b *c*{/span} d\n") == "<p>A <span id=\"s-2\" class=\"sentence\">b <em>c</em></span> d</p>\n")
    }

    @Test func containersWrapBlocks() {
        let html = render(":::section #figures .box\n## Figures\n\nText\n:::\n")
        #expect(html == "<section id=\"figures\" class=\"box\">\n<h2 id=\"figures-2\">Figures</h2>\n<p>Text</p>\n</section>\n")
    }

    @Test func detailsSummaryIsUnwrapped() {
        let html = render(":::details .background\n{summary}Background{/summary}\n\nOld news\n:::\n")
        #expect(html == "<details class=\"background\">\n<summary>Background</summary>\n<p>Old news</p>\n</details>\n")
    }

    @Test func widgetReplacesItsParagraph() {
        #expect(render("{widget chart}\n", widgets: ["chart": "<svg></svg>"]) == "<svg></svg>\n")
    }

    @Test func unsafeAttributeValuesAreDropped() {
        #expect(render("{a href=javascript:alert(1)}x{/a}\n") == "<p><a>x</a></p>\n")
        #expect(render("{: .ok #x\" onclick=y} z\n") == "<p class=\"ok\">z</p>\n")
    }

    @Test func escapedTextCannotForgeDirectives() {
        let forged = MarkdownEscaper.escape("{span .x}\u{E000}span .evil\u{E001}boom{/span}")
        // Templates are compiled before values are inserted, so values are never read as directives.
        let html = HTMLDirectives.apply(to: renderer.html(from: TemplateDirectives.compile("P ") + forged + "\n"))
        #expect(html == "<p>P {span .x}span .evilboom{/span}</p>\n")
    }

    @Test func headingsGetUniqueIDs() {
        #expect(render("## Aerial Attacks Continue\n\n## Aerial Attacks Continue\n")
            == "<h2 id=\"aerial-attacks-continue\">Aerial Attacks Continue</h2>\n<h2 id=\"aerial-attacks-continue-2\">Aerial Attacks Continue</h2>\n")
    }

    @Test func captionMovesIntoTable() {
        let html = render("{caption}Figures{/caption}\n\n| a |\n|---|\n| 1 |\n")
        #expect(html.hasPrefix("<table>\n<caption>Figures</caption>\n<thead>"))
    }

    @Test func markdownBlocksGiveHeadingsAndText() {
        let blocks = renderer.blocks(from: "# Title\n\nSome *text* and `code`.\n\n## Part\n\nMore\ntext.\n")
        #expect(blocks == [
            MarkdownBlock(text: "Title", headingLevel: 1, line: 1),
            MarkdownBlock(text: "Some text and code.", headingLevel: nil, line: 3),
            MarkdownBlock(text: "Part", headingLevel: 2, line: 5),
            MarkdownBlock(text: "More text.", headingLevel: nil, line: 7),
        ])
    }
}

@Suite struct TemplateDirectivesTests {
    @Test func directiveEndingInMustacheTagKeepsItsBrace() {
        let compiled = TemplateDirectives.compile("{span .a #s-{{index}}}x{/span}")
        #expect(compiled == "\u{E000}span .a #s-{{index}}\u{E001}x\u{E002}")
    }

    @Test func tripleMustacheIsLeftAlone() {
        #expect(TemplateDirectives.compile("[a]({{{href}}}) {: .x}") == "[a]({{{href}}}) \u{E003}.x\u{E001}")
    }

    @Test func unknownBracesStayText() {
        #expect(TemplateDirectives.compile("{not a directive} {script}x{/script}") == "{not a directive} {script}x{/script}")
    }

    /// A document given as bytes renders to the same HTML as the same document given as a string.
    @Test func bytesInGiveWhatAStringGives() {
        let documents = ["", "# Київ & café 😀\n\n| a | b |\n|---|---|\n| <script>x</script> | [l](javascript:alert(1)) |\n",
                         "ends without newline ~~s~~ www.example.org", "العربية\n\n- item\n- \u{E000}span\u{E001}x\u{E002}\n"]
        let renderer = MarkdownRenderer()
        for document in documents {
            #expect(renderer.htmlBytes(fromUTF8: Array(document.utf8)) == renderer.htmlBytes(from: document), "\(document.debugDescription)")
        }
        #expect(renderer.htmlBytes(fromUTF8: Array("a <b>c</b> & d".utf8)) == Array("<p>a <!-- raw HTML omitted -->c<!-- raw HTML omitted --> &amp; d</p>\n".utf8))
    }
}
