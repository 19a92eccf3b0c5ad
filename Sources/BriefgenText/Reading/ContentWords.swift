/// A word of a sentence as read for topic analysis: its offsets, its lower-case form and its stem.
struct ContentWord: Sendable, Equatable {
    /// Scalar offsets of the word in the text (end exclusive).
    var start: Int
    var end: Int
    /// The word in lower case.
    var lower: String
    /// Its stem (``Stemmer``), empty for a stop word.
    var stem: String
    /// Whether it starts with a capital letter.
    var isCapitalized: Bool
    /// Whether punctuation (not a space) separates it from the previous word.
    var followsPunctuation: Bool
}

/// Reads the words of a span of text: letters, digits, inner hyphens and apostrophes.
struct ContentWordReader {
    /// The text's scalars.
    let scalars: [Unicode.Scalar]

    /// All words of `start..<end`, stop words included (their `stem` empty).
    func words(_ start: Int, _ end: Int) -> [ContentWord] {
        var result: [ContentWord] = []
        var index = start
        var sawPunctuation = true
        while index < end {
            let scalar = scalars[index]
            guard isWordScalar(scalar) else {
                if !scalar.properties.isWhitespace { sawPunctuation = true }
                index += 1
                continue
            }
            let wordStart = index
            while index < end, isWordScalar(scalars[index])
                || (index + 1 < end && Self.joiners.contains(scalars[index]) && isWordScalar(scalars[index + 1])) {
                index += 1
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[wordStart..<index])
            if index < end, scalars[index] == ".", view.contains(".") { index += 1 }
            let lower = String(view).lowercased()
            let isStop = StopWords.contains(lower) || lower.unicodeScalars.count < 3 || isNumeric(lower)
            result.append(ContentWord(
                start: wordStart, end: index, lower: lower, stem: isStop ? "" : Stemmer.stem(withoutPossessive(lower)),
                isCapitalized: scalar.properties.isUppercase, followsPunctuation: sawPunctuation))
            sawPunctuation = false
        }
        return result
    }

    private func withoutPossessive(_ word: String) -> String {
        var scalars = Array(word.unicodeScalars)
        if scalars.count > 2, scalars.last == "s", scalars[scalars.count - 2] == "’" || scalars[scalars.count - 2] == "'" {
            scalars.removeLast(2)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    private func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private func isNumeric(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { $0.properties.numericType != nil || $0 == "," || $0 == "." || $0 == "-" }
    }

    private static let joiners: Set<Unicode.Scalar> = ["-", "'", "’", ".", ","]
}
