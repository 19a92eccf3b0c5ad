/// A quick test of whether a word can be one of a fixed list of words, from its length and its first two bytes, before
/// the word is hashed and looked up (most words of a text are on none of the timex rules' lists).
///
/// For each pair of first bytes (the low five bits of each: 32 × 32 classes) it keeps the lengths of the listed words
/// that start so; a word whose class has no listed word of its length is not listed. A listed word always passes, so a
/// lookup behind the gate finds what it found without one.
struct WordGate: Sendable {
    /// Bit `n` of entry `class` is set when a listed word of `n` bytes falls into `class`.
    private let lengths: [UInt32]
    /// A listed word of 32 bytes or more: every word passes (the table keeps lengths up to 31).
    private let passesAll: Bool

    /// A gate for `words`.
    init<Words: Sequence<String>>(_ words: Words) {
        var lengths = [UInt32](repeating: 0, count: 32 * 32)
        var passesAll = false
        for word in words {
            let bytes = Array(word.utf8)
            guard !bytes.isEmpty else { continue }
            guard bytes.count < 32 else {
                passesAll = true
                continue
            }
            lengths[Self.pairClass(bytes[0], bytes.count > 1 ? bytes[1] : 0)] |= 1 << UInt32(bytes.count)
        }
        self.lengths = lengths
        self.passesAll = passesAll
    }

    @inline(__always) private static func pairClass(_ first: UInt8, _ second: UInt8) -> Int {
        Int(first & 0x1F) << 5 | Int(second & 0x1F)
    }

    /// Whether the word spelled by `bytes` (UTF-8) may be listed: false only for a word that is not.
    @inline(__always) func mayContain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if passesAll { return true }
        let count = bytes.count
        guard count > 0, count < 32 else { return false }
        let entry = lengths[Self.pairClass(bytes[0], count > 1 ? bytes[1] : 0)]
        return entry & (1 << UInt32(count)) != 0
    }
}

/// A ``WordLookup`` behind a ``WordGate`` of its words: the same answers, most words turned away before hashing.
struct GatedWordLookup<Value: Sendable>: Sendable {
    private let gate: WordGate
    private let table: WordLookup<Value>

    /// A table of `entries`.
    init(_ entries: [String: Value]) {
        gate = WordGate(entries.keys)
        table = WordLookup(entries)
    }

    /// The value of `word`, nil when it is not in the table.
    ///
    /// The bytes are read in place where the string has them contiguous (a native or small string: every string here);
    /// a copy of the string to call the mutating `withUTF8` on retained and released it at every word looked up.
    @inline(__always) func value(of word: String) -> Value? {
        if let found = word.utf8.withContiguousStorageIfAvailable({ value(of: $0) }) { return found }
        var word = word
        return word.withUTF8 { value(of: $0) }
    }

    /// The value of the word spelled by `bytes` (UTF-8), nil when it is not in the table.
    @inline(__always) func value(of bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        gate.mayContain(bytes) ? table.value(of: bytes) : nil
    }
}

/// A word list with values, written as a dictionary literal and read like a dictionary (`table[word]`, `keys`), but
/// looked up behind a ``WordGate`` with a byte hash (``GatedWordLookup``): the rules look up nearly every word they
/// read, and a `Dictionary` seeded and finalized a SipHash for each. The answers are the dictionary's.
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    /// The words and values, as written.
    let dictionary: [String: Value]
    private let lookup: GatedWordLookup<Value>

    /// A table of `dictionary`.
    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        lookup = GatedWordLookup(dictionary)
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// The value of `word`, nil when it is not listed.
    @inline(__always) subscript(_ word: String) -> Value? { lookup.value(of: word) }

    /// The listed words.
    var keys: Dictionary<String, Value>.Keys { dictionary.keys }
}
