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
        #expect(phrases.map { Array($0.stems) } == [[1, 2], [2], [2, 3, 4, 5]])
        #expect(phrases.map(\.occurrences) == [2, 1, 2])
        #expect(phrases.map(\.start) == [0, 2, 6])
    }

    /// Many runs (the phrase table probes past collisions and keeps every phrase): the phrases, counts and first
    /// offsets a plain search of the stem lists gives.
    @Test func manyRunsMatchAPlainSearch() {
        var sentences: [[ContentWord]] = []
        var offset = 0
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<120 {
            var sentence: [ContentWord] = []
            for position in 0..<9 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let stem = Int(state >> 59) // 0...31: runs repeat
                sentence.append(word(stem, at: offset, punctuation: position % 4 == 0 && state & 1 == 0))
                offset += 2
            }
            sentences.append(sentence)
        }
        var expected: [(stems: [Int], occurrences: Int, start: Int)] = []
        for sentence in sentences {
            var run: [ContentWord] = []
            func close() {
                defer { run = [] }
                guard !run.isEmpty else { return }
                let kept = Array(run.suffix(4))
                if let known = expected.firstIndex(where: { $0.stems == kept.map(\.stemID) }) {
                    expected[known].occurrences += 1
                } else {
                    expected.append((kept.map(\.stemID), 1, kept[0].start))
                }
            }
            for word in sentence {
                if word.followsPunctuation { close() }
                run.append(word)
            }
            close()
        }
        let phrases = NounPhraseCollector(text: ScalarText(String(repeating: "a", count: offset))).phrases(in: sentences[...])
        #expect(phrases.count == expected.count)
        #expect(phrases.map { Array($0.stems) } == expected.map(\.stems))
        #expect(phrases.map(\.occurrences) == expected.map(\.occurrences))
        #expect(phrases.map(\.start) == expected.map(\.start))
    }

    /// A phrase's stems in place: the list, its count, equal lists equal whatever their words' offsets.
    @Test func phraseStemsAreTheList() {
        let three = PhraseStems([word(7, at: 0), word(0, at: 1), word(65_534, at: 2)][...])
        #expect(Array(three) == [7, 0, 65_534])
        #expect(three.count == 3 && three[2] == 65_534)
        #expect(three == PhraseStems([word(7, at: 5), word(0, at: 6), word(65_534, at: 7)][...]))
        #expect(three != PhraseStems([word(7, at: 0), word(0, at: 1)][...]))
        #expect(PhraseStems([word(0, at: 0)][...]) != PhraseStems([word(0, at: 0), word(0, at: 1)][...]))
        #expect(three.reduce(0, +) == 65_541)
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
        #expect(phrases.map { Array($0.stems) } == [[70_000, 1], [135_536, 1]])
        #expect(phrases.map(\.occurrences) == [2, 1])
    }
}
