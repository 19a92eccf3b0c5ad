/// A fixed list of words, written as a set literal and asked `contains` like the `Set<String>` it replaces, but looked
/// up behind a ``WordGate`` with a byte hash (``GatedWordLookup``): the rules ask about nearly every word they read, most
/// are on no list and are turned away before hashing, and a `Set` seeded and finalized a SipHash for each.
///
/// The answers are the set's for any string asked about: the words are ASCII without `K`, `;` or `` ` `` (checked when
/// the list is built), and a string is canonically equal to such a word only when it has the same bytes. (The scalars
/// beyond ASCII that are canonically equal to ASCII ones are the Kelvin sign, U+037E and U+1FEF: `K`, `;` and `` ` ``.)
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    /// The words, as written.
    let words: Set<String>
    private let lookup: GatedWordLookup<Bool>

    /// A list of `words` (ASCII, without `K`, `;` or `` ` ``).
    init(_ words: Set<String>) {
        for word in words {
            precondition(word.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "K") && $0 != UInt8(ascii: ";")
                                                    && $0 != UInt8(ascii: "`") },
                         "a word set holds ASCII words without K, ; or `: \(word)")
        }
        self.words = words
        lookup = GatedWordLookup(Dictionary(uniqueKeysWithValues: words.map { ($0, true) }))
    }

    init(arrayLiteral elements: String...) {
        self.init(Set(elements))
    }

    /// Whether `word` is on the list.
    @inline(__always) func contains(_ word: String) -> Bool { lookup.value(of: word) != nil }

    /// A list of these words and `others`.
    func union<Others: Sequence<String>>(_ others: Others) -> WordSet { WordSet(words.union(others)) }

    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }

    var underestimatedCount: Int { words.count }
}
