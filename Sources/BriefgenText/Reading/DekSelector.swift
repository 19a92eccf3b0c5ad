/// Picks the dek: the most central of the article's first sentences (up to `leadSentences`, within the lead section,
/// i.e. before the first heading), other than the headline's source.
///
/// Centrality is the mean, over the sentence's distinct content words, of how many other sentences of the article
/// use the word: a sentence made of the article's recurring words sums it up. A dek should be read at a glance, so
/// sentences longer than `conciseWords` words score proportionally less.
struct DekSelector {
    /// Sentences considered, besides the headline's source.
    var leadSentences = 5
    /// Longest sentence scored in full, in words.
    var conciseWords = 30

    /// Index of the dek sentence, nil when there is no other sentence.
    func dek(_ text: ScalarText, paragraphs: [TextParagraph], sentences: [Sentence], excluding: Int?) -> Int? {
        dek(text, paragraphs: paragraphs, sentences: sentences, words: ArticleWords(text, sentences: sentences),
            excluding: excluding)
    }

    /// Index of the dek sentence, from the article's words read beforehand.
    func dek(
        _ text: ScalarText, paragraphs: [TextParagraph], sentences: [Sentence], words: ArticleWords, excluding: Int?
    ) -> Int? {
        // How many sentences use each stem, and each sentence's distinct stems, marking a stem with the last sentence
        // that counted it (stems are numbered densely per article).
        let frequency = words.sentenceFrequency
        var listedIn = [Int](repeating: -1, count: words.stemCount)
        func distinctStems(_ n: Int) -> [Int] {
            var stems: [Int] = []
            for word in words.sentences[n] where word.stemID >= 0 && listedIn[word.stemID] != n {
                listedIn[word.stemID] = n
                stems.append(word.stemID)
            }
            return stems
        }
        let firstHeading = paragraphs.indices.dropFirst().first { paragraphs[$0].isHeading } ?? paragraphs.count
        let candidates = sentences.indices.filter { sentences[$0].paragraph < firstHeading && $0 != excluding }
            .prefix(leadSentences).map { ($0, distinctStems($0)) }.filter { !$0.1.isEmpty }
        var best: (index: Int, score: Double)? = nil
        for (index, stems) in candidates {
            let shared = stems.reduce(0) { $0 + frequency[$1] - 1 }
            let words = text.spaceSeparatedCount(sentences[index].start, sentences[index].end)
            let score = Double(shared) / Double(stems.count) * min(1, Double(conciseWords) / Double(max(1, words)))
            if best == nil || score > best!.score { best = (index, score) }
        }
        return best?.index
    }
}
