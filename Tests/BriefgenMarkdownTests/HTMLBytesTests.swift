import BriefgenMarkdown
import Testing

/// The byte form of the renderer's output is the string form's bytes, and the directive pass gives the same page either way.
struct HTMLBytesTests {
    @Test(arguments: ["", "# Kyiv «Київ»\n\nThe U.N. verified 2,641 deaths — 46% more. 😀\n", "| a | b |\n|---|---|\n| 1 | 2 |\n",
                      "<script>alert(1)</script> [x](javascript:alert(1)) www.example.org\n"])
    func bytesEqualTheString(_ markdown: String) {
        let renderer = MarkdownRenderer()
        let bytes = renderer.htmlBytes(from: markdown)
        #expect(bytes == Array(renderer.html(from: markdown).utf8))
        #expect(HTMLDirectives.apply(toBytes: bytes) == HTMLDirectives.apply(to: renderer.html(from: markdown)))
    }

    /// The page goes to its file as these bytes, never through a `String`: they must be valid UTF-8 whatever scripts,
    /// marks and directives sit next to each other (headings get ids, sentinels and widgets are replaced).
    @Test(arguments: [
        "## Київ «Київ» é\u{301}\n\n\u{E000}span #s-1 .sentence\u{E001}Ünïcödé 😀\u{E002}\u{E00F}\n",
        "## 😀\n\n## 😀\n\n\u{E000}div .note\u{E001}\n\nx\u{E007}y\n\n\u{E005}\n\n\u{E004}search\u{E006}\n",
        "\u{E000}span .a\u{E001}\u{E000}span .b\u{E001}ß\u{E002}\u{E002}\u{200F}\u{FEFF}\n",
    ])
    func directiveOutputIsValidUTF8(_ markdown: String) {
        let bytes = HTMLDirectives.applying(toBytes: MarkdownRenderer().htmlBytes(from: markdown), widgets: ["search": "<form>ф</form>"])
        #expect(String(validating: bytes, as: UTF8.self) != nil)
        #expect(String(decoding: bytes, as: UTF8.self) == HTMLDirectives.apply(to: MarkdownRenderer().html(from: markdown), widgets: ["search": "<form>ф</form>"]))
    }
}
