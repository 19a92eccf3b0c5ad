/// A word, number or punctuation mark of a sentence, with scalar offsets into the article text.
struct TimexToken: Sendable, Hashable {
    /// What the token is made of.
    enum Kind: Sendable, Hashable { case word, number, punctuation }

    var kind: Kind
    /// Scalar offsets into the article text (end exclusive).
    var start: Int
    var end: Int
    /// The token as written.
    var text: String
    /// Lowercased, with a possessive `'s` removed (`friday's` → `friday`).
    var base: String
    /// For numbers: the value of a plain digit run (no thousands separator, no decimals).
    var integer: Int?
    /// For numbers: a letter suffix written onto the digits (`th` in `24th`, `s` in `1990s`), lower-cased; empty for
    /// none and for words and marks. Kept as its number in ``suffixes`` (a token is copied often, and each string it
    /// holds is retained and released with it).
    var suffix: String {
        switch suffixCode {
        case 1: "s"
        case 2: "st"
        case 3: "nd"
        case 4: "rd"
        case 5: "th"
        default: ""
        }
    }
    private let suffixCode: UInt8
    /// Whether the first letter is uppercase.
    var isCapitalized: Bool

    /// The suffixes a number can have (the tokenizer keeps no other), in the order of their numbers.
    static let suffixes = ["", "s", "st", "nd", "rd", "th"]

    /// A token; `suffix` is one of ``suffixes``.
    init(kind: Kind, start: Int, end: Int, text: String, base: String, integer: Int?, suffix: String, isCapitalized: Bool) {
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.base = base
        self.integer = integer
        if suffix.isEmpty {
            suffixCode = 0
        } else {
            guard let code = Self.suffixes.firstIndex(of: suffix) else { preconditionFailure("number suffix \(suffix)") }
            suffixCode = UInt8(code)
        }
        self.isCapitalized = isCapitalized
    }

    /// Whether this is a word whose base is one of `words`.
    func isWord(_ words: Set<String>) -> Bool { kind == .word && words.contains(base) }

    /// Whether this is a word whose base is one of `words`.
    @_disfavoredOverload func isWord(_ words: WordSet) -> Bool { kind == .word && words.contains(base) }

    /// Whether this is a word whose base is `word`.
    func isWord(_ word: String) -> Bool { kind == .word && base == word }

    /// Whether this is the punctuation mark `mark`.
    func isMark(_ mark: String) -> Bool { kind == .punctuation && text == mark }

    /// Whether this is a hyphen or an en dash.
    var isDash: Bool { isMark(scalar: "-") || isMark(scalar: "–") || isMark(scalar: "‑") }

    /// Whether this is an apostrophe, straight or curly (`'`, `’`).
    var isApostrophe: Bool { isMark(scalar: "'") || isMark(scalar: "’") }

    /// Whether this is the punctuation mark `scalar`, compared as a scalar: what `isMark(String(scalar))` answers for a
    /// mark that no other scalar is canonically equivalent to (so not `;`, which U+037E equals), such as the
    /// apostrophes and dashes above. A mark token is one scalar, and comparing strings with marks beyond ASCII went
    /// through normalization at every mark.
    @inline(__always) func isMark(scalar: Unicode.Scalar) -> Bool {
        guard kind == .punctuation else { return false }
        var scalars = text.unicodeScalars.makeIterator()
        return scalars.next() == scalar && scalars.next() == nil
    }
}
