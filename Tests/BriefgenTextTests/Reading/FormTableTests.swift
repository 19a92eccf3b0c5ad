import Testing
@testable import BriefgenText

/// The word-form tables: every spelling found with its own form (also under one shared hash), nothing found for a
/// spelling never stored, and the process-wide table answering from its lock-free snapshots and its recent forms alike.
struct FormTableTests {
    private static let spellings = ["attack", "attacks", "Kyiv’s", "U.N.", "2,641", "Zoë", "東京", "a", "attac"]

    private func form(_ n: Int) -> WordForm { WordForm(stemID: -1, globalStem: n, isVerbShaped: n % 2 == 0) }

    private func withSpelling<R>(_ string: String, _ body: (UnsafeBufferPointer<Unicode.Scalar>) -> R) -> R {
        Array(string.unicodeScalars).withUnsafeBufferPointer(body)
    }

    private func hash(_ string: String) -> UInt64 {
        string.unicodeScalars.reduce(WordForms.emptyHash) { WordForms.hash($0, adding: $1) }
    }

    @Test func findsEachSpellingUnderItsOwnOrASharedHash() {
        var byHash = FormTable()
        var oneHash = FormTable()
        for (n, spelling) in Self.spellings.enumerated() {
            withSpelling(spelling) { byHash.add($0, hash: hash(spelling), form(n)) }
            withSpelling(spelling) { oneHash.add($0, hash: 42, form(n)) }
        }
        var merged = FormTable()
        merged.add(contentsOf: byHash)
        for (n, spelling) in Self.spellings.enumerated() {
            #expect(withSpelling(spelling) { byHash.find($0, hash: hash(spelling)) }?.globalStem == n)
            #expect(withSpelling(spelling) { oneHash.find($0, hash: 42) }?.globalStem == n)
            #expect(withSpelling(spelling) { merged.find($0, hash: hash(spelling)) }?.globalStem == n)
        }
        #expect(merged.count == Self.spellings.count)
        #expect(withSpelling("attacked") { oneHash.find($0, hash: 42) } == nil)
        #expect(withSpelling("attac") { byHash.find($0, hash: hash("attack")) } == nil)
    }

    @Test func sharedFormsAreFoundBeforeAndAfterASnapshot() {
        let shared = SharedWordForms()
        let first = shared.snapshot
        for (n, spelling) in Self.spellings.enumerated() {
            withSpelling(spelling) { shared.insert($0, hash: hash(spelling), form(n)) }
            withSpelling(spelling) { shared.insert($0, hash: hash(spelling), form(99)) }  // kept once: the first stays
        }
        #expect(first.table.count == 0)
        // Enough lookups of recent forms make a snapshot of all of them.
        for _ in 0..<2 {
            for (n, spelling) in Self.spellings.enumerated() {
                #expect(withSpelling(spelling) { shared.lookup($0, hash: hash(spelling), seen: first) }?.globalStem == n)
            }
        }
        let second = shared.snapshot
        #expect(second !== first && second.table.count == Self.spellings.count)
        for (n, spelling) in Self.spellings.enumerated() {
            #expect(withSpelling(spelling) { second.table.find($0, hash: hash(spelling)) }?.globalStem == n)
            // A reader holding the old snapshot still finds the form, now in the newer one.
            #expect(withSpelling(spelling) { shared.lookup($0, hash: hash(spelling), seen: first) }?.globalStem == n)
            #expect(withSpelling(spelling) { shared.lookup($0, hash: hash(spelling), seen: second) } == nil)
        }
    }
}
