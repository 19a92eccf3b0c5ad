/// The content words of every sentence of an article, read once and shared by the stages that need them
/// (``SectionSegmenter``, ``DekSelector``): each would otherwise read and stem the whole article again.
struct ArticleWords: Sendable {
    /// Words of each sentence, in sentence order (stop words included, see ``ContentWordReader/words(_:_:)``).
    let sentences: [[ContentWord]]
    /// Number of distinct stems (stem ids are below it).
    let stemCount: Int
    /// For each stem id, how many sentences use the stem: counted once here for the section titles and the dek, which
    /// each counted it over every word of the article.
    let sentenceFrequency: [Int]

    /// Reads the words of `sentences` in order with one reader, so stem ids are numbered by first use.
    init(_ text: ScalarText, sentences: [Sentence]) {
        var reader = ContentWordReader(scalars: text.scalars)
        self.sentences = sentences.map { reader.words($0.start, $0.end) }
        stemCount = reader.stemCount
        sentenceFrequency = Self.sentenceFrequency(self.sentences, stemCount: stemCount)
    }

    /// How many of `sentences` use each stem below `stemCount`, each sentence counted once (marked with the last
    /// sentence that counted the stem).
    static func sentenceFrequency(_ sentences: [[ContentWord]], stemCount: Int) -> [Int] {
        var frequency = [Int](repeating: 0, count: stemCount)
        var countedIn = [Int](repeating: -1, count: stemCount)
        for (n, sentence) in sentences.enumerated() {
            for word in sentence where word.stemID >= 0 && countedIn[word.stemID] != n {
                countedIn[word.stemID] = n
                frequency[word.stemID] += 1
            }
        }
        return frequency
    }
}
