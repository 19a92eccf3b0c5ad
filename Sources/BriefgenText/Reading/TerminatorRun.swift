/// A run of sentence-ending marks: ".", "?!", "...", "…", or a spaced ellipsis ". . . .".
struct TerminatorRun {
    /// Offset just past the run.
    var end = 0
    /// Number of periods in the run.
    var periods = 0
    /// Whether the run holds "?" or "!".
    var hasQuestionOrExclamation = false
    /// Whether the run holds the single character "…".
    var hasEllipsisCharacter = false
    /// Whether the run is a spaced ellipsis (". . .").
    var isSpaced = false

    /// Reads the run starting at `start` (a terminator), stopping before `end`.
    init(scalars: [Unicode.Scalar], start: Int, end: Int) {
        var index = start
        func readMarks() {
            while index < end, ScalarClass.isTerminator(scalars[index]) {
                switch scalars[index] {
                case ".": periods += 1
                case "…": hasEllipsisCharacter = true
                default: hasQuestionOrExclamation = true
                }
                index += 1
            }
        }
        readMarks()
        while index + 1 < end, scalars[index] == " ", scalars[index + 1] == ".", periods > 0 {
            isSpaced = true
            index += 1
            readMarks()
        }
        self.end = index
    }
}

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
