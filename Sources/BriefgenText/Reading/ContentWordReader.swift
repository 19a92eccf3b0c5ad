/// A word of a sentence as read for topic analysis: its offsets and its stem's number.
struct ContentWord: Sendable, Equatable {
    /// Scalar offsets of the word in the text (end exclusive).
    var start: Int
    var end: Int
    /// A number for the stem (``Stemmer``), the same for every word with that stem in one reader; -1 for a stop word.
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
/// scalars, taken while the word's end is found, so reading stays linear and cheap on long articles.
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

    /// All words of `start..<end`, stop words included (their `stemID` -1).
    mutating func words(_ start: Int, _ end: Int) -> [ContentWord] {
        let scalars = scalars
        return scalars.withUnsafeBufferPointer { text in
            var result: [ContentWord] = []
            result.reserveCapacity((end - start) / 6 + 1)
            var index = start
            var sawPunctuation = true
            while index < end {
                let scalar = text[index]
                guard Self.isWordScalar(scalar) else {
                    if !ScalarClass.isSpace(scalar) { sawPunctuation = true }
                    index += 1
                    continue
                }
                let wordStart = index
                var hash = WordForms.emptyHash
                var hasPeriod = false
                while index < end {
                    let current = text[index]
                    guard Self.isWordScalar(current)
                        || (index + 1 < end && Self.isJoiner(current) && Self.isWordScalar(text[index + 1]))
                    else { break }
                    if current == "." { hasPeriod = true }
                    hash = WordForms.hash(hash, adding: current)
                    index += 1
                }
                if index < end, hasPeriod, text[index] == "." {
                    hash = WordForms.hash(hash, adding: text[index])
                    index += 1
                }
                let form = forms.form(wordStart, index, in: text, hash: hash)
                let isCapitalized = scalar.value < 0x80 ? (scalar.value >= 0x41 && scalar.value <= 0x5A)
                    : scalar.properties.isUppercase
                result.append(ContentWord(
                    start: wordStart, end: index, stemID: form.stemID, isCapitalized: isCapitalized,
                    followsPunctuation: sawPunctuation, isVerbShaped: form.isVerbShaped, isFiller: form.isFiller))
                sawPunctuation = false
            }
            return result
        }
    }

    /// A letter or number (Unicode `Alphabetic` or with a numeric type), answered by comparison for ASCII and for the
    /// General Punctuation block (curly quotes, dashes, ellipsis: no letter or number among them).
    @inline(__always) static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        if value >= 0x2000 && value < 0x2070 { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    @inline(__always) private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x27, 0x2019, 0x2E, 0x2C: return true
        default: return false
        }
    }
}
