/// Splits a body into paragraphs: one per non-blank line, trimmed of surrounding white space.
public struct ParagraphSplitter: Sendable {
    /// Creates a splitter.
    public init() {}

    /// The non-blank lines of `text`, in order, as body paragraphs.
    public func split(_ text: ScalarText) -> [TextParagraph] {
        var paragraphs: [TextParagraph] = []
        let scalars = text.scalars
        var lineStart = 0
        var index = 0
        while index <= scalars.count {
            if index == scalars.count || scalars[index].value == 0x0A {
                var start = lineStart
                var end = index
                while start < end, ScalarClass.isSpace(scalars[start]) { start += 1 }
                while end > start, ScalarClass.isSpace(scalars[end - 1]) { end -= 1 }
                if end > start { paragraphs.append(TextParagraph(start: start, end: end)) }
                lineStart = index + 1
            }
            index += 1
        }
        return paragraphs
    }
}
