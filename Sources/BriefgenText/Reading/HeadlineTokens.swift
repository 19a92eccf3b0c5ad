/// A sentence as a list of words and separate punctuation marks, for rewriting into a headline.
struct HeadlineTokens: Sendable, Equatable {
    /// Words and marks in order ("Kharkiv", ",", "Ukraine’s").
    var tokens: [String]

    /// Splits `sentence` at spaces and detaches leading and trailing punctuation from words.
    init(_ sentence: String) {
        var tokens: [String] = []
        let spaced = sentence.replacingDashes
        let pieces = spaced.piecesBetweenStandAlone { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }
            ?? spaced.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        for piece in pieces {
            let scalars = piece.unicodeScalars
            var lower = scalars.startIndex
            var upper = scalars.endIndex
            var trailing: [String] = []
            while lower < upper, case let first = scalars[lower], Self.isDetachable(first),
                  scalars.index(after: lower) < upper || first == "—" || first == "–" {
                tokens.append(String(first))
                lower = scalars.index(after: lower)
            }
            while lower < upper, case let last = scalars[scalars.index(before: upper)], Self.isDetachable(last),
                  !Self.isAbbreviationPeriod(scalars[lower..<upper]), !Self.isPluralPossessive(scalars[lower..<upper]) {
                trailing.append(String(last))
                upper = scalars.index(before: upper)
            }
            if lower < upper { tokens.append(String(Substring(scalars[lower..<upper]))) }
            tokens += trailing.reversed()
        }
        self.tokens = tokens
    }

    /// Wraps tokens.
    init(tokens: [String]) { self.tokens = tokens }

    /// The tokens joined with spaces, without a space before closing marks or after opening ones.
    var text: String {
        var result = ""
        var previousOpens: Bool? = nil
        for token in tokens {
            // The marks are single scalars, and so is any string equal to one: a longer token (most) is no mark, and is
            // not hashed to find out.
            let mayBeMark = token.utf8.count <= 4
            if let previousOpens, !previousOpens, !(mayBeMark && Self.closing.contains(token)) { result += " " }
            result += token
            previousOpens = mayBeMark && Self.opening.contains(token)
        }
        return result
    }

    /// Whether a token is a word (starts with a letter or digit).
    static func isWord(_ token: String) -> Bool {
        guard let first = token.unicodeScalars.first else { return false }
        // ASCII by comparison: its alphabetic scalars are the letters, its numbers the digits.
        let value = first.value
        if value < 0x80 {
            return ((value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A) || (value >= 0x30 && value <= 0x39) || value == 0x24
        }
        return first.properties.isAlphabetic || first.properties.numericType != nil
    }

    /// "U.S.", "Inc.", "Jr." keep their final period.
    private static func isAbbreviationPeriod(_ scalars: Substring.UnicodeScalarView) -> Bool {
        guard scalars.last == ".", scalars.count >= 2 else { return false }
        if scalars.dropLast().contains(".") { return true }
        let word = String(Substring(scalars.dropLast()))
        return word.count > 1 && Abbreviations.kind(of: word, afterCapitalizedWord: false) != nil
    }

    /// "investors’" keeps its apostrophe (a closing quote has a matching opening one inside the word).
    private static func isPluralPossessive(_ scalars: Substring.UnicodeScalarView) -> Bool {
        guard scalars.count > 2, let last = scalars.last, last == "’" || last == "'" else { return false }
        let opener: Unicode.Scalar = last == "’" ? "‘" : "'"
        return scalars.dropLast().last == "s" && !scalars.dropLast().contains(opener)
    }

    /// The marks split off a word's ends: `, ; : . ! ? " “ ” ‘ ’ ' ( ) [ ] — – …`, tested by comparison (a `Set` hashed
    /// every scalar it was asked about, twice a word). The em and en dash are marks even alone.
    @inline(__always) static func isDetachable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2C, 0x3B, 0x3A, 0x2E, 0x21, 0x3F, 0x22, 0x201C, 0x201D, 0x2018, 0x2019, 0x27, 0x28, 0x29, 0x5B, 0x5D,
             0x2014, 0x2013, 0x2026:
            return true
        default: return false
        }
    }
    private static let closing: WordSet = [",", ";", ":", ".", "!", "?", ")", "]", "”", "’", "…"]
    private static let opening: WordSet = ["(", "[", "“", "‘"]
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
