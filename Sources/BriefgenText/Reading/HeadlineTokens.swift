/// A sentence as a list of words and separate punctuation marks, for rewriting into a headline.
struct HeadlineTokens: Sendable, Equatable {
    /// Words and marks in order ("Kharkiv", ",", "Ukraine’s").
    var tokens: [String]

    /// Splits `sentence` at spaces and detaches leading and trailing punctuation from words.
    init(_ sentence: String) {
        var tokens: [String] = []
        let spaced = sentence.replacingDashes
        for piece in spaced.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            var scalars = Array(piece.unicodeScalars)
            var leading: [String] = []
            var trailing: [String] = []
            while let first = scalars.first, Self.detachable.contains(first), scalars.count > 1 || Self.marks.contains(first) {
                leading.append(String(first))
                scalars.removeFirst()
            }
            while let last = scalars.last, Self.detachable.contains(last), !Self.isAbbreviationPeriod(scalars),
                  !Self.isPluralPossessive(scalars) {
                trailing.insert(String(last), at: 0)
                scalars.removeLast()
            }
            tokens += leading
            if !scalars.isEmpty { tokens.append(ScalarText.string(scalars[...])) }
            tokens += trailing
        }
        self.tokens = tokens
    }

    /// Wraps tokens.
    init(tokens: [String]) { self.tokens = tokens }

    /// The tokens joined with spaces, without a space before closing marks or after opening ones.
    var text: String {
        var result = ""
        var previous: String? = nil
        for token in tokens {
            if let previous, !Self.closing.contains(token), !Self.opening.contains(previous) { result += " " }
            result += token
            previous = token
        }
        return result
    }

    /// Whether a token is a word (starts with a letter or digit).
    static func isWord(_ token: String) -> Bool {
        guard let first = token.unicodeScalars.first else { return false }
        return first.properties.isAlphabetic || first.properties.numericType != nil || first == "$"
    }

    /// "U.S.", "Inc.", "Jr." keep their final period.
    private static func isAbbreviationPeriod(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.last == ".", scalars.count >= 2 else { return false }
        if scalars.dropLast().contains(".") { return true }
        let word = ScalarText.string(scalars.dropLast())
        return word.count > 1 && Abbreviations.kind(of: word, afterCapitalizedWord: false) != nil
    }

    /// "investors’" keeps its apostrophe (a closing quote has a matching opening one inside the word).
    private static func isPluralPossessive(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count > 2, let last = scalars.last, last == "’" || last == "'" else { return false }
        let opener: Unicode.Scalar = last == "’" ? "‘" : "'"
        return scalars[scalars.count - 2] == "s" && !scalars.dropLast().contains(opener)
    }

    private static let detachable: Set<Unicode.Scalar> = [
        ",", ";", ":", ".", "!", "?", "\"", "“", "”", "‘", "’", "'", "(", ")", "[", "]", "—", "–", "…",
    ]
    private static let marks: Set<Unicode.Scalar> = ["—", "–"]
    private static let closing: Set<String> = [",", ";", ":", ".", "!", "?", ")", "]", "”", "’", "…"]
    private static let opening: Set<String> = ["(", "[", "“", "‘"]
}

private extension String {
    /// The text with em and en dashes and underscores set off by spaces, so they become tokens of their own.
    var replacingDashes: String {
        guard unicodeScalars.contains(where: { $0 == "—" || $0 == "–" || $0 == "_" }) else { return self }
        var scalars: [Unicode.Scalar] = []
        for scalar in unicodeScalars {
            if scalar == "—" || scalar == "–" || scalar == "_" {
                scalars += [" ", scalar, " "]
            } else {
                scalars.append(scalar)
            }
        }
        return ScalarText.string(scalars[...])
    }
}
