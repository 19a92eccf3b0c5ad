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
