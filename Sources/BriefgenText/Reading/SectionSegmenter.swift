/// Groups sentences into sections: one per heading, and one untitled lead before the first heading.
public struct SectionSegmenter: Sendable {
    /// Creates a segmenter.
    public init() {}

    /// Sections covering every sentence in order.
    public func sections(_ text: ScalarText, paragraphs: [TextParagraph], sentences: [Sentence]) -> [ArticleSection] {
        var sections: [ArticleSection] = []
        var currentTitle: (String, Int)? = nil
        var first = 0
        func close(_ last: Int) {
            guard last >= first else { return }
            if let (title, heading) = currentTitle {
                sections.append(ArticleSection(title: title, titleSource: .heading, firstSentence: first, lastSentence: last, headingParagraph: heading))
            } else {
                sections.append(ArticleSection(title: "Overview", titleSource: .generated, firstSentence: first, lastSentence: last))
            }
        }
        var sentenceIndex = 0
        for (p, paragraph) in paragraphs.enumerated() {
            if paragraph.isHeading {
                while sentenceIndex < sentences.count, sentences[sentenceIndex].paragraph < p { sentenceIndex += 1 }
                close(sentenceIndex - 1)
                first = sentenceIndex
                currentTitle = (text.text(of: paragraph), p)
            }
        }
        close(sentences.count - 1)
        return sections
    }
}
