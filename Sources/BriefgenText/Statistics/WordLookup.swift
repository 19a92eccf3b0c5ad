/// A fixed table from words to values (their ``WordClasses``, the timex rules a word can start), probed with an
/// FNV-1a hash of the word's UTF-8 bytes.
///
/// Every token of every sentence is looked up once; `Dictionary<String, _>` would seed and finalize a SipHash for each.
/// Words are compared byte for byte, as the lower-cased tokens and the listed words are both plain UTF-8. A class, so
/// that a lookup retains one object rather than each of its arrays.
final class WordLookup<Value: Sendable>: Sendable {
    /// All words' bytes, one after another; word `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    private let hashes: [UInt64]
    private let values: [Value]
    /// Open-addressing slots holding a word's index, or -1.
    private let slots: [Int32]
    private let mask: Int
    /// The length in bytes of the longest word: longer words need no probe.
    private let longest: Int

    /// A table of `entries`.
    init(_ entries: [String: Value]) {
        let sorted = entries.sorted { $0.key < $1.key }
        let keys = sorted.map { Array($0.key.utf8) }
        bytes = keys.flatMap { $0 }
        starts = keys.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        values = sorted.map(\.value)
        hashes = keys.map { key in key.withUnsafeBufferPointer(Self.hash) }
        var size = 16
        while size < keys.count * 4 { size *= 2 }
        mask = size - 1
        var slots = [Int32](repeating: -1, count: size)
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
        self.slots = slots
        longest = keys.map(\.count).max() ?? 0
    }

    /// The value of `word`, nil when it is not in the table.
    func value(of word: String) -> Value? {
        var word = word
        return word.withUTF8 { value(of: $0) }
    }

    /// The value of the word spelled by `word` (UTF-8), nil when it is not in the table.
    func value(of word: UnsafeBufferPointer<UInt8>) -> Value? {
        guard word.count <= longest else { return nil }
        let hash = Self.hash(word)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if hashes[index] == hash, matches(index, word) { return values[index] }
            slot = (slot + 1) & mask
        }
    }

    private func matches(_ index: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[index]
        guard starts[index + 1] - start == word.count else { return false }
        for offset in 0..<word.count where bytes[start + offset] != word[offset] { return false }
        return true
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}

extension WordLookup where Value == WordClasses {
    /// The classes of `word`, empty when it is in no list.
    func classes(of word: String) -> WordClasses { value(of: word) ?? [] }

    /// The classes of the word spelled by `word` (UTF-8), empty when it is in no list.
    func classes(of word: UnsafeBufferPointer<UInt8>) -> WordClasses { value(of: word) ?? [] }
}
