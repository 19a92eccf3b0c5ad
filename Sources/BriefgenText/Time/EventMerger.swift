/// Merges the events of several articles into one timeline: mentions of the same event (same date, end and precision,
/// and overlapping key terms — actors, places, actions) become one entry listing every source.
///
/// Pure and deterministic: dated entries sorted by date, end and first mention; relative-only entries (which cannot be
/// compared across articles with different anchors) follow in article order, never merged.
public struct EventMerger: Sendable {
    /// Share of the smaller set of key terms two mentions must share (and at least `minimumShared` terms).
    public var minimumOverlap: Double
    public var minimumShared: Int

    /// Creates a merger.
    public init(minimumOverlap: Double = 0.3, minimumShared: Int = 2) {
        self.minimumOverlap = minimumOverlap
        self.minimumShared = minimumShared
    }

    static let stopWords: Set<String> = [
        "the", "and", "for", "with", "that", "this", "from", "have", "has", "had", "was", "were", "are", "its", "their",
        "his", "her", "which", "who", "said", "says", "will", "would", "been", "into", "over", "after", "before", "since",
        "about", "than", "also", "but", "not", "they", "them", "there", "these", "those", "such", "other", "more", "most",
        "some", "any", "all", "both", "each", "according", "reported", "officials", "official", "on", "in", "at", "of",
        "year", "years", "month", "months", "week", "weeks", "day", "days",
    ]

    /// Month and weekday names: every mention of a date shares them, so they say nothing about the event.
    static let dateWords: Set<String> = Set(TimexLexicon.months.keys).union(TimexLexicon.monthAbbreviations.keys)
        .union(TimexLexicon.weekdays.keys).union(["today", "yesterday", "tomorrow", "night", "morning", "overnight"])

    /// The merged timeline of `articles`.
    public func merge(_ articles: [ArticleEvents]) -> [TimelineEntry] {
        // Each entry keeps the key terms of every mention; a new mention must match one of them (not their union, which
        // would grow into everything).
        // An entry keeps each distinct term set once: a repeated set cannot change which mentions match it or how well,
        // and wire copies of one report would otherwise make every comparison on a busy day longer (quadratic).
        // A mention's terms are kept as a sorted list of their 64-bit digests (``termDigest(_:)``), worked out with the
        // analysis: comparing two is a merge of two short lists (hashing sets of strings was most of the merge, and
        // numbering every term of every mention through a dictionary of strings most of what was left).
        // Mentions are told apart by article number, sentence and summary (hashing the two numbers only: hashing
        // article ids and summaries into a set per entry was a fifth of the merge).
        var dated: [(entry: TimelineEntry, terms: [[UInt64]], mentions: Set<MentionKey>)] = []
        var relative: [TimelineEntry] = []
        // Entries by date, end and precision: a mention is compared only with entries of the same dates.
        var byDate: [DateKey: [Int]] = [:]
        // Articles numbered by id (the same id, the same number: a mention is the same whichever list holds it).
        var articleNumbers: [String: Int] = [:]
        for article in articles where articleNumbers[article.articleID] == nil { articleNumbers[article.articleID] = articleNumbers.count }
        for article in articles {
            let articleIndex = articleNumbers[article.articleID]!
            for (eventIndex, event) in article.events.enumerated() {
                let mention = EventMention(articleID: article.articleID, sentence: event.sentence, summary: event.summary)
                guard let date = event.date else {
                    relative.append(TimelineEntry(date: nil, end: nil, precision: event.precision, summary: event.summary,
                                                  wording: event.wording, mentions: [mention]))
                    continue
                }
                let terms = article.keyTerms?[eventIndex] ?? keyTermDigests(of: event, in: article.text, sentences: article.sentences)
                let key = DateKey(date: date, end: event.end, precision: event.precision)
                // The entry of these dates sharing enough terms, best overlap first (the first of equals).
                var match: Int?
                var matchScore = 0.0
                for i in byDate[key] ?? [] where dated[i].terms.contains(where: { overlaps($0, terms) }) {
                    let score = best(dated[i].terms, terms)
                    if match == nil || score > matchScore {
                        match = i
                        matchScore = score
                    }
                }
                let mentionKey = MentionKey(article: articleIndex, sentence: event.sentence, summary: event.summary)
                if let i = match {
                    if dated[i].mentions.insert(mentionKey).inserted { dated[i].entry.mentions.append(mention) }
                    if !dated[i].terms.contains(terms) { dated[i].terms.append(terms) }
                } else {
                    byDate[key, default: []].append(dated.count)
                    dated.append((TimelineEntry(date: date, end: event.end, precision: event.precision, summary: event.summary,
                                                wording: nil, mentions: [mention]), [terms], [mentionKey]))
                }
            }
        }
        // Sorted by position (the entries themselves are big to move): date, end, then order of first mention.
        let sorted = dated.indices.sorted { a, b in
            let ka = (dated[a].entry.date ?? "", dated[a].entry.end ?? "", a)
            let kb = (dated[b].entry.date ?? "", dated[b].entry.end ?? "", b)
            return ka < kb
        }
        return sorted.map { dated[$0].entry } + relative
    }

