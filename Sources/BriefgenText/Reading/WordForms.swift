import Foundation

/// The analysis of one word form: lower case, stem and stem number.
struct WordForm: Sendable {
    var lower: String
    var stem: String
    var stemID: Int
    /// The stem's number in the whole process (``StemNumbers``), -1 for a stop word: an article numbers its own stems
    /// from it (an integer lookup instead of hashing the stem's string).
    var globalStem = -1
    /// Phrase-word tests of ``NounPhraseCollector`` that depend only on the form (false for stop words).
    var isVerbShaped = false
    var isFiller = false
}

/// Interns word forms by an FNV-1a hash of their scalars (checked against the stored scalars), so each distinct form
/// is lower-cased, checked against the stop words and stemmed only once.
struct WordForms {
    /// The latest form with a given hash (open addressing on the FNV hash itself: hashing it again for a `Dictionary`
    /// was a third of finding a form), and for each form the previous one with the same hash (-1: none).
    private var slots = HashSlots()
    private var sameHash: [Int] = []
    private var spellings: [[Unicode.Scalar]] = []
    private var analyses: [WordForm] = []
    /// This article's number for each process-wide stem number seen (numbered in order of first occurrence).
    private var localStems = HashSlots()
    private var localStemCount = 0

    /// Number of distinct stems.
    var stemCount: Int { localStemCount }

    /// The analysis of the word at `start..<end` of `scalars`.
    mutating func form(of scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> WordForm {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in start..<end {
            hash = (hash ^ UInt64(scalars[index].value)) &* 0x100_0000_01b3
        }
        let latest = slots[hash]
        var candidate = latest ?? -1
        while candidate >= 0 {
            if spellings[candidate].elementsEqual(scalars[start..<end]) { return analyses[candidate] }
            candidate = sameHash[candidate]
        }
        let analysis = shared(scalars[start..<end], hash: hash)
        sameHash.append(latest ?? -1)
        slots.set(hash, analyses.count)
        spellings.append(Array(scalars[start..<end]))
        analyses.append(analysis)
        return analysis
    }

    /// The analysis of a form new to this article: from the table shared by all articles of the process when another
    /// article analysed the form already (with this article's own stem number), else analysed here and shared.
    private mutating func shared(_ spelling: ArraySlice<Unicode.Scalar>, hash: UInt64) -> WordForm {
        if var known = SharedWordForms.table.lookup(spelling, hash: hash) {
            known.stemID = known.globalStem < 0 ? -1 : stemID(global: known.globalStem)
            return known
        }
        let analysis = analyze(spelling)
        SharedWordForms.table.insert(spelling, hash: hash, analysis)
        return analysis
    }

    private mutating func analyze(_ spelling: ArraySlice<Unicode.Scalar>) -> WordForm {
        if let lower = ASCII.lowercasedBytes(spelling) { return analyze(ascii: lower) }
        let lower = ScalarText.string(spelling).lowercased()
        let isStop = StopWords.contains(lower) || lower.unicodeScalars.count < 3 || isNumeric(lower)
        guard !isStop else { return WordForm(lower: lower, stem: "", stemID: -1) }
        let stem = Stemmer.stem(withoutPossessive(lower))
        return contentForm(lower: lower, stem: stem)
    }

    /// The same analysis for an ASCII word, given in lower case: no Unicode lookups, one `String` per result.
    private mutating func analyze(ascii lower: [UInt8]) -> WordForm {
        let lowerString = ASCII.string(lower)
        let isNumeric = lower.allSatisfy {
            ASCII.isDigit($0) || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
        }
        guard lower.count >= 3, !isNumeric, !StopWords.contains(lowerString) else {
            return WordForm(lower: lowerString, stem: "", stemID: -1)
        }
        var word = lower
        if word.count > 2, word[word.count - 1] == UInt8(ascii: "s"), word[word.count - 2] == UInt8(ascii: "'") {
            word.removeLast(2)
        }
        let stem = ASCII.string(Stemmer.stem(ascii: word))
        return contentForm(lower: lowerString, stem: stem)
    }

    /// The analysis of a content (non-stop) word.
    private mutating func contentForm(lower: String, stem: String) -> WordForm {
        let global = StemNumbers.shared.number(stem)
        return WordForm(lower: lower, stem: stem, stemID: stemID(global: global), globalStem: global,
                        isVerbShaped: NounPhraseCollector.isVerbShaped(lower),
                        isFiller: HeadlineCompressor.fillerAdjectives.contains(lower))
    }

    /// The number of `stem`, a new one for a stem not seen before.
    private mutating func stemID(global: Int) -> Int {
        if let known = localStems[UInt64(global)] { return known }
        let id = localStemCount
        localStems.set(UInt64(global), id)
        localStemCount += 1
        return id
    }

    private func withoutPossessive(_ word: String) -> String {
        var scalars = Array(word.unicodeScalars)
        if scalars.count > 2, scalars.last == "s", scalars[scalars.count - 2] == "’" || scalars[scalars.count - 2] == "'" {
            scalars.removeLast(2)
        }
        return ScalarText.string(scalars[...])
    }

    private func isNumeric(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { $0.properties.numericType != nil || $0 == "," || $0 == "." || $0 == "-" }
    }
}

/// Process-wide numbers of stems, each given the first time any article meets the stem (under a lock: once per
/// distinct word form of the build, not once per word).
final class StemNumbers: @unchecked Sendable {
    static let shared = StemNumbers()
    private let lock = NSLock()
    private var numbers: [String: Int] = [:]

