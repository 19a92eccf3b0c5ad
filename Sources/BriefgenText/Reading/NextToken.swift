/// The token after a possible sentence boundary, seen through opening quotes and brackets.
struct NextToken {
    /// Its leading letters ("Mr" for "Mr.", "The" for "“The").
    var word: String
    /// Whether it starts with a digit.
    var startsWithDigit: Bool
    /// Whether it can open a sentence: starts with a capital letter, a digit or a symbol, not a lower-case letter.
    var opensSentence: Bool

    /// Reads the token at `start`.
    init(scalars: [Unicode.Scalar], start: Int, end: Int) {
        var index = start
        while index < end, SentenceBoundaryScanner.openers.contains(scalars[index]) { index += 1 }
        guard index < end else {
            word = ""
            startsWithDigit = false
            opensSentence = true
            return
        }
        let first = scalars[index]
        startsWithDigit = first.properties.numericType != nil
        opensSentence = !first.properties.isLowercase && !Self.continuations.contains(first)
        var view = String.UnicodeScalarView()
        while index < end, scalars[index].properties.isAlphabetic { view.append(scalars[index]); index += 1 }
        word = String(view)
    }

    /// Marks that continue a sentence rather than open one (", ; :").
    private static let continuations: Set<Unicode.Scalar> = [",", ";", ":", "-", "–", "—", "&", "%"]
}
