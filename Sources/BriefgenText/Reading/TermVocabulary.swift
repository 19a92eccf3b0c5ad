/// Numbers the stems of an article's content words and turns sentences into lists of term ids.
struct TermVocabulary {
    /// Term ids of each sentence's content words (stop words skipped), numbered in order of first use.
    func terms(_ sentences: [[ContentWord]]) -> [[Int]] {
        var ids: [String: Int] = [:]
        return sentences.map { words in
            words.compactMap { word in
                guard !word.stem.isEmpty else { return nil }
                if let id = ids[word.stem] { return id }
                let id = ids.count
                ids[word.stem] = id
                return id
            }
        }
    }
}
