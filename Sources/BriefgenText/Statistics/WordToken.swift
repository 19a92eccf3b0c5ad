/// One token of a sentence as the statistic reader sees it: a word, a number or a single symbol.
public struct WordToken: Sendable, Hashable {
    /// What the token is made of.
    public enum Kind: Sendable, Hashable {
        /// Letters (with inner apostrophes, hyphen-free), initialisms such as `U.N.`, or letters mixed with digits (`MH17`).
        case word
        /// Digits with thousands separators and a decimal part (`2,641`, `3.5`).
        case number
        /// Any other single non-space scalar (`%`, `$`, `-`, `,`).
        case symbol
    }

    /// What the token is made of.
    public var kind: Kind
    /// Scalar offsets into the text (end exclusive).
    public var start: Int
    public var end: Int
    /// The token as written.
    public var text: String
    /// Lower-cased text, with curly apostrophes made straight.
    public var lower: String
    /// Whether white space separates this token from the previous one.
    public var spaceBefore: Bool
    /// Whether the token is a word starting with an upper-case letter (decided once, when the token is made).
    let capitalized: Bool
    /// The word lists `lower` belongs to (looked up once, when the token is made).
    let classes: WordClasses

    /// Whether the token is a word starting with an upper-case letter.
    public var isCapitalized: Bool { capitalized }

    /// Whether the token's lower-cased form is in the word list `wordClass` stands for.
    func `is`(_ wordClass: WordClasses) -> Bool { classes.contains(wordClass) }
}
