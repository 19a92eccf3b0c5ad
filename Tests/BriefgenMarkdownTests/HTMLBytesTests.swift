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
}
