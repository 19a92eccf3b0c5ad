/// Chooses or writes an article's headline and dek.
///
/// The headline is the front matter's title, else the title line, else generated from the lead sentence
/// (``HeadlineCompressor``), joined with an "as …" casualty clause (``CasualtyClause``) when one fits, in sentence
/// case, without a final period and at most `limit` characters. The dek is the lead's most central other sentence.
public struct HeadlineWriter: Sendable {
    /// A headline with its dek.
    public struct Lead: Sendable, Hashable {
        /// The headline.
        public var headline: Headline
        /// A one-sentence summary, nil when the article has no other sentence.
        public var dek: String?
        /// Creates a lead.
        public init(headline: Headline, dek: String?) {
            self.headline = headline
            self.dek = dek
        }
    }

    /// Longest headline, in Unicode scalars.
    public var limit: Int

    /// Creates a writer.
    public init(limit: Int = 90) {
        self.limit = limit
    }

    /// The headline and dek of an article.
    public func write(
        _ text: ScalarText, paragraphs: [TextParagraph], sentences: [Sentence], title: String?, statistics: [Statistic]
    ) -> Lead {
        write(text, paragraphs: paragraphs, sentences: sentences, title: title, statistics: statistics, words: nil)
    }

    /// The headline and dek of an article, reusing its words when they were read beforehand (nil: read them here).
    func write(
        _ text: ScalarText, paragraphs: [TextParagraph], sentences: [Sentence], title: String?, statistics: [Statistic],
        words: ArticleWords?
    ) -> Lead {
        func dek(_ text: ScalarText, _ paragraphs: [TextParagraph], _ sentences: [Sentence], excluding: Int?) -> String? {
            self.dek(text, paragraphs, sentences, words: words ?? ArticleWords(text, sentences: sentences), excluding: excluding)
        }
        if let title = title?.trimmingSpaces, !title.isEmpty {
            return Lead(headline: Headline(text: title, source: .frontMatter), dek: dek(text, paragraphs, sentences, excluding: nil))
        }
        if let first = paragraphs.first, first.kind == .heading(level: 1) {
            return Lead(headline: Headline(text: text.text(of: first), source: .titleLine), dek: dek(text, paragraphs, sentences, excluding: nil))
        }
        guard let lead = leadSentence(text, sentences) else {
            return Lead(headline: Headline(text: "Untitled article", source: .generated), dek: nil)
        }
        let (source, compressed) = lead
        var headline = generate(text, sentences: sentences, source: source, statistics: statistics, compressed: compressed)
        if headline.isEmpty {
            let words = HeadlineTokens(text.text(of: sentences[source])).tokens.filter(HeadlineTokens.isWord)
            headline = SentenceCase.apply(HeadlineCompressor().truncate(words.joined(separator: " "), limit: limit))
        }
        return Lead(headline: Headline(text: headline, source: .generated, sentence: source),
                    dek: dek(text, paragraphs, sentences, excluding: source))
    }

    /// A generated headline from sentence `source`; `compressed` is the sentence's compression when it is known.
    func generate(_ text: ScalarText, sentences: [Sentence], source: Int, statistics: [Statistic],
                  compressed: (clause: HeadlineTokens, verb: Int?)? = nil) -> String {
        let compressor = HeadlineCompressor()
        let (main, verb) = compressed ?? compressor.compress(text.text(of: sentences[source]))
        let mains = [main] + compressor.shortenings(main, verb: verb)
        let clauses = CasualtyClause().variants(text, sentences: sentences, statistics: statistics, excluding: source)
        let mentionsCasualties = main.tokens.contains { Self.casualtyWords.contains($0.lowercased()) }
        let minimumWords = min(8, main.tokens.count)
        // Each candidate's text joined once (it was joined again for every clause tried with it).
        let texts = mains.map(\.text)
        if !mentionsCasualties {
            for clause in clauses {
                for (candidate, candidateText) in zip(mains, texts) where candidate.tokens.count >= minimumWords {
                    let joined = SentenceCase.apply(candidateText + " as " + clause)
                    if joined.unicodeScalars.count <= limit { return joined }
                }
            }
        }
        for candidateText in texts {
            let headline = SentenceCase.apply(candidateText)
            if headline.unicodeScalars.count <= limit { return headline }
        }
        return SentenceCase.apply(compressor.truncate(mains.last?.text ?? main.text, limit: limit))
    }

    /// The first sentence that reads as news: not a quotation opening, at least five words, and a main clause of at
    /// least three words once the dateline and attribution are gone; with that compression (nil for the first
    /// sentence taken when none reads so).
    private func leadSentence(_ text: ScalarText, _ sentences: [Sentence]) -> (Int, (clause: HeadlineTokens, verb: Int?)?)? {
        for index in sentences.indices.prefix(4) {
            let sentence = text.text(of: sentences[index])
            guard let first = sentence.unicodeScalars.first, !["\"", "“", "‘", "'"].contains(first),
                  text.spaceSeparatedCount(sentences[index].start, sentences[index].end) >= 5 else { continue }
            let compressed = HeadlineCompressor().compress(sentence)
            if compressed.clause.tokens.count >= 3 { return (index, compressed) }
        }
        return sentences.isEmpty ? nil : (0, nil)
    }

    private func dek(
        _ text: ScalarText, _ paragraphs: [TextParagraph], _ sentences: [Sentence], words: ArticleWords, excluding: Int?
    ) -> String? {
        DekSelector().dek(text, paragraphs: paragraphs, sentences: sentences, words: words, excluding: excluding)
            .map { text.text(of: sentences[$0]) }
    }

    private static let casualtyWords: WordSet = ["kills", "killed", "injures", "injured", "wounds", "wounded", "dead", "dies"]
}

private extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[start...end])
    }
}
