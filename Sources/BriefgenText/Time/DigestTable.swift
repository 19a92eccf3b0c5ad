/// A fixed set of 64-bit digests that are well mixed already (``EventMerger/termDigest(_:)``), probed by their own low
/// bits with linear probing: what `Set<UInt64>.contains` answers, without seeding and finalizing a SipHash per probe.
struct DigestTable: Sendable {
    /// Open-addressing slots; 0 marks an empty slot (a digest of 0 is kept in `holdsZero`).
    private let slots: [UInt64]
    private let mask: Int
    private let holdsZero: Bool

    /// A table of `digests`.
    init<Digests: Sequence<UInt64>>(_ digests: Digests) {
        let distinct = Set(digests)
        var size = 16
        while size < distinct.count * 4 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        var holdsZero = false
        for digest in distinct {
            guard digest != 0 else {
                holdsZero = true
                continue
            }
            var slot = Int(truncatingIfNeeded: digest) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = digest
        }
        self.slots = slots
        self.mask = size - 1
        self.holdsZero = holdsZero
    }

    /// Whether `digest` is in the table.
    func contains(_ digest: UInt64) -> Bool {
        guard digest != 0 else { return holdsZero }
        var slot = Int(truncatingIfNeeded: digest) & mask
        while true {
            let held = slots[slot]
            if held == digest { return true }
            if held == 0 { return false }
            slot = (slot + 1) & mask
        }
    }
}
