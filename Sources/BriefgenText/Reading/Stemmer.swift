/// A light English suffix stripper ("negotiations" → "negoti", "attacks" → "attack", "injured" → "injur"):
/// enough to match inflected forms of one word in term vectors; stems are not shown to readers.
enum Stemmer {
    /// The stem of `word` (lower case).
    static func stem(_ word: String) -> String {
        var scalars = Array(word.unicodeScalars)
        guard scalars.count > 3 else { return word }
        for suffix in suffixes {
            let tail = Array(suffix.unicodeScalars)
            if scalars.count - tail.count >= 3, scalars.suffix(tail.count).elementsEqual(tail) {
                scalars.removeLast(tail.count)
                break
            }
        }
        if let last = scalars.last, last == "e" || last == "y" || last == "i", scalars.count > 3 { scalars.removeLast() }
        if scalars.count > 3, let last = scalars.last, scalars[scalars.count - 2] == last, !"aeiouls".unicodeScalars.contains(last) {
            scalars.removeLast()
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// Suffixes tried longest first.
    private static let suffixes = [
        "ational", "ization", "fulness", "iveness", "ations", "ation", "ments", "ment", "ities", "ity", "ings", "ing",
        "ies", "ied", "ers", "er", "ed", "es", "ly", "s",
    ]
}
