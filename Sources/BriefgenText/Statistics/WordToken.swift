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
    /// For a symbol that is ASCII or one of ``comparedMarks``, its scalar value; else 0 (see ``isMark(_:)``).
    let mark: UInt32

    /// Whether the token is a word starting with an upper-case letter.
    public var isCapitalized: Bool { capitalized }

    /// Typographic marks beyond ASCII that symbols are compared with by scalar value: quotes, guillemets, dashes, the
    /// minus and plus-minus signs, the ellipsis. None has a canonical decomposition, and none is one of another scalar.
    static let comparedMarks: Set<UInt32> = [0x2018, 0x2019, 0x201C, 0x201D, 0x00AB, 0x00BB, 0x2013, 0x2014, 0x2212, 0x2026, 0x00B1]

    /// The ``mark`` of a token of kind `kind` starting with `scalar`.
    static func mark(_ kind: Kind, _ scalar: Unicode.Scalar) -> UInt32 {
        guard kind == .symbol else { return 0 }
        return scalar.value < 128 || comparedMarks.contains(scalar.value) ? scalar.value : 0
    }

    /// Whether the token is the mark `m`, as `text == String(m)` answers, for a mark that is ASCII (not a letter or
    /// digit) or one of ``comparedMarks``: only a symbol token can be a mark (words start with a letter, numbers with a
    /// digit), a symbol is one scalar, and two scalars without canonical decompositions are equal only when they are
    /// the same. A symbol beyond those marks (`;` written as the Greek question mark U+037E, which Swift's `==` finds
    /// equal to `;`) is compared as text.
    @inline(__always) func isMark(_ m: Unicode.Scalar) -> Bool {
        guard kind == .symbol else { return false }
        return mark != 0 ? mark == m.value : text == String(m)
    }

    /// Whether the token is one of two marks (see ``isMark(_:)``).
    @inline(__always) func isMark(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool { isMark(a) || isMark(b) }
    /// Whether the token is one of three marks (see ``isMark(_:)``).
    @inline(__always) func isMark(_ a: Unicode.Scalar, _ b: Unicode.Scalar, _ c: Unicode.Scalar) -> Bool {
        isMark(a) || isMark(b) || isMark(c)
    }
    /// Whether the token is one of four marks (see ``isMark(_:)``).
    @inline(__always) func isMark(_ a: Unicode.Scalar, _ b: Unicode.Scalar, _ c: Unicode.Scalar, _ d: Unicode.Scalar) -> Bool {
        isMark(a) || isMark(b) || isMark(c) || isMark(d)
    }
    /// Whether the token is one of five marks (see ``isMark(_:)``).
    @inline(__always) func isMark(_ a: Unicode.Scalar, _ b: Unicode.Scalar, _ c: Unicode.Scalar, _ d: Unicode.Scalar,
                                  _ e: Unicode.Scalar) -> Bool {
        isMark(a) || isMark(b) || isMark(c) || isMark(d) || isMark(e)
    }

    /// Whether the token's lower-cased form is in the word list `wordClass` stands for.
    func `is`(_ wordClass: WordClasses) -> Bool { classes.contains(wordClass) }
}
