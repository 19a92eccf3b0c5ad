/// Splits body paragraphs into sentences with Unicode-scalar offsets (end exclusive).
///
/// Every sentence is an exact substring of the text, trimmed of surrounding white space. The work is one pass over
/// the scalars of each paragraph (plus a bounded look-back at each period), so it is linear in the length of the text.
public struct SentenceSplitter: Sendable {
    /// Creates a splitter.
    public init() {}

    /// Sentences of every body paragraph (headings are skipped), in text order.
    public func split(_ text: ScalarText, paragraphs: [TextParagraph]) -> [Sentence] {
        var sentences: [Sentence] = []
        sentences.reserveCapacity(text.count / 100 + 1)
        let scanner = SentenceBoundaryScanner(scalars: text.scalars)
        for (index, paragraph) in paragraphs.enumerated() where !paragraph.isHeading {
            let end = min(paragraph.end, text.count)
            guard paragraph.start >= 0, paragraph.start < end else { continue }
            for range in scanner.sentences(from: paragraph.start, to: end) {
                sentences.append(Sentence(start: range.lowerBound, end: range.upperBound, paragraph: index))
            }
        }
        return sentences
    }

    /// Sentences of a text taken as paragraphs split at line breaks, every line body text (no heading detection).
    public func split(_ text: ScalarText) -> [Sentence] {
        split(text, paragraphs: ParagraphSplitter().split(text))
    }
}
