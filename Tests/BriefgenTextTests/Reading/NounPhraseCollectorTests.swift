import Testing
@testable import BriefgenText

/// Noun-phrase runs: counted once per distinct run of stems (its last four words), in order of first occurrence.
struct NounPhraseCollectorTests {
    private func word(_ stem: Int, at start: Int, punctuation: Bool = false) -> ContentWord {
        ContentWord(start: start, end: start + 1, stemID: stem, isCapitalized: false, followsPunctuation: punctuation)
    }

    @Test func runsAreCountedByTheirStems() {
        let collector = NounPhraseCollector(text: ScalarText("abcdefghijklmnopqrstuvwxyz"))
        // [1 2] · [2] · [1 2] · [1 2 3 4 5] (kept as its last four: 2 3 4 5) · [2 3 4 5]
        let sentences: [[ContentWord]] = [
            [word(1, at: 0), word(2, at: 1), word(2, at: 2, punctuation: true)],
            [word(1, at: 3), word(2, at: 4)],
            [word(1, at: 5), word(2, at: 6), word(3, at: 7), word(4, at: 8), word(5, at: 9)],
            [word(2, at: 10), word(3, at: 11), word(4, at: 12), word(5, at: 13)],
        ]
        let phrases = collector.phrases(in: sentences[...])
        #expect(phrases.map(\.stems) == [[1, 2], [2], [2, 3, 4, 5]])
        #expect(phrases.map(\.occurrences) == [2, 1, 2])
        #expect(phrases.map(\.start) == [0, 2, 6])
    }

    /// An article with more stems than 16 bits hold still tells its phrases apart.
    @Test func stemNumbersPastSixteenBits() {
        let collector = NounPhraseCollector(text: ScalarText("abcdefghij"))
        let sentences: [[ContentWord]] = [
            [word(70_000, at: 0), word(1, at: 1)],
            [word(70_000, at: 2), word(1, at: 3)],
            [word(70_000 + 65_536, at: 4), word(1, at: 5)],
        ]
        let phrases = collector.phrases(in: sentences[...])
        #expect(phrases.map(\.stems) == [[70_000, 1], [135_536, 1]])
        #expect(phrases.map(\.occurrences) == [2, 1])
    }
}
