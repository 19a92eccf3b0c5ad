/// A candidate title phrase: a run of content words, as written at its first occurrence.
struct NounPhrase {
    /// Scalar offsets of its first occurrence (end exclusive).
    var start: Int
    var end: Int
    /// Stem ids of its words.
    var stems: PhraseStems
    /// How many times the section uses it.
    var occurrences: Int
    /// Offset of its first occurrence (ties break toward earlier phrases).
    var firstOffset: Int { start }
    /// Score given by the title writer.
    var score = 0.0
}

/// Collects noun-phrase-like runs: consecutive content words with no punctuation inside; verb-like words
/// ("introduced", "seeking", "remains") end a run and are left out. Runs keep their last four words.
struct NounPhraseCollector {
    /// The article text.
    let text: ScalarText

    /// Distinct phrases of the given sentences, in order of first occurrence.
    func phrases(in sentences: ArraySlice<[ContentWord]>) -> [NounPhrase] {
        // Phrases in order of first occurrence, found again by their stems packed into one number (16 bits a stem;
        // an array of stems as the key was half of writing section titles) in a table of this call (open addressing on
        // the packed number, no seeded hash), or by the stems themselves in an article with more stems than that.
        var phrases: [NounPhrase] = []
        var byPacked = PackedPhraseTable(capacity: sentences.reduce(0) { $0 + $1.count })
        var byStems: [[Int]: Int] = [:]
        func add(_ run: ArraySlice<ContentWord>) {
            let words = run.suffix(4)
            guard let first = words.first, let last = words.last else { return }
            var packed: UInt64? = 0
            for word in words {
                guard let p = packed, word.stemID >= 0, word.stemID < 0xFFFF else { packed = nil; break }
                packed = p << 16 | UInt64(word.stemID + 1)
            }
            if let packed {
                if let known = byPacked.index(of: packed, orInsert: phrases.count) { return phrases[known].occurrences += 1 }
            } else {
                let key = words.map(\.stemID)
                if let known = byStems[key] { return phrases[known].occurrences += 1 }
                byStems[key] = phrases.count
            }
            phrases.append(NounPhrase(start: first.start, end: last.end, stems: PhraseStems(words), occurrences: 1))
        }
        for sentence in sentences {
            // The current run is `sentence[runStart..<index]`: it always ends at the word before (no copies).
            var runStart = sentence.startIndex
            for (index, word) in zip(sentence.indices, sentence) {
                // A content word that is neither verb-like (a lower-case verb-shaped word) nor a filler adjective.
                let isPhraseWord = word.stemID >= 0 && (word.isCapitalized || !word.isVerbShaped) && !word.isFiller
                if !isPhraseWord || word.followsPunctuation {
                    if runStart < index { add(sentence[runStart..<index]) }
                    runStart = isPhraseWord ? index : index + 1
                }
            }
            if runStart < sentence.endIndex { add(sentence[runStart...]) }
        }
        return phrases
    }

    /// Whether a lower-case word form reads as a verb or adverb: "-ed", "-ing", "-ly" endings and common news verbs
    /// (a word is verb-like when it is also not capitalized). Computed once per form by ``WordForms``.
    static func isVerbShaped(_ lower: String) -> Bool {
        if lower.hasSuffix("ed") || lower.hasSuffix("ing") || lower.hasSuffix("ly") || VerbInflection.isIrregularPast(lower) { return true }
        return verbs.contains(lower)
    }

    private static let verbs: WordSet = [
        "remains", "remain", "requires", "require", "marks", "mark", "seeks", "seek", "includes", "include",
        "claims", "claim", "plans", "warns", "calls", "denies", "wants", "needs", "believes", "suggests", "shows",
        "aims", "aim", "continues", "continue", "begins", "leads", "lead", "sees", "holds", "keeps", "gives",
        "takes", "tells", "becomes", "finds", "faces", "face", "signs", "sign", "sends", "send", "sought",
        "agree", "agrees", "expects", "says", "told", "left", "led", "lack", "lacks", "arises", "set", "held",
        "approve", "finalize", "abandon", "threaten", "resolve", "present", "close", "view", "establish", "restore",
        "think", "thinks", "know", "knows", "want", "believe", "feel", "feels", "seems", "seem", "means", "makes",
        "gets", "goes", "comes", "looks", "lies", "allow", "allows", "wonder", "wonders", "lose", "loses", "fails",
        "carries", "pays", "tries", "hopes", "fears", "argues", "insists", "expect", "urges", "vows",
    ]
}

/// The stem ids of a phrase's words (one to four: a phrase keeps its run's last four words), held in place: a phrase
/// is made for every run of a section, and an array of its stems was an allocation each.
struct PhraseStems: RandomAccessCollection, Equatable, Sendable {
    /// The ids, the unused ones 0 (so that equal lists are equal values).
    private var first = 0, second = 0, third = 0, fourth = 0
    /// How many ids.
    let count: Int

    /// The stems of `words` (at most four).
    init(_ words: ArraySlice<ContentWord>) {
        precondition(words.count <= 4, "a phrase keeps at most four words")
        count = words.count
        for (offset, word) in words.enumerated() {
            switch offset {
            case 0: first = word.stemID
            case 1: second = word.stemID
            case 2: third = word.stemID
            default: fourth = word.stemID
            }
        }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Int {
        precondition(position >= 0 && position < count, "stem index out of range")
        switch position {
        case 0: return first
        case 1: return second
        case 2: return third
        default: return fourth
        }
    }
}

/// Phrase numbers by packed stems (never 0: each stem is packed as its id plus one), for one call of
/// ``NounPhraseCollector/phrases(in:)``: open addressing with linear probing, at most half full.
private struct PackedPhraseTable {
    private var keys: [UInt64]
    private var values: [Int32]
    private let mask: Int

    /// A table for up to `capacity` phrases.
    init(capacity: Int) {
        var size = 16
        while size < 2 * (capacity + 1) { size *= 2 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// The phrase number kept for `packed` (not 0), or nil after keeping `next` for it.
    mutating func index(of packed: UInt64, orInsert next: Int) -> Int? {
        var slot = Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while true {
            let key = keys[slot]
            if key == packed { return Int(values[slot]) }
            if key == 0 {
                keys[slot] = packed
                values[slot] = Int32(truncatingIfNeeded: next)
                return nil
            }
            slot = (slot + 1) & mask
        }
    }
}
