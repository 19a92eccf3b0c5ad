import Testing
@testable import BriefgenText

/// ``WordGate`` and ``GatedWordLookup``: the gate turns away only words that are not listed, so a gated lookup answers
/// as the plain ``WordLookup``.
struct WordGateTests {
    /// Words of awkward text, tokenized as the timex rules see them, with listed words and near misses.
    static var words: [String] {
        let text = ScalarText("""
            The U.N. said on Jan. 5 that 2,641 died between April 1-24, one-fifth (46%) of them. “It’s the day after,” said \
            Zoë; Zürich’s CAFÉ closed.\r\nКиїв і Харків, قال المسؤولون, 👍🏽 ok 🇺🇦 yes. a\u{301}b Internationally-recognised \
            mid-September twenty-first thirties the nineteen-nineties tonight's weekends Mondays quarter fiscal
            """)
        let tokens = TimexTokenizer().tokens(text, from: 0, to: text.count).map(\.base)
        return tokens + ["", "a", "an", "the", "th", "thee", "them", "x", "é", "january", "januar", "januarys", "sept",
                         "september", "twenty-first", String(repeating: "a", count: 31), String(repeating: "a", count: 40)]
    }

    @Test func gatedLookupsAnswerAsThePlainOnes() {
        let tables: [[String: Int]] = [
            Dictionary(uniqueKeysWithValues: TimexRecognizer.wordRules.keys.enumerated().map { ($1, $0) }),
            Dictionary(uniqueKeysWithValues: TimexLexicon.yearCues.enumerated().map { ($1, $0) }),
            ["a": 1, "thirtyonecharacterslongwordxxxxx": 2, String(repeating: "b", count: 33): 3],
        ]
        for table in tables {
            let gated = GatedWordLookup(table)
            let plain = WordLookup(table)
            for word in Self.words + Array(table.keys) {
                #expect(gated.value(of: word) == plain.value(of: word), "\(word)")
            }
        }
    }

    @Test func everyListedWordPasses() {
        let listed = Array(TimexRecognizer.wordRules.keys)
        let gate = WordGate(listed)
        for word in listed {
            var copy = word
            #expect(copy.withUTF8 { gate.mayContain($0) }, "\(word)")
        }
    }

    @Test func gatePinned() {
        let gate = WordGate(["the", "a", "january", "twenty-first"])
        func passes(_ word: String) -> Bool {
            var copy = word
            return copy.withUTF8 { gate.mayContain($0) }
        }
        #expect(passes("the") && passes("a") && passes("january") && passes("twenty-first"))
        // Same class and length as a listed word: passes the gate, the lookup decides.
        #expect(passes("thx"))
        #expect(!passes("said") && !passes("") && !passes("th") && !passes("zürich") && !passes("é"))
        #expect(!passes(String(repeating: "t", count: 40)))
        #expect(TimexRecognizer.lookup.value(of: "january")?.rules == TimexRecognizer.wordRules["january"])
        #expect(TimexRecognizer.lookup.value(of: "said") == nil)
    }
}

/// ``TimexToken/isMark(scalar:)``: comparing a mark token's scalar answers as comparing its string, for every scalar
/// a mark token can be, against each mark compared so.
struct MarkScalarTests {
    @Test func scalarComparisonIsStringComparison() {
        let marks: [Unicode.Scalar] = ["'", "’", "-", "–", "‑", "—"]
        for value in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let token = TimexToken(kind: .punctuation, start: 0, end: 1, text: String(scalar), base: String(scalar),
                                   integer: nil, suffix: "", isCapitalized: false)
            for mark in marks {
                #expect(token.isMark(scalar: mark) == token.isMark(String(mark)), "U+\(String(value, radix: 16))")
            }
            #expect(token.isDash == (token.text == "-" || token.text == "–" || token.text == "‑"))
            #expect(token.isApostrophe == (token.text == "'" || token.text == "’"))
        }
        let word = TimexToken(kind: .word, start: 0, end: 1, text: "’", base: "’", integer: nil, suffix: "", isCapitalized: false)
        #expect(!word.isMark(scalar: "’") && !word.isApostrophe)
        let text = ScalarText("Friday’s 1990s‑2000s — April 1–24")
        let tokens = TimexTokenizer().tokens(text, from: 0, to: text.count)
        #expect(tokens.map(\.isDash) == [false, false, false, false, true, false, false, false, false, true, false])
        #expect(tokens.map(\.isApostrophe) == [false, true, false, false, false, false, false, false, false, false, false])
    }
}

/// ``WordTable``: the lexicon's tables answer as the dictionaries they are written as.
struct WordTableTests {
    private func check<Value: Equatable>(_ table: WordTable<Value>) {
        for word in WordGateTests.words + Array(table.keys) + ["Monday", "MAY", "sept.", "twenty-first", "k\u{301}", "\u{212A}"] {
            #expect(table[word] == table.dictionary[word], "\(word)")
        }
    }

    @Test func lexiconTablesAreTheirDictionaries() {
        check(TimexLexicon.months)
        check(TimexLexicon.monthAbbreviations)
        check(TimexLexicon.weekdays)
        check(TimexLexicon.weekdayPlurals)
        check(TimexLexicon.dayParts)
        check(TimexLexicon.numbers)
        check(TimexLexicon.ordinals)
        check(TimexLexicon.units)
        check(TimexLexicon.clockUnits)
        check(TimexLexicon.seasons)
        #expect(TimexLexicon.months["may"] == 5 && TimexLexicon.months["May"] == nil && TimexLexicon.units["weeks"] == .week)
    }

    @Test func referencePhrasesByFirstWord() {
        var phrases = 0
        for (first, list) in TimexRecognizer.referencesByFirstWord.dictionary {
            for phrase in list {
                #expect(phrase.words[0] == first && TimexRecognizer.references[phrase.words] == phrase.value)
                phrases += 1
            }
        }
        #expect(phrases == TimexRecognizer.references.count)
        let found = TimeFixture.timexes("Right now, in the near future and more recently, these days, the short term", published: "2025-04-25")
        // As found before the phrases were grouped by their first word.
        #expect(found.map(\.text) == ["Right now", "the near future", "more recently", "these days", "the short term"])
        #expect(found.map(\.value) == ["PRESENT_REF", "FUTURE_REF", "PAST_REF", "PRESENT_REF", "FUTURE_REF"])
    }
}
