/// A fixed table from words to values (their ``WordClasses``, the timex rules a word can start), probed with an
/// FNV-1a hash of the word's UTF-8 bytes.
///
/// Every token of every sentence is looked up once; `Dictionary<String, _>` would seed and finalize a SipHash for each.
/// Words are compared byte for byte, as the lower-cased tokens and the listed words are both plain UTF-8. A class, so
/// that a lookup retains one object rather than each of its arrays.
final class WordLookup<Value: Sendable>: @unchecked Sendable {
    // `@unchecked`: the storage below is written in `init` only, then read; it is freed in `deinit`.

    /// One open-addressing slot: a word's hash, where its bytes start in ``bytes``, their count (-1 for an empty slot)
    /// and the index of its value. A probe reads the slot alone until the hash and length match.
    private struct Slot {
        var hash: UInt64 = 0
        var start: Int32 = 0
        var length: Int32 = -1
        var index: Int32 = -1
    }

    /// All words' bytes, one after another (read through a pointer: no bounds check or reference count per byte).
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private let slots: UnsafeMutableBufferPointer<Slot>
    private let values: [Value]
    private let mask: Int
    /// The length in bytes of the longest word: longer words need no probe.
    private let longest: Int

    /// A table of `entries`.
    init(_ entries: [String: Value]) {
        let sorted = entries.sorted { $0.key < $1.key }
        let keys = sorted.map { Array($0.key.utf8) }
        let flat = keys.flatMap { $0 }
        bytes = .allocate(capacity: max(1, flat.count))
        _ = bytes.initialize(from: flat)
        values = sorted.map(\.value)
        var size = 16
        while size < keys.count * 4 { size *= 2 }
        mask = size - 1
        slots = .allocate(capacity: size)
        slots.initialize(repeating: Slot())
        var start = 0
        for (index, key) in keys.enumerated() {
            let hash = key.withUnsafeBufferPointer(Self.hash)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].length >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(hash: hash, start: Int32(start), length: Int32(key.count), index: Int32(index))
            start += key.count
        }
        longest = keys.map(\.count).max() ?? 0
    }

    deinit {
        bytes.deallocate()
        slots.deallocate()
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
            let entry = slots[slot]
            if entry.length < 0 { return nil }
            if entry.hash == hash, Int(entry.length) == word.count, matches(entry, word) { return values[Int(entry.index)] }
            slot = (slot + 1) & mask
        }
    }

    /// The value of the lower-cased form of the ASCII word `scalars` (every scalar below 128), whose lower-cased bytes
    /// hash to `hash` (``WordHash``, computed by the caller as it reads the word): the answer of ``value(of:)-(UnsafeBufferPointer<UInt8>)``
    /// for those bytes, without writing them anywhere first.
    @inline(__always) // once a token, in the tokenizer's loop
    func value(lowercasingASCII scalars: UnsafeBufferPointer<Unicode.Scalar>, hash: UInt64) -> Value? {
        guard scalars.count <= longest else { return nil }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry.length < 0 { return nil }
            if entry.hash == hash, Int(entry.length) == scalars.count, matches(entry, lowercasing: scalars) {
                return values[Int(entry.index)]
            }
            slot = (slot + 1) & mask
        }
    }

    private func matches(_ entry: Slot, lowercasing scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        let start = Int(entry.start)
        for offset in 0..<scalars.count where bytes[start + offset] != WordHash.lowercasedASCII(scalars[offset].value) {
            return false
        }
        return true
    }

    private func matches(_ entry: Slot, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(entry.start)
        for offset in 0..<word.count where bytes[start + offset] != word[offset] { return false }
        return true
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = WordHash.start
        for byte in bytes { hash = WordHash.adding(byte, to: hash) }
        return hash
    }
}

/// The FNV-1a hash ``WordLookup`` probes with, one byte at a time, so that a reader can hash a word as it scans it.
enum WordHash {
    /// The hash of no bytes.
    static let start: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash of the bytes hashed to `hash`, then `byte`.
    @inline(__always) static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// The ASCII scalar value `value` (below 128) as a lower-cased byte.
    @inline(__always) static func lowercasedASCII(_ value: UInt32) -> UInt8 {
        UInt8(truncatingIfNeeded: value >= 65 && value <= 90 ? value + 32 : value)
    }
}
