/// Word forms found by the FNV hash of their spelling (``WordForms/hash(_:adding:)``): open addressing on the hash,
/// a chain per hash, the spellings end to end in one array. A lookup allocates nothing and copies no string.
struct FormTable: Sendable {
    private var slots = HashSlots()
    /// For each form: the previous form with the same hash (-1: none), its hash and where its spelling is in `scalars`.
    private var sameHash: [Int] = []
    private var hashes: [UInt64] = []
    private var spellings: [Range<Int>] = []
    private var scalars: [Unicode.Scalar] = []
    private var forms: [WordForm] = []

    /// Number of forms.
    var count: Int { forms.count }

    /// The form spelled `spelling`, whose hash is `hash`, if stored.
    func find(_ spelling: UnsafeBufferPointer<Unicode.Scalar>, hash: UInt64) -> WordForm? {
        var candidate = slots[hash] ?? -1
        while candidate >= 0 {
            let known = spellings[candidate]
            if known.count == spelling.count,
               scalars.withUnsafeBufferPointer({ UnsafeBufferPointer(rebasing: $0[known]).sameScalars(spelling) }) {
                return forms[candidate]
            }
            candidate = sameHash[candidate]
        }
        return nil
    }

    /// Stores `form` for `spelling` (not stored yet).
    mutating func add(_ spelling: UnsafeBufferPointer<Unicode.Scalar>, hash: UInt64, _ form: WordForm) {
        sameHash.append(slots[hash] ?? -1)
        slots.set(hash, forms.count)
        hashes.append(hash)
        spellings.append(scalars.count..<(scalars.count + spelling.count))
        scalars.append(contentsOf: spelling)
        forms.append(form)
    }

    /// Stores every form of `other` (none of them stored yet).
    mutating func add(contentsOf other: FormTable) {
        other.scalars.withUnsafeBufferPointer { otherScalars in
            for index in other.forms.indices {
                add(UnsafeBufferPointer(rebasing: otherScalars[other.spellings[index]]), hash: other.hashes[index],
                    other.forms[index])
            }
        }
    }
}

extension UnsafeBufferPointer<Unicode.Scalar> {
    /// Whether two spellings are the same scalars (a plain loop: the generic `elementsEqual` was a seventh of finding
    /// a form).
    @inline(__always) func sameScalars(_ other: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard count == other.count else { return false }
        for index in 0..<count where self[index] != other[index] { return false }
        return true
    }
}
