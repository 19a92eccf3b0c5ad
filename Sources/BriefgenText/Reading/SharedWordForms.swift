import Foundation

/// Word-form analyses shared by every article of a build: each article numbers its own stems, but whether a form is a
/// stop word, its stem and its phrase-word tests are the same in every article, and working them out again per
/// article was a tenth of the analysis. Bounded (forms past the limit are analysed per article again).
///
/// Most lookups need no lock: the forms are kept in a ``FrozenWordForms`` snapshot that is never changed, which a
/// reader takes once and searches freely; only forms added since the snapshot are searched under the lock. A new
/// snapshot (a copy of every form) is made once the locked lookups that found a recent form outnumber the forms to
/// copy, so copying costs no more than the locked lookups it saves.
final class SharedWordForms: @unchecked Sendable {
    static let table = SharedWordForms()

    private static let limit = 400_000

    private let lock = NSLock()
    /// The latest snapshot.
    private var frozen = FrozenWordForms(FormTable())
    /// Forms added since the latest snapshot.
    private var recent = FormTable()
    /// Lookups that found a form in `recent` since the latest snapshot.
    private var recentHits = 0

    /// The latest snapshot, to be searched without the lock.
    var snapshot: FrozenWordForms { lock.withLock { frozen } }

    /// The form spelled `spelling` if stored and not in `seen` (a snapshot the caller searched already).
    func lookup(_ spelling: UnsafeBufferPointer<Unicode.Scalar>, hash: UInt64, seen: FrozenWordForms) -> WordForm? {
        lock.withLock {
            if frozen !== seen, let form = frozen.table.find(spelling, hash: hash) { return form }
            guard let form = recent.find(spelling, hash: hash) else { return nil }
            recentHits += 1
            if recentHits >= frozen.table.count + recent.count { freeze() }
            return form
        }
    }

    /// Shares the analysis of a form (kept once, while the table is below its limit).
    func insert(_ spelling: UnsafeBufferPointer<Unicode.Scalar>, hash: UInt64, _ form: WordForm) {
        lock.withLock {
            guard frozen.table.count + recent.count < SharedWordForms.limit,
                  frozen.table.find(spelling, hash: hash) == nil, recent.find(spelling, hash: hash) == nil else { return }
            recent.add(spelling, hash: hash, form)
        }
    }

    /// Makes a snapshot of every form (under the lock).
    private func freeze() {
        var all = frozen.table
        all.add(contentsOf: recent)
        frozen = FrozenWordForms(all)
        recent = FormTable()
        recentHits = 0
    }
}

/// A snapshot of the shared word forms, never changed: searched by many articles at once without a lock.
final class FrozenWordForms: Sendable {
    let table: FormTable

    init(_ table: FormTable) {
        self.table = table
    }
}
