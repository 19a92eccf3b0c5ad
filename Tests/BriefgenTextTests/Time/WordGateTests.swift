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
