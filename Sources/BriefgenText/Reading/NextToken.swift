/// The token after a possible sentence boundary, seen through opening quotes and brackets.
struct NextToken {
    /// Its leading letters ("Mr" for "Mr.", "The" for "“The"), made when asked for (most boundaries never ask).
    var word: String { ScalarText.string(scalars[wordRange]) }
    /// The text's scalars and the offsets of ``word``.
    private let scalars: [Unicode.Scalar]
    private let wordRange: Range<Int>
    /// Whether it starts with a digit.
    var startsWithDigit: Bool
    /// Whether it can open a sentence: starts with a capital letter, a digit or a symbol, not a lower-case letter.
    var opensSentence: Bool

    /// Reads the token at `start`.
    init(scalars: [Unicode.Scalar], start: Int, end: Int) {
        var index = start
        while index < end, SentenceBoundaryScanner.openers.contains(scalars[index]) { index += 1 }
        self.scalars = scalars
        guard index < end else {
            wordRange = index..<index
            startsWithDigit = false
            opensSentence = true
            return
        }
        let first = scalars[index]
        // ASCII by comparison: its numbers are the digits, its lower-case letters `a`-`z`.
        if first.value < 0x80 {
            startsWithDigit = ScalarClass.isDigit(first)
            opensSentence = !(first.value >= 0x61 && first.value <= 0x7A) && !Self.isContinuation(first)
        } else {
            startsWithDigit = first.properties.numericType != nil
            opensSentence = !first.properties.isLowercase && !Self.isContinuation(first)
        }
        let wordStart = index
        while index < end, Self.isLetter(scalars[index]) { index += 1 }
        wordRange = wordStart..<index
    }

    /// A letter (Unicode `Alphabetic`), answered by comparison for ASCII.
    @inline(__always) private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return ScalarClass.isLetterBeyondASCII(scalar)
    }

    /// Marks that continue a sentence rather than open one: `, ; : - – — & %` (compared, not hashed in a set).
    @inline(__always) private static func isContinuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2C, 0x3B, 0x3A, 0x2D, 0x2013, 0x2014, 0x26, 0x25: return true
        default: return false
        }
    }
}
