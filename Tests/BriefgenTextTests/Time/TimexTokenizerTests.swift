import Testing
@testable import BriefgenText

/// ``TimexTokenizer``'s tokens: text, base, value and suffix as written, on ASCII and other text.
struct TimexTokenizerTests {
    private func tokens(_ text: String) -> [TimexToken] {
        let scalars = ScalarText(text)
        return TimexTokenizer().tokens(scalars, from: 0, to: scalars.count)
    }

    @Test func readsWordsNumbersAndMarks() {
        let found = tokens("The U.N. said on Jan. 5 that 2,641 died between April 1-24, in the 1990s’ 24th Friday's")
        #expect(found.map(\.text) == [
            "The", "U", ".", "N", ".", "said", "on", "Jan", ".", "5", "that", "2,641", "died", "between", "April", "1", "-",
            "24", ",", "in", "the", "1990s", "’", "24th", "Friday", "'", "s",
        ])
        #expect(found.map(\.base) == [
            "the", "u", ".", "n", ".", "said", "on", "jan", ".", "5", "that", "2,641", "died", "between", "april", "1", "-",
            "24", ",", "in", "the", "1990", "’", "24", "friday", "'", "s",
        ])
        #expect(found.map(\.integer) == [
            nil, nil, nil, nil, nil, nil, nil, nil, nil, 5, nil, nil, nil, nil, nil, 1, nil, 24, nil, nil, nil, 1990, nil, 24,
            nil, nil, nil,
        ])
        #expect(found.map(\.suffix) == [
            "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "s", "", "th", "", "", "",
        ])
        #expect(found.map(\.isCapitalized) == found.map { $0.kind == .word && $0.text.first!.isUppercase })
    }

    @Test func keepsLongAndNonASCIIWordsWhole() {
        let found = tokens("Internationally-recognised Zürich don’t O’Brien’s CAFÉ 123456789012345678th")
        #expect(found.map(\.text) == ["Internationally", "-", "recognised", "Zürich", "don’t", "O’Brien", "’", "s", "CAFÉ",
                                      "123456789012345678th"])
        #expect(found.map(\.base) == ["internationally", "-", "recognised", "zürich", "don't", "o'brien", "’", "s", "café",
                                      "123456789012345678"])
        #expect(found[9].integer == nil)
        #expect(found[9].suffix == "th")
    }
}
