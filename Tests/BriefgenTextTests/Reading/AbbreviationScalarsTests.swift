import Testing
@testable import BriefgenText

/// The sentence scanner's abbreviation test on scalars and its lazily made next word: the same answers as the string
/// test and the word made at once.
struct AbbreviationScalarsTests {
    static let words = [
        "U.N", "U.S.A", "a.m", "Ph.D", "e.g", "Jan", "jan", "Sept", "Mr", "MR", "mr", "Messrs", "approx", "Approx",
        "approxi", "Calif", "calif", "No", "NO", "n°", "N°", "co", "Co", "CO", "Corp", "Internationally", "said", "year",
        "2,641", "46%", "1-24", "one-fifth", "A", "a", "E", "é", "É", "Zürich", "ПРИВЕТ", "Київ", "قال", "👍🏽", "a\u{301}",
        "…", "U.N.", "abcdefg", "abcdef", "St", "Mt", "intl",
    ]

    @Test(arguments: words)
    func scalarKindIsTheStringKind(_ word: String) {
        let scalars = Array(word.unicodeScalars)[...]
        for capitalized in [false, true] {
            #expect(Abbreviations.kind(of: scalars, afterCapitalizedWord: capitalized)
                    == Abbreviations.kind(of: word, afterCapitalizedWord: capitalized), "\(word)")
        }
    }

    @Test func kindsPinned() {
        func kind(_ word: String) -> AbbreviationKind? { Abbreviations.kind(of: Array(word.unicodeScalars)[...], afterCapitalizedWord: false) }
        #expect(kind("U.N") == .ambiguous)
        #expect(kind("Jan") == .ambiguous)
        #expect(kind("jan") == nil)
        #expect(kind("Gen") == .prepositive)
        #expect(kind("No") == .beforeNumber)
        #expect(kind("n°") == .beforeNumber)
        #expect(kind("Internationally") == nil)
        #expect(kind("E") == nil)
        #expect(Abbreviations.longestListed == 6)
    }

    @Test func nextTokenWordIsTheLeadingLetters() {
        let cases: [(String, String)] = [
            ("“The U.N.", "The"), ("Mr. Smith", "Mr"), ("2,641 died", ""), ("Zoë’s", "Zoë"), ("(Київ)", "Київ"),
            ("‘", ""), ("👍🏽 ok", ""), ("a\u{301}b", "a"),
        ]
        for (string, word) in cases {
            let text = ScalarText(string)
            #expect(NextToken(scalars: text.scalars, start: 0, end: text.count).word == word, "\(string)")
        }
    }
}

/// ``HeadlineTokens/isDetachable(_:)``: the set of marks it replaced, for every scalar, and tokens of awkward text.
struct DetachableMarkTests {
    @Test func comparisonIsTheFormerSet() {
        let detachable: Set<Unicode.Scalar> = [
            ",", ";", ":", ".", "!", "?", "\"", "“", "”", "‘", "’", "'", "(", ")", "[", "]", "—", "–", "…",
        ]
        for value in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(HeadlineTokens.isDetachable(scalar) == detachable.contains(scalar), "U+\(String(value, radix: 16))")
        }
    }

    @Test func tokensPinned() {
        // As split before the marks were compared instead of hashed.
        #expect(HeadlineTokens("“The U.N. said 2,641 died (46%) — in Київ,” Zoë’s café; investors’ one-fifth…").tokens == [
            "“", "The", "U.N.", "said", "2,641", "died", "(", "46%", ")", "—", "in", "Київ", ",", "”", "Zoë’s", "café", ";",
            "investors’", "one-fifth", "…",
        ])
    }
}

/// ``LineShape``'s words split on bytes: the pieces of the character split, on awkward lines.
struct LineShapeWordsTests {
    @Test(arguments: [
        "", " ", "By Jane Doe", "KYIV, Ukraine (AP) —", "The U.N. said 2,641 died\tin April 1-24", "  two   spaces\t\ttabs  ",
        "“Zoë’s café” — one-fifth (46%)", "a \u{301}b c", "x \u{0600}y z", "Line\r\n", "Київ і Харків", "قال المسؤولون",
        "👍🏽 ok 🇺🇦 yes", "Updated 5:32 PM",
    ])
    func wordsAreTheCharacterSplit(_ line: String) {
        #expect(LineShape(line).words.map(String.init) == line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init))
    }
}
