/// A word of a sentence as read for topic analysis: its offsets, its lower-case form and its stem.
struct ContentWord: Sendable, Equatable {
    /// Scalar offsets of the word in the text (end exclusive).
    var start: Int
    var end: Int
    /// The word in lower case.
    var lower: String
    /// Its stem (``Stemmer``), empty for a stop word.
    var stem: String
    /// A number for the stem, the same for every word with that stem in one reader; -1 for a stop word.
    var stemID: Int
    /// Whether it starts with a capital letter.
    var isCapitalized: Bool
    /// Whether punctuation (not a space) separates it from the previous word.
    var followsPunctuation: Bool
    /// Whether its lower-case form reads as a verb or adverb (``NounPhraseCollector``); false for a stop word.
    var isVerbShaped = false
    /// Whether it is a filler adjective headlines drop (``HeadlineCompressor/fillerAdjectives``); false for a stop word.
    var isFiller = false
}

/// Reads the words of a span of text: letters, digits, inner hyphens and apostrophes.
///
/// Each distinct word form is analyzed once (lower case, stop word, stem) and then found again by a hash of its
/// scalars, so reading stays linear and cheap on long articles.
struct ContentWordReader {
    /// The text's scalars.
    let scalars: [Unicode.Scalar]
    private var forms = WordForms()

    /// Creates a reader over a text's scalars.
    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// Number of distinct stems seen so far (stem ids are below it).
    var stemCount: Int { forms.stemCount }

    /// All words of `start..<end`, stop words included (their `stem` empty, `stemID` -1).
    mutating func words(_ start: Int, _ end: Int) -> [ContentWord] {
        var result: [ContentWord] = []
        var index = start
        var sawPunctuation = true
        while index < end {
            let scalar = scalars[index]
            guard isWordScalar(scalar) else {
                if !ScalarClass.isSpace(scalar) { sawPunctuation = true }
                index += 1
                continue
            }
            let wordStart = index
            var hasPeriod = false
            while index < end, isWordScalar(scalars[index])
                || (index + 1 < end && Self.isJoiner(scalars[index]) && isWordScalar(scalars[index + 1])) {
                if scalars[index] == "." { hasPeriod = true }
                index += 1
            }
            if index < end, hasPeriod, scalars[index] == "." { index += 1 }
            let form = forms.form(of: scalars, wordStart, index)
            result.append(ContentWord(
                start: wordStart, end: index, lower: form.lower, stem: form.stem, stemID: form.stemID,
                isCapitalized: scalar.value < 0x80 ? (scalar.value >= 0x41 && scalar.value <= 0x5A) : scalar.properties.isUppercase, followsPunctuation: sawPunctuation,
                isVerbShaped: form.isVerbShaped, isFiller: form.isFiller))
            sawPunctuation = false
        }
        return result
    }

    @inline(__always) private func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    @inline(__always) private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x27, 0x2019, 0x2E, 0x2C: return true
        default: return false
        }
    }
}
