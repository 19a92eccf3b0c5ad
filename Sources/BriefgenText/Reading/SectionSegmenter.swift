/// Groups sentences into sections that cover every sentence in order, without overlap.
///
/// Each explicit heading opens a section (title source `heading`); sentences before the first heading form a lead
/// section. An article without headings, and any stretch of at least `longStretch` sentences without one, is
/// segmented by topic (``TopicSegmenter``), preferring paragraph boundaries; those sections get generated titles.
public struct SectionSegmenter: Sendable {
    /// Sentences under one heading beyond which the stretch is also segmented by topic.
    public var longStretch: Int

    /// Creates a segmenter.
    public init(longStretch: Int = 20) {
        self.longStretch = longStretch
    }

    /// Sections covering every sentence in order.
    public func sections(_ text: ScalarText, paragraphs: [TextParagraph], sentences: [Sentence]) -> [ArticleSection] {
        guard !sentences.isEmpty else { return [] }
        return sections(text, paragraphs: paragraphs, sentences: sentences, words: ArticleWords(text, sentences: sentences))
    }

    /// Sections covering every sentence in order, from the article's words read beforehand.
    func sections(
        _ text: ScalarText, paragraphs: [TextParagraph], sentences: [Sentence], words articleWords: ArticleWords
    ) -> [ArticleSection] {
        guard !sentences.isEmpty else { return [] }
        let blocks = headingBlocks(paragraphs: paragraphs, sentences: sentences)
        let words = articleWords.sentences
        let vectors = TermVocabulary().terms(words)
        let hasHeadings = blocks.contains { $0.heading != nil }
        var parts: [(range: Range<Int>, heading: Int?)] = []
        for block in blocks {
            guard !hasHeadings || block.range.count >= longStretch else {
                parts.append(block)
                continue
            }
            let cuts = topicBoundaries(block.range, vectors: vectors, sentences: sentences)
            var start = block.range.lowerBound
            for cut in cuts + [block.range.upperBound] {
                parts.append((start..<cut, start == block.range.lowerBound ? block.heading : nil))
                start = cut
            }
        }
        var titles = SectionTitleWriter(text: text, words: articleWords)
        return parts.map { part in
            if let heading = part.heading {
                let title = text.text(of: paragraphs[heading])
                titles.reserve(title)
                return ArticleSection(title: title, titleSource: .heading, firstSentence: part.range.lowerBound,
                                      lastSentence: part.range.upperBound - 1, headingParagraph: heading)
            }
            return ArticleSection(title: titles.title(for: part.range), titleSource: .generated,
                                  firstSentence: part.range.lowerBound, lastSentence: part.range.upperBound - 1)
        }
    }

    /// Runs of sentences between headings; a title line (level 1 heading as first paragraph) opens no section.
    private func headingBlocks(paragraphs: [TextParagraph], sentences: [Sentence]) -> [(range: Range<Int>, heading: Int?)] {
        var blocks: [(range: Range<Int>, heading: Int?)] = []
        var start = 0
        var heading: Int? = nil
        var sentenceIndex = 0
        for (index, paragraph) in paragraphs.enumerated() where paragraph.isHeading {
            if index == 0, paragraph.kind == .heading(level: 1) { continue }
            while sentenceIndex < sentences.count, sentences[sentenceIndex].paragraph < index { sentenceIndex += 1 }
            if sentenceIndex > start { blocks.append((start..<sentenceIndex, heading)) }
            start = sentenceIndex
            heading = index
        }
        if sentences.count > start { blocks.append((start..<sentences.count, heading)) }
        return blocks
    }

    /// Topic boundaries inside `range`, at paragraph starts when paragraphs are short enough to offer them.
    private func topicBoundaries(_ range: Range<Int>, vectors: [[Int]], sentences: [Sentence]) -> [Int] {
        // Whether each sentence of the range opens a paragraph (an array: the segmenter asks at every candidate cut).
        var opensParagraph = [Bool](repeating: false, count: range.count)
        var paragraphStarts = 0
        for n in range.dropFirst() where sentences[n].paragraph != sentences[n - 1].paragraph {
            opensParagraph[n - range.lowerBound] = true
            paragraphStarts += 1
        }
        let usesParagraphs = paragraphStarts * 8 >= range.count
        let local = DescriptionLengthSegmenter().boundaries(Array(vectors[range])) { index in
            !usesParagraphs || (index >= 0 && index < opensParagraph.count && opensParagraph[index])
        }
        return local.map { $0 + range.lowerBound }
    }
}