    /// The dates a mention is compared under (a key of three fields, not a string joined per mention).
    private struct DateKey: Hashable {
        var date: String
        var end: String?
        var precision: DatedEvent.Precision
    }

    /// A mention's identity within one merge: its article's number, its sentence and its summary. Hashed by the two
    /// numbers only (mentions of one sentence rarely differ in summary).
    private struct MentionKey: Hashable {
        var article: Int
        var sentence: Int
        var summary: String

        func hash(into hasher: inout Hasher) {
            hasher.combine(article)
            hasher.combine(sentence)
        }
    }

    /// A crude stem, so that `attacked`, `attacks` and `attack` meet: `-ing`, `-ed`, `-es`, `-s` trimmed from long words.
    func stem(_ word: String) -> String {
        for suffix in ["ing", "ed", "es", "s"] where word.count > suffix.count + 3 && word.hasSuffix(suffix) {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    /// The key terms of an event: of its sentence and summary, in a fixed order (sorted).
    public func keyTerms(of event: DatedEvent, in text: ScalarText, sentences: [Sentence]) -> [String] {
        let sentenceText = event.sentence < sentences.count ? text.text(of: sentences[event.sentence]) : ""
        return keyTerms(sentenceText + " " + event.summary).sorted()
    }

    /// ``keyTerms(of:in:sentences:)`` as the merge compares them: each term's ``termDigest(_:)``, sorted, no repeats.
    /// An all-ASCII word is tested and stemmed on its bytes and digested without becoming a `String`.
    public func keyTermDigests(of event: DatedEvent, in text: ScalarText, sentences: [Sentence]) -> [UInt64] {
        var digests: [UInt64] = []
        let take: ([UInt8], Bool) -> Void = { bytes, ascii in
            guard ascii else {
                let word = String(decoding: bytes, as: UTF8.self)
                guard let term = Self.term(word, bytes: bytes, ascii: false) else { return }
                digests.append(Self.termDigest(term))
                return
            }
            guard bytes.count >= 3, !bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  !Self.excludedDigests.contains(Self.termDigest(bytes: bytes[...])) else { return }
            digests.append(Self.termDigest(bytes: bytes.dropLast(Self.asciiSuffixLength(bytes))))
        }
        // The sentence and the summary, as if joined by a space (a space ends a word either way).
        if event.sentence < sentences.count { Self.forEachWord(of: text.text(of: sentences[event.sentence]), take) }
        Self.forEachWord(of: event.summary, take)
        digests.sort()
        var last: UInt64?
        digests.removeAll { digest in
            defer { last = digest }
            return digest == last
        }
        return digests
    }

    /// Digests of the stop words and date words (an ASCII word is checked against these instead of the strings).
    private static let excludedDigests: Set<UInt64> = Set(stopWords.union(dateWords).map(termDigest))

    /// A term's identity in the merge: FNV-1a over its UTF-8, then mixed (stable across runs and processes, so it can
    /// be cached). Two terms with one digest would count as one; with 64 bits that takes billions of distinct terms.
    public static func termDigest(_ term: String) -> UInt64 {
        var term = term
        return term.withUTF8 { termDigest(bytes: $0) }
    }

    /// ``termDigest(_:)`` of a term's UTF-8 bytes.
    static func termDigest<Bytes: Collection<UInt8>>(bytes: Bytes) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        return h ^ (h >> 33)
    }

    /// Lowercased content words, stemmed (stop words, numbers and short words dropped).
    func keyTerms(_ text: String) -> Set<String> {
        var terms: Set<String> = []
        Self.forEachWord(of: text) { bytes, ascii in
            if let term = Self.term(String(decoding: bytes, as: UTF8.self), bytes: bytes, ascii: ascii) { terms.insert(term) }
        }
        return terms
    }

    /// The key term a word gives (its stem), or nil for a short word, a stop word, a number or a date word.
    private static func term(_ word: String, bytes: [UInt8], ascii: Bool) -> String? {
        guard (ascii ? bytes.count : word.count) >= 3, !stopWords.contains(word),
              !(ascii ? bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } : word.allSatisfy(\.isNumber)),
              !dateWords.contains(word) else { return nil }
        return ascii ? asciiStem(bytes) ?? word : EventMerger().stem(word)
    }

