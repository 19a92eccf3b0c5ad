/// Turns sentences into lists of term ids (the stem ids of their content words).
struct TermVocabulary {
    /// Term ids of each sentence's content words (stop words skipped).
    func terms(_ sentences: [[ContentWord]]) -> [[Int]] {
        sentences.map { words in
            // Sized once for the whole sentence: `compactMap` grew each list step by step.
            var terms: [Int] = []
            terms.reserveCapacity(words.count)
            for word in words where word.stemID >= 0 { terms.append(word.stemID) }
            return terms
        }
    }
}
