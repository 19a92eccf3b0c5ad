import Foundation

/// What one word form tells its readers: its stem's number and the phrase-word tests of ``NounPhraseCollector``.
/// (No strings: a form is copied out of the caches for every word read.)
struct WordForm: Sendable {
    /// The stem's number in this article, -1 for a stop word.
    var stemID: Int
    /// The stem's number in the whole process (``StemNumbers``), -1 for a stop word: an article numbers its own stems
    /// from it (an integer lookup instead of hashing the stem's string).
    var globalStem = -1
    /// Phrase-word tests of ``NounPhraseCollector`` that depend only on the form (false for stop words).
    var isVerbShaped = false
    var isFiller = false
}

/// Interns the word forms of one article by an FNV-1a hash of their scalars, checked against the form's first
/// occurrence in the article's text (no copy of its spelling), so each distinct form is looked up or analysed once.
struct WordForms {
    /// The hash of no scalars, which ``hash(_:adding:)`` extends one scalar at a time.
    static let emptyHash: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The FNV-1a hash of a spelling extended by `scalar` (the reader hashes a word while it finds its end).
    @inline(__always) static func hash(_ hash: UInt64, adding scalar: Unicode.Scalar) -> UInt64 {
        (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3
    }

    /// The latest form with a given hash (open addressing on the FNV hash itself: hashing it again for a `Dictionary`
    /// was a third of finding a form), and for each form the previous one with the same hash (-1: none).
    private var slots = HashSlots()
    private var sameHash: [Int] = []
    /// Where each form first occurs in the text.
    private var spellings: [Range<Int>] = []
    private var analyses: [WordForm] = []
    /// This article's number for each process-wide stem number seen (numbered in order of first occurrence).
    private var localStems = HashSlots()
    private var localStemCount = 0
    /// The shared forms as they were when the article started, searched without a lock (``SharedWordForms``).
    private let sharedSnapshot = SharedWordForms.table.snapshot

    /// Number of distinct stems.
    var stemCount: Int { localStemCount }

    /// The analysis of the word at `start..<end` of `text` (always the same text), whose ``hash(_:adding:)`` is `hash`.
    mutating func form(
        _ start: Int, _ end: Int, in text: UnsafeBufferPointer<Unicode.Scalar>, hash: UInt64
    ) -> WordForm {
        let spelling = UnsafeBufferPointer(rebasing: text[start..<end])
        let latest = slots[hash]
        var candidate = latest ?? -1
        while candidate >= 0 {
            let known = spellings[candidate]
            if known.count == spelling.count, UnsafeBufferPointer(rebasing: text[known]).sameScalars(spelling) {
                return analyses[candidate]
            }
            candidate = sameHash[candidate]
        }
        let analysis = shared(spelling, hash: hash)
        sameHash.append(latest ?? -1)
        slots.set(hash, analyses.count)
        spellings.append(start..<end)
        analyses.append(analysis)
        return analysis
    }

    /// The analysis of a form new to this article: from the forms shared by all articles of the process when another
    /// article analysed the form already (with this article's own stem number), else analysed here and shared.
    private mutating func shared(_ spelling: UnsafeBufferPointer<Unicode.Scalar>, hash: UInt64) -> WordForm {
        if var known = sharedSnapshot.table.find(spelling, hash: hash)
            ?? SharedWordForms.table.lookup(spelling, hash: hash, seen: sharedSnapshot) {
            known.stemID = known.globalStem < 0 ? -1 : stemID(global: known.globalStem)
            return known
        }
        let analysis = analyze(Array(spelling)[...])
        SharedWordForms.table.insert(spelling, hash: hash, analysis)
        return analysis
    }

    private mutating func analyze(_ spelling: ArraySlice<Unicode.Scalar>) -> WordForm {
        if let lower = ASCII.lowercasedBytes(spelling) { return analyze(ascii: lower) }
        let lower = ScalarText.string(spelling).lowercased()
        let isStop = StopWords.contains(lower) || lower.unicodeScalars.count < 3 || isNumeric(lower)
        guard !isStop else { return WordForm(stemID: -1) }
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
            return WordForm(stemID: -1)
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
        return WordForm(stemID: stemID(global: global), globalStem: global,
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
