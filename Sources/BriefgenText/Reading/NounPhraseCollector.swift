/// A candidate title phrase: a run of content words, as written at its first occurrence.
struct NounPhrase {
    /// Scalar offsets of its first occurrence (end exclusive).
    var start: Int
    var end: Int
    /// Stem ids of its words.
    var stems: [Int]
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
        // an array of stems as the key was half of writing section titles), or by the stems themselves in an article
        // with more stems than that.
        var phrases: [NounPhrase] = []
        var byPacked: [UInt64: Int] = [:]
        // Room for a phrase every other word, about what sections have, so the table is seldom rehashed as it grows.
        byPacked.reserveCapacity(sentences.reduce(0) { $0 + $1.count } / 2)
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
                if let known = byPacked[packed] { return phrases[known].occurrences += 1 }
                byPacked[packed] = phrases.count
            } else {
                let key = words.map(\.stemID)
                if let known = byStems[key] { return phrases[known].occurrences += 1 }
                byStems[key] = phrases.count
            }
            phrases.append(NounPhrase(start: first.start, end: last.end, stems: words.map(\.stemID), occurrences: 1))
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

    private static let verbs: Set<String> = [
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
