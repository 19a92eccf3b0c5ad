import Testing
@testable import BriefgenText

/// ``TimexRecognizer/Tokens/isWord(_:_:)`` compares a token's base in place: it answers as `word(i) == word` at every
/// token and past either end.
struct TokensIsWordTests {
    private static func tokens(_ text: String) -> TimexRecognizer.Tokens {
        let scalars = ScalarText(text)
        return TimexRecognizer.Tokens(all: TimexTokenizer().tokens(scalars, from: 0, to: scalars.count))
    }

    @Test func answersAsComparingTheWord() {
        let t = Self.tokens("The U.N. said on Jan. 5 that 2,641 died “the day after” Zürich’s CAFÉ Friday's 24th "
            + "Internationally-recognised e\u{301}té ſ K")
        let words = ["the", "The", "u", "n", ".", "said", "jan", "5", "2,641", "“", "day", "zürich", "café", "friday", "'",
                     "s", "24", "th", "internationally", "recognised", "e", "\u{301}", "té", "ſ", "k", "K", "", "x"]
        for i in -2...(t.all.count + 1) {
            for word in words {
                #expect(t.isWord(i, word) == (t.word(i) == word), "\(i) \(word)")
            }
        }
    }

    @Test func pinned() {
        let t = Self.tokens("Last Friday's 5th, the U.N.")
        #expect(t.all.map(\.base) == ["last", "friday", "'", "s", "5", ",", "the", "u", ".", "n", "."])
        #expect(t.isWord(0, "last"))
        #expect(!t.isWord(0, "Last"))
        #expect(t.isWord(1, "friday"))
        #expect(!t.isWord(2, "'"))  // a mark, not a word
        #expect(t.isWord(3, "s"))
        #expect(!t.isWord(4, "5"))  // a number
        #expect(t.isWord(6, "the"))
        #expect(!t.isWord(-1, "last") && !t.isWord(11, "n"))
    }
}

/// ``GatedWordLookup/value(of:)`` reads a string's bytes in place where they are contiguous, else through a copy: the
/// same answers for small, large, non-ASCII and sliced strings, and as its byte entry point.
struct GatedWordLookupStringTests {
    @Test func stringsAnswerAsTheirBytes() {
        let long = "internationally-recognised-word"  // 31 bytes: a large string, kept by the gate
        let table = GatedWordLookup(["the": 1, "zürich": 2, long: 3, "a": 4])
        let sliced = String("xx the yy".split(separator: " ")[1])
        let cases: [(String, Int?)] = [
            ("the", 1), ("The", nil), ("zürich", 2), ("zu\u{308}rich", nil), (long, 3), (long + "s", nil), ("a", 4),
            ("", nil), (sliced, 1), ("thé", nil),
        ]
        for (word, expected) in cases {
            #expect(table.value(of: word) == expected, "\(word)")
            var copy = word
            #expect(copy.withUTF8 { table.value(of: $0) } == expected, "\(word)")
        }
    }
}