    /// Calls `body` with each word of `text`: its lower-case UTF-8 and whether it is all ASCII. A word's bytes are
    /// gathered in one buffer (appending scalar by scalar to a String, then counting its characters for each test, was
    /// most of the cost).
    private static func forEachWord(of text: String, _ body: ([UInt8], Bool) -> Void) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        var ascii = true
        func flush() {
            if !bytes.isEmpty { body(bytes, ascii) }
            bytes.removeAll(keepingCapacity: true)
            ascii = true
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
                    bytes.append(UInt8(v))
                } else if v >= 0x41 && v <= 0x5A {
                    bytes.append(UInt8(v + 0x20))
                } else {
                    flush()
                }
            } else if scalar.properties.isAlphabetic {
                ascii = false
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { bytes.append(contentsOf: UTF8.encode(lower)!) }
            } else {
                flush()
            }
        }
        flush()
    }

    /// How many bytes ``stem(_:)`` trims from an ASCII word (0 when none).
    private static func asciiSuffixLength(_ word: [UInt8]) -> Int {
        for suffix in asciiSuffixes where word.count > suffix.count + 3 && word.suffix(suffix.count).elementsEqual(suffix) {
            return suffix.count
        }
        return 0
    }

    /// ``stem(_:)`` of an ASCII word given as bytes; nil when no suffix is trimmed.
    private static func asciiStem(_ word: [UInt8]) -> String? {
        for suffix in asciiSuffixes where word.count > suffix.count + 3 && word.suffix(suffix.count).elementsEqual(suffix) {
            return String(decoding: word.dropLast(suffix.count), as: UTF8.self)
        }
        return nil
    }

    private static let asciiSuffixes: [[UInt8]] = ["ing", "ed", "es", "s"].map { Array($0.utf8) }

    private func best(_ lists: [[UInt64]], _ b: [UInt64]) -> Double {
        var result = 0.0
        for list in lists { result = max(result, overlap(list, b)) }
        return result
    }

    private func overlap(_ a: [UInt64], _ b: [UInt64]) -> Double {
        let smaller = min(a.count, b.count)
        return smaller == 0 ? 0 : Double(shared(a, b)) / Double(smaller)
    }

    private func overlaps(_ a: [UInt64], _ b: [UInt64]) -> Bool {
        shared(a, b) >= minimumShared && overlap(a, b) >= minimumOverlap
    }

    /// How many numbers two sorted lists without repeats have in common.
    private func shared(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, count = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                count += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return count
    }
}