    func number(_ stem: String) -> Int {
        lock.withLock {
            if let known = numbers[stem] { return known }
            let number = numbers.count
            numbers[stem] = number
            return number
        }
    }
}

/// A map from 64-bit hashes (already well mixed) to non-negative integers: open addressing with linear probing.
struct HashSlots {
    private var keys: [UInt64] = Array(repeating: 0, count: 1024)
    private var values: [Int] = Array(repeating: -1, count: 1024)
    private var count = 0

    subscript(key: UInt64) -> Int? {
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while values[i] >= 0 {
            if keys[i] == key { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Sets the value of `key` (`value` must not be negative).
    mutating func set(_ key: UInt64, _ value: Int) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while values[i] >= 0 {
            if keys[i] == key {
                values[i] = value
                return
            }
            i = (i + 1) & mask
        }
        keys[i] = key
        values[i] = value
        count += 1
    }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.1 >= 0 }
        keys = Array(repeating: 0, count: keys.count * 2)
        values = Array(repeating: -1, count: values.count * 2)
        count = 0
        for (key, value) in old { set(key, value) }
    }
}

/// Word-form analyses shared by every article of a build: each article numbers its own stems, but whether a form is a
/// stop word, its lower case and stem and its phrase-word tests are the same in every article, and working them out
/// again per article was a tenth of the analysis. Bounded (forms past the limit are analysed per article again), and
/// sharded so that the analysis tasks on different cores rarely wait for one another.
final class SharedWordForms: @unchecked Sendable {
    static let table = SharedWordForms()

    private static let shardCount = 16
    private static let limit = 400_000

    private struct Entry {
        var spelling: [Unicode.Scalar]
        var form: WordForm
    }

    private final class Shard {
        let lock = NSLock()
        var entries: [UInt64: [Entry]] = [:]
        var count = 0
    }

    private let shards = (0..<SharedWordForms.shardCount).map { _ in Shard() }

    func lookup(_ spelling: ArraySlice<Unicode.Scalar>, hash: UInt64) -> WordForm? {
        let shard = shards[Int(hash % UInt64(SharedWordForms.shardCount))]
        return shard.lock.withLock { shard.entries[hash]?.first { $0.spelling.elementsEqual(spelling) }?.form }
    }

    func insert(_ spelling: ArraySlice<Unicode.Scalar>, hash: UInt64, _ form: WordForm) {
        let shard = shards[Int(hash % UInt64(SharedWordForms.shardCount))]
        shard.lock.withLock {
            guard shard.count < SharedWordForms.limit / SharedWordForms.shardCount,
                  shard.entries[hash]?.contains(where: { $0.spelling.elementsEqual(spelling) }) != true else { return }
            shard.entries[hash, default: []].append(Entry(spelling: Array(spelling), form: form))
            shard.count += 1
        }
    }
}
