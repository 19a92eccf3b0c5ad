/// Splits body paragraphs into sentences with scalar offsets.
public struct SentenceSplitter: Sendable {
    /// Creates a splitter.
    public init() {}

    /// Sentences of every body paragraph, in order.
    public func split(_ text: ScalarText, paragraphs: [TextParagraph]) -> [Sentence] {
        var sentences: [Sentence] = []
        let s = text.scalars
        for (p, paragraph) in paragraphs.enumerated() where !paragraph.isHeading {
            var start = paragraph.start
            var i = paragraph.start
            while i < paragraph.end {
                if ".!?".unicodeScalars.contains(s[i]) {
                    var end = i + 1
                    while end < paragraph.end, "\"”’')".unicodeScalars.contains(s[end]) { end += 1 }
                    if end == paragraph.end || (s[end] == " " && end + 1 < paragraph.end && s[end + 1].properties.isUppercase) {
                        sentences.append(Sentence(start: start, end: end, paragraph: p))
                        start = end
                        while start < paragraph.end, s[start] == " " { start += 1 }
                        i = start
                        continue
                    }
                }
                i += 1
            }
            if start < paragraph.end { sentences.append(Sentence(start: start, end: paragraph.end, paragraph: p)) }
        }
        return sentences
    }
}
