import Testing
@testable import BriefgenText

/// Sentence frequencies counted once in ``ArticleWords`` for the section titles and the dek: the same counts, titles
/// and dek as counted by each.
struct SentenceFrequencyTests {
    static let bodies = [
        SeedArticles.minerals, SeedArticles.negotiations,
        "The U.N. said 2,641 died. “Zoë’s café” closed in Київ. One-fifth (46%) fled in April 1-24.\r\nThe café reopened.",
    ]

    @Test func frequenciesAreThePerSentenceCounts() {
        for body in Self.bodies {
            let text = ScalarText(body)
            let words = ArticleWords(text, sentences: SentenceSplitter().split(text))
            var expected = [Int](repeating: 0, count: words.stemCount)
            for sentence in words.sentences {
                for stem in Set(sentence.map(\.stemID)) where stem >= 0 { expected[stem] += 1 }
            }
            #expect(words.sentenceFrequency == expected)
        }
    }

    @Test func titlesAreThoseOfTheCountingWriter() {
        for body in Self.bodies {
            let text = ScalarText(body)
            let words = ArticleWords(text, sentences: SentenceSplitter().split(text))
            var shared = SectionTitleWriter(text: text, words: words)
            var counting = SectionTitleWriter(text: text, words: words.sentences)
            for start in stride(from: 0, to: words.sentences.count, by: 4) {
                let range = start..<min(words.sentences.count, start + 4)
                #expect(shared.title(for: range) == counting.title(for: range))
            }
        }
    }
}
