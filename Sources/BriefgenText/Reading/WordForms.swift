import Foundation

/// The analysis of one word form: lower case, stem and stem number.
struct WordForm: Sendable {
    var lower: String
    var stem: String
    var stemID: Int
    /// Phrase-word tests of ``NounPhraseCollector`` that depend only on the form (false for stop words).
    var isVerbShaped = false
    var isFiller = false
}

/// Interns word forms by an FNV-1a hash of their scalars (checked against the stored scalars), so each distinct form
/// is lower-cased, checked against the stop words and stemmed only once.
struct WordForms {
    /// The latest form with a given hash, and for each form the previous one with the same hash (-1: none).
    private var slots: [UInt64: Int] = [:]
    private var sameHash: [Int] = []
    private var spellings: [[Unicode.Scalar]] = []
    private var analyses: [WordForm] = []
    private var stemIDs: [String: Int] = [:]

    /// Number of distinct stems.
    var stemCount: Int { stemIDs.count }

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
        slots[hash] = analyses.count
        spellings.append(Array(scalars[start..<end]))
        analyses.append(analysis)
        return analysis
    }

    /// The analysis of a form new to this article: from the table shared by all articles of the process when another
    /// article analysed the form already (with this article's own stem number), else analysed here and shared.
    private mutating func shared(_ spelling: ArraySlice<Unicode.Scalar>, hash: UInt64) -> WordForm {
        if var known = SharedWordForms.table.lookup(spelling, hash: hash) {
            known.stemID = known.stemID < 0 ? -1 : stemID(known.stem)
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
        WordForm(lower: lower, stem: stem, stemID: stemID(stem), isVerbShaped: NounPhraseCollector.isVerbShaped(lower),
                 isFiller: HeadlineCompressor.fillerAdjectives.contains(lower))
    }

    /// The number of `stem`, a new one for a stem not seen before.
    private mutating func stemID(_ stem: String) -> Int {
        if let known = stemIDs[stem] { return known }
        let id = stemIDs.count
        stemIDs[stem] = id
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
