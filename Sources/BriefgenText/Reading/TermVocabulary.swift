/// Turns sentences into lists of term ids (the stem ids of their content words).
struct TermVocabulary {
    /// Term ids of each sentence's content words (stop words skipped).
    func terms(_ sentences: [[ContentWord]]) -> [[Int]] {
        sentences.map { words in words.compactMap { $0.stemID >= 0 ? $0.stemID : nil } }
    }
}
