/// The content words of every sentence of an article, read once and shared by the stages that need them
/// (``SectionSegmenter``, ``DekSelector``): each would otherwise read and stem the whole article again.
struct ArticleWords: Sendable {
    /// Words of each sentence, in sentence order (stop words included, see ``ContentWordReader/words(_:_:)``).
    let sentences: [[ContentWord]]
    /// Number of distinct stems (stem ids are below it).
    let stemCount: Int

    /// Reads the words of `sentences` in order with one reader, so stem ids are numbered by first use.
    init(_ text: ScalarText, sentences: [Sentence]) {
        var reader = ContentWordReader(scalars: text.scalars)
        self.sentences = sentences.map { reader.words($0.start, $0.end) }
        stemCount = reader.stemCount
    }
}
