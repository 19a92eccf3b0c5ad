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

    /// Curly quotes, a percent sign, a dash, Cyrillic, Arabic, an emoji, a combining mark (not a letter: it splits
    /// `e\u{301}té`), CRLF, an upper-case possessive and ordinal suffix, an abbreviation and a thousands separator.
    @Test func readsAwkwardTextPinned() {
        let found = tokens("“One-fifth” of 46% — Київ, بغداد 😀 e\u{301}té\r\nFRIDAY'S 3RD Jan. 2,641")
        #expect(found.map(\.text) == ["“", "One", "-", "fifth", "”", "of", "46", "%", "—", "Київ", ",", "بغداد", "😀", "e",
                                      "\u{301}", "té", "FRIDAY", "'", "S", "3RD", "Jan", ".", "2,641"])
        #expect(found.map(\.base) == ["“", "one", "-", "fifth", "”", "of", "46", "%", "—", "київ", ",", "بغداد", "😀", "e",
                                      "\u{301}", "té", "friday", "'", "s", "3", "jan", ".", "2,641"])
        #expect(found.map(\.kind) == [.punctuation, .word, .punctuation, .word, .punctuation, .word, .number, .punctuation,
                                      .punctuation, .word, .punctuation, .word, .punctuation, .word, .punctuation, .word,
                                      .word, .punctuation, .word, .number, .word, .punctuation, .number])
        #expect(found.map(\.integer) == [nil, nil, nil, nil, nil, nil, 46, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,
                                         nil, 3, nil, nil, nil])
        #expect(found.map(\.suffix) == Array(repeating: "", count: 19) + ["rd", "", "", ""])
        #expect(found.filter(\.isCapitalized).map(\.text) == ["One", "Київ", "FRIDAY", "S", "Jan"])
        #expect(found.map(\.start) == [0, 1, 4, 5, 10, 12, 15, 17, 19, 21, 25, 27, 33, 35, 36, 37, 41, 47, 48, 50, 54, 57, 59])
    }

    /// Every suffix a number keeps, lower-cased, with the number as written.
    @Test func numberSuffixes() {
        let found = tokens("1st 2ND 3rd 4Th 1990s 5 6x 7thx")
        #expect(found.map(\.text) == ["1st", "2ND", "3rd", "4Th", "1990s", "5", "6", "x", "7", "thx"])
        #expect(found.map(\.suffix) == ["st", "nd", "rd", "th", "s", "", "", "", "", ""])
        #expect(found.map(\.integer) == [1, 2, 3, 4, 1990, 5, 6, nil, 7, nil])
        #expect(TimexToken.suffixes == ["", "s", "st", "nd", "rd", "th"])
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

/// ``TimexTokenizer``'s word paths on bytes (ASCII, ASCII with curly apostrophes): the tokens its string steps make.
struct TimexTokenizerWordPathTests {
    @Test func apostropheWordsAreTheStringSteps() {
        let words = ["don’t", "O’Brien", "DON’T", "rock’n’roll", "y’all", "Ukraine’s", "’s", "it’S", "ab’s", "a’b’c’s", "Zoë’s",
                     "café", "Київ", "naïve’s", "x", "Don't", "A’"]
        let tokenizer = TimexTokenizer()
        for word in words {
            let text = ScalarText(word)
            let general = tokenizer.generalWord(text, text.scalars, 0, text.count)
            let fast = tokenizer.apostropheWord(text.scalars, 0, text.count)
            let onlyApostrophes = word.unicodeScalars.allSatisfy { $0.isASCII || $0 == "’" }
            #expect((fast != nil) == onlyApostrophes, "\(word)")
            if let fast { #expect(fast == general, "\(word)") }
        }
        let text = ScalarText("rock’n’roll")
        #expect(tokenizer.apostropheWord(text.scalars, 0, text.count)?.base == "rock'n'roll")
        #expect(tokenizer.apostropheWord(text.scalars, 0, text.count)?.text == "rock’n’roll")
    }

    @Test func tokensOfAwkwardTextPinned() {
        let text = ScalarText("Don’t say O’Brien’s rock’n’roll won’t play in Zürich, the U.N. said on Jan. 5")
        let found = TimexTokenizer().tokens(text, from: 0, to: text.count)
        // As tokenized before the apostrophe path.
        #expect(found.map(\.base) == ["don't", "say", "o'brien", "’", "s", "rock'n'roll", "won't", "play", "in", "zürich", ",",
                                      "the", "u", ".", "n", ".", "said", "on", "jan", ".", "5"])
        #expect(found.map(\.text)[0...6] == ["Don’t", "say", "O’Brien", "’", "s", "rock’n’roll", "won’t"])
    }
}
