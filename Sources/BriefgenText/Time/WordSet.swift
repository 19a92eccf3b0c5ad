/// A fixed list of words, written as a set literal and asked `contains` like the `Set<String>` it replaces, but looked
/// up behind a ``WordGate`` with a byte hash (``GatedWordLookup``): the readers ask about nearly every word they read,
/// most are on no list and are turned away before hashing, and a `Set` seeded and finalized a SipHash for each.
///
/// The answers are the set's for any string asked about. A string with the bytes of a listed word equals it. Two ASCII
/// strings are equal only when their bytes are. A string beyond ASCII can equal a listed word only when the list has a
/// word beyond ASCII, or one with `K`, `;` or `` ` `` (the Kelvin sign, U+037E and U+1FEF are canonically equal to
/// those, and no other scalar beyond ASCII to any ASCII one): for such a list, a string beyond ASCII that the bytes do
/// not find is asked of the set. (A listed word may not hold those three scalars themselves: checked when built.)
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    /// The words, as written.
    let words: Set<String>
    private let lookup: GatedWordLookup<Bool>
    /// Whether a string beyond ASCII may equal a listed word without having its bytes.
    private let asksSetBeyondASCII: Bool

    /// A list of `words`.
    init(_ words: Set<String>) {
        var asksSetBeyondASCII = false
        for word in words {
            precondition(!word.unicodeScalars.contains { $0 == "\u{212A}" || $0 == "\u{37E}" || $0 == "\u{1FEF}" },
                         "a word set's words hold no Kelvin sign, U+037E or U+1FEF: \(word)")
            if word.utf8.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "K") || $0 == UInt8(ascii: ";")
                                              || $0 == UInt8(ascii: "`") }) {
                asksSetBeyondASCII = true
            }
        }
        self.words = words
        self.asksSetBeyondASCII = asksSetBeyondASCII
        lookup = GatedWordLookup(Dictionary(uniqueKeysWithValues: words.map { ($0, true) }))
    }

    init(arrayLiteral elements: String...) {
        self.init(Set(elements))
    }

    /// Whether `word` is on the list.
    @inline(__always) func contains(_ word: String) -> Bool {
        if lookup.value(of: word) != nil { return true }
        guard asksSetBeyondASCII else { return false }
        return word.utf8.contains { $0 >= 0x80 } && words.contains(word)
    }

    /// A list of these words and `others`.
    func union<Others: Sequence<String>>(_ others: Others) -> WordSet { WordSet(words.union(others)) }

    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }

    var underestimatedCount: Int { words.count }
}
