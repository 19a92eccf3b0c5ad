/// Splits a body into paragraphs: one per non-blank line, trimmed of surrounding white space.
public struct ParagraphSplitter: Sendable {
    /// Creates a splitter.
    public init() {}

    /// The non-blank lines of `text`, in order, as body paragraphs.
    public func split(_ text: ScalarText) -> [TextParagraph] {
        var paragraphs: [TextParagraph] = []
        text.scalars.withUnsafeBufferPointer { scalars in
            var lineStart = 0
            while lineStart <= scalars.count {
                // The line break ending this line (or the end of the text), found by a tight loop over the buffer.
                var lineEnd = lineStart
                while lineEnd < scalars.count, scalars[lineEnd].value != 0x0A { lineEnd += 1 }
                var start = lineStart
                var end = lineEnd
                while start < end, ScalarClass.isSpace(scalars[start]) { start += 1 }
                while end > start, ScalarClass.isSpace(scalars[end - 1]) { end -= 1 }
                if end > start { paragraphs.append(TextParagraph(start: start, end: end)) }
                lineStart = lineEnd + 1
            }
        }
        return paragraphs
    }
}
