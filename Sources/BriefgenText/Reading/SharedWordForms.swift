import Foundation

/// Word-form analyses shared by every article of a build: each article numbers its own stems, but whether a form is a
/// stop word, its stem and its phrase-word tests are the same in every article, and working them out again per
/// article was a tenth of the analysis. Bounded (forms past the limit are analysed per article again), and sharded so
/// that the analysis tasks on different cores rarely wait for one another.
final class SharedWordForms: @unchecked Sendable {
    static let table = SharedWordForms()

    private static let shardCount = 16
    private static let limit = 400_000

    /// One shard's forms, found by hash like ``WordForms`` (open addressing on the hash, a chain per hash), their
    /// spellings end to end in one array: a lookup under the lock allocates nothing and copies no string.
    private final class Shard {
        let lock = NSLock()
        var slots = HashSlots()
        var sameHash: [Int] = []
        var spellings: [Range<Int>] = []
        var scalars: [Unicode.Scalar] = []
        var forms: [WordForm] = []

        /// The form spelled `spelling`, if stored (call under the lock).
        func find(_ spelling: UnsafeBufferPointer<Unicode.Scalar>, hash: UInt64) -> WordForm? {
            var candidate = slots[hash] ?? -1
            while candidate >= 0 {
                let known = spellings[candidate]
                if known.count == spelling.count,
                   scalars.withUnsafeBufferPointer({ UnsafeBufferPointer(rebasing: $0[known]).elementsEqual(spelling) }) {
                    return forms[candidate]
                }
                candidate = sameHash[candidate]
            }
            return nil
        }
    }

    private let shards = (0..<SharedWordForms.shardCount).map { _ in Shard() }

    private func shard(_ hash: UInt64) -> Shard { shards[Int(hash % UInt64(SharedWordForms.shardCount))] }

    func lookup(_ spelling: UnsafeBufferPointer<Unicode.Scalar>, hash: UInt64) -> WordForm? {
        let shard = shard(hash)
        return shard.lock.withLock { shard.find(spelling, hash: hash) }
    }

    func insert(_ spelling: UnsafeBufferPointer<Unicode.Scalar>, hash: UInt64, _ form: WordForm) {
        let shard = shard(hash)
        shard.lock.withLock {
            guard shard.forms.count < SharedWordForms.limit / SharedWordForms.shardCount,
                  shard.find(spelling, hash: hash) == nil else { return }
            shard.sameHash.append(shard.slots[hash] ?? -1)
            shard.slots.set(hash, shard.forms.count)
            shard.spellings.append(shard.scalars.count..<(shard.scalars.count + spelling.count))
            shard.scalars.append(contentsOf: spelling)
            shard.forms.append(form)
        }
    }
}
