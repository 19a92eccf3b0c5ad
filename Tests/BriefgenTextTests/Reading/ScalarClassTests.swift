import Testing
@testable import BriefgenText

/// ``ScalarClass``'s listed answers beyond ASCII are the Unicode properties they stand for, at every scalar; and
/// ``NextToken`` reads a first scalar's digit and case the same on ASCII by comparison.
struct ScalarClassTests {
    @Test func listsAreTheProperties() {
        var spaces = 0
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(ScalarClass.isSpaceBeyondASCII(value) == scalar.properties.isWhitespace, "\(value)")
            #expect(ScalarClass.isLetterBeyondASCII(scalar) == scalar.properties.isAlphabetic, "\(value)")
            #expect(ScalarClass.isSpace(scalar) == scalar.properties.isWhitespace, "\(value)")
            if ScalarClass.isSpaceBeyondASCII(value) { spaces += 1 }
        }
        #expect(spaces == 19)
        for value in UInt32(0)..<0x80 {
            let scalar = Unicode.Scalar(value)!
            #expect(ScalarClass.isSpace(scalar) == scalar.properties.isWhitespace, "\(value)")
        }
    }

    @Test func nextTokenPinned() {
        func token(_ text: String) -> (digit: Bool, opens: Bool, word: String) {
            let scalars = Array(text.unicodeScalars)
            let next = NextToken(scalars: scalars, start: 0, end: scalars.count)
            return (next.startsWithDigit, next.opensSentence, next.word)
        }
        #expect(token("The") == (false, true, "The"))
        #expect(token("the") == (false, false, "the"))
        #expect(token("“Mr. Smith") == (false, true, "Mr"))
        #expect(token("2,641 people") == (true, true, ""))
        #expect(token("١٢ Arabic-Indic") == (true, true, ""))
        #expect(token("élan") == (false, false, "élan"))
        #expect(token("Élan") == (false, true, "Élan"))
        #expect(token("— and") == (false, false, ""))
        #expect(token("% of") == (false, false, ""))
        #expect(token("$5") == (false, true, ""))
        #expect(token("") == (false, true, ""))
    }
}

/// ``HeadlineTokens/isWord(_:)`` on ASCII by comparison: what the properties answer for every first scalar.
struct HeadlineWordTests {
    @Test func asciiFirstScalarsAsTheProperties() {
        for value in UInt32(0)..<0x80 {
            let scalar = Unicode.Scalar(value)!
            let token = String(scalar) + "x"
            let expected = scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "$"
            #expect(HeadlineTokens.isWord(token) == expected, "\(value)")
        }
        #expect(HeadlineTokens.isWord("Kyiv") && HeadlineTokens.isWord("2,641") && HeadlineTokens.isWord("$5"))
        #expect(HeadlineTokens.isWord("Élan") && HeadlineTokens.isWord("١٢") && HeadlineTokens.isWord("½"))
        #expect(!HeadlineTokens.isWord("“") && !HeadlineTokens.isWord(",") && !HeadlineTokens.isWord(""))
        #expect(!HeadlineTokens.isWord("€5"))
    }
}

/// ``EventMerger``'s key terms read curly quotes and dashes as word ends without a property lookup, as before.
struct EventMergerPunctuationTests {
    @Test func curlyMarksEndWords() {
        let merger = EventMerger()
        let text = ScalarText("Russia’s “drone” attack—Kharkiv… naïve Zürich")
        let event = DatedEvent(date: "2024-05-01", end: nil, precision: .day, sentence: 0,
                               summary: "Russia’s “drone” attack—Kharkiv… naïve Zürich", timex: 0, wording: nil)
        let digests = merger.keyTermDigests(of: event, in: text, sentences: [Sentence(start: 0, end: text.count, paragraph: 0)])
        let terms = merger.keyTerms(of: event, in: text, sentences: [Sentence(start: 0, end: text.count, paragraph: 0)])
        #expect(digests == Array(Set(terms.map(EventMerger.termDigest))).sorted())
        #expect(Set(terms).isSuperset(of: ["russia", "drone", "kharkiv"]))
    }
}
