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
    /// The words are read from the UTF-8 of the sentence and the summary in place (no string of the sentence); an
    /// all-ASCII word is tested, stemmed and digested on its bytes, in one pass of the hash over the word.
    public func keyTermDigests(of event: DatedEvent, in text: ScalarText, sentences: [Sentence]) -> [UInt64] {
        var collector = DigestCollector()
        // The sentence and the summary, as if joined by a space (a space ends a word either way).
        if event.sentence < sentences.count {
            let sentence = sentences[event.sentence]
            text.withUTF8(sentence.start, sentence.end) { Self.forEachWord(utf8: $0, into: &collector) }
        }
        var summary = event.summary
        summary.withUTF8 { Self.forEachWord(utf8: $0, into: &collector) }
        var digests = collector.digests
        digests.sort()
        var last: UInt64?
        digests.removeAll { digest in
            defer { last = digest }
            return digest == last
        }
        return digests
    }

    /// The digests of the key terms of the words given to it, in the order met (see ``keyTermDigests(of:in:sentences:)``).
    private struct DigestCollector {
        var digests: [UInt64] = []
        /// The word being read: its lower-case UTF-8, and whether it is all ASCII.
        var word: [UInt8] = []
        var ascii = true

        init() {
            word.reserveCapacity(32)
        }

        /// Takes the word read so far (if any) and starts the next.
        mutating func flush() {
            guard !word.isEmpty else { return }
            if ascii {
                takeASCII()
            } else {
                let text = String(decoding: word, as: UTF8.self)
                if let term = EventMerger.term(text, bytes: word, ascii: false) { digests.append(EventMerger.termDigest(term)) }
            }
            word.removeAll(keepingCapacity: true)
            ascii = true
        }

        /// What `term` and ``termDigest(_:)`` give an ASCII word: none for a short word, a number, a stop word or a
        /// date word (told by the whole word's digest, as ``excludedDigests`` holds them), else the digest of its stem
        /// (the word less ``asciiSuffixLength(_:)`` bytes). The stem is a prefix of the word: one pass of the hash
        /// gives both.
        private mutating func takeASCII() {
            let count = word.count
            guard count >= 3, !word.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return }
            let stemCount = count - EventMerger.asciiSuffixLength(word)
            var hash = EventMerger.digestBasis
            var stemHash = hash
            word.withUnsafeBufferPointer { bytes in
                for index in 0..<count {
                    if index == stemCount { stemHash = hash }
                    hash = EventMerger.digestStep(hash, bytes[index])
                }
            }
            if stemCount == count { stemHash = hash }
            guard !EventMerger.excludedDigestTable.contains(EventMerger.digestFinish(hash)) else { return }
            digests.append(EventMerger.digestFinish(stemHash))
        }
    }

    /// Reads the words of `text` (valid UTF-8) into `collector` as ``forEachWord(of:_:)`` reads them from a string:
    /// ASCII letters (lower-cased) and digits make words, as do other alphabetic scalars (their lower-case mapping);
    /// anything else ends a word. The text's end ends the last word.
    private static func forEachWord(utf8 text: UnsafeBufferPointer<UInt8>, into collector: inout DigestCollector) {
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            if byte < 0x80 {
                if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                    collector.word.append(byte)
                } else if byte >= 0x41 && byte <= 0x5A {
                    collector.word.append(byte + 0x20)
                } else {
                    collector.flush()
                }
                index += 1
                continue
            }
            // A scalar of two to four bytes (a String's UTF-8 is valid: the lead byte gives the length).
            let length = byte >= 0xF0 ? 4 : (byte >= 0xE0 ? 3 : 2)
            var value = UInt32(byte) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
            for offset in 1..<length where index + offset < count { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
            index += length
            // (No letter in U+2000-206F, where news text's curly quotes and dashes are: no lookup for those.)
            guard let scalar = Unicode.Scalar(value), ScalarClass.isLetterBeyondASCII(scalar) else {
                collector.flush()
                continue
            }
            collector.ascii = false
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                collector.word.append(contentsOf: UTF8.encode(lower)!)
            }
        }
        collector.flush()
    }

    /// Digests of the stop words and date words (an ASCII word is checked against these instead of the strings).
    private static let excludedDigests: Set<UInt64> = Set(stopWords.union(dateWords).map(termDigest))

    /// ``excludedDigests`` in a table probed by the digests' own bits (no hashing them again).
    private static let excludedDigestTable = DigestTable(excludedDigests)

    /// A term's identity in the merge: FNV-1a over its UTF-8, then mixed (stable across runs and processes, so it can
    /// be cached). Two terms with one digest would count as one; with 64 bits that takes billions of distinct terms.
    public static func termDigest(_ term: String) -> UInt64 {
        var term = term
        return term.withUTF8 { termDigest(bytes: $0) }
    }

    /// ``termDigest(_:)`` of a term's UTF-8 bytes.
    static func termDigest<Bytes: Collection<UInt8>>(bytes: Bytes) -> UInt64 {
        var h = digestBasis
        for byte in bytes { h = digestStep(h, byte) }
        return digestFinish(h)
    }

    /// The steps of ``termDigest(_:)``: the FNV-1a basis, one byte, and the final mix.
    static let digestBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    @inline(__always) static func digestStep(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    @inline(__always) static func digestFinish(_ h: UInt64) -> UInt64 {
        var h = h
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
            } else if ScalarClass.isLetterBeyondASCII(scalar) {
                ascii = false
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { bytes.append(contentsOf: UTF8.encode(lower)!) }
            } else {
                flush()
            }
        }
        flush()
    }

    /// How many bytes ``stem(_:)`` trims from an ASCII word (0 when none).
    /// The suffixes of ``asciiSuffixes`` tested byte by byte, in the same order (`-ing`, `-ed`, `-es`, `-s`).
    private static func asciiSuffixLength(_ word: [UInt8]) -> Int {
        let count = word.count
        guard count > 4 else { return 0 }
        let last = word[count - 1]
        let second = word[count - 2]
        if count > 6, word[count - 3] == 0x69, second == 0x6E, last == 0x67 { return 3 } // ing
        if count > 5, second == 0x65, last == 0x64 || last == 0x73 { return 2 } // ed, es
        return last == 0x73 ? 1 : 0 // s
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
