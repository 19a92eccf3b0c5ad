import BriefgenText
import Foundation

/// Analysis results on disk, by article key (see ``BuildCache/key(for:fallbackDate:)``): a ``ShardedStore`` and where
/// the exports hold each article's piece.
///
/// - `analysis/`: an article's analysis (sentences, sections, headline, dek, publication date, figures, events and
///   their key terms, and what only its export record needs: paragraphs, temporal expressions and entities; the text
///   only when it differs from the article body), in ``CachedAnalysis``'s binary form: its ``AnalysisSummary`` first,
///   read for every article of a build, the pages' part read when asked for, the record's part when its record is made;
/// - `pieces/` (``ExportPieces``): where each article's piece lies in each export of the output (its record of
///   `data/briefing.json`, its search-index entries, its rows of the two CSV files), so that a rebuild copies unchanged
///   pieces from the output's own copy. Without a usable copy in the output, a piece is made again from the analysis.
///
/// The search entries, CSV rows and finished export records were kept in stores of their own before: 280 MB at 10,000
/// articles that every full build wrote (the records, 180 MB, twice: into the store, then into the export). A build
/// that analyses every article now writes the records straight into `data/briefing.json` (``RecordStream``).
final class AnalysisCache: @unchecked Sendable {
    private let analyses: ShardedStore
    /// Where each article's piece lies in the output's exports (see ``ExportPieces``).
    let pieces: ExportPieces
    private let lock = NSLock()
    private var found = 0

    /// How many articles this build took from the cache instead of analysing them.
    var hits: Int { lock.withLock { found } }

    init(folder: URL, stamp: String) {
        let parent = folder.deletingLastPathComponent()
        analyses = ShardedStore(folder: folder, kind: "analysis", stamp: stamp)
        pieces = ExportPieces(folder: parent.appendingPathComponent("pieces"), stamp: stamp)
        // Stores of export records, search-index entries and CSV rows an earlier briefgen kept (see above).
        for old in ["records", "search", "statistics-csv", "events-csv"] {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(old))
        }
    }

    /// The summary of the cached analysis for `key` and its group digests, the rest left where it lies to be read
    /// when asked for (``Summarized/details(body:)``); nil when the store lacks it or the summary is unreadable.
    /// Counts as taken from the cache.
    func summary(_ key: String) -> Summarized? {
        guard let key = ShardedStore.Key(key),
              let found = analyses.withRecord(key, { bytes, owner -> Summarized in
                  let (summary, digests) = try CachedAnalysis.summary(bytes: bytes)
                  return Summarized(summary: summary, groupDigests: digests, record: HeldRecord(bytes, owner: owner))
              }) else { return nil }
        analyses.markUsed(key)
        lock.withLock { self.found += 1 }
        return found
    }

    /// What ``Summarized/details(body:)`` finds: the analysis (pages only) and what was worked out with it.
    struct Found {
        var analysis: ArticleAnalysis
        var eventTerms: [[UInt64]]
        var sentenceDigests: [UInt64]
        var groupDigests: AnalyzedArticle.GroupDigests
    }

    /// What ``summary(_:)`` finds.
    struct Summarized: Sendable {
        var summary: AnalysisSummary
        var groupDigests: AnalyzedArticle.GroupDigests
        /// The whole record, still where it lies.
        var record: HeldRecord

        /// The whole analysis, its text `body` unless the record says otherwise; nil when the record is unreadable or
        /// does not agree with its summary.
        func details(body: Article.Body) -> Found? {
            guard let cached = record.withBytes({ try? CachedAnalysis(bytes: $0) }), cached.groupDigests == groupDigests else { return nil }
            let analysis = cached.analysis(body: body)
            guard AnalysisSummary(analysis) == summary else { return nil }
            return Found(analysis: analysis, eventTerms: cached.eventTerms, sentenceDigests: cached.sentenceDigests,
                         groupDigests: cached.groupDigests)
        }
    }

    /// A record's bytes kept readable: where they lie in a mapped shard file (the mapping lives as long as its owner),
    /// else a copy.
    struct HeldRecord: @unchecked Sendable {
        private let owner: AnyObject?
        private let address: UInt
        private let count: Int
        private let copy: [UInt8]

        init(_ bytes: UnsafeRawBufferPointer, owner: AnyObject?) {
            self.owner = owner
            count = bytes.count
            if owner != nil, let base = bytes.baseAddress {
                address = UInt(bitPattern: base)
                copy = []
            } else {
                address = 0
                copy = Array(bytes)
            }
        }

        func withBytes<T>(_ body: (UnsafeRawBufferPointer) -> T) -> T {
            if address != 0 {
                return withExtendedLifetime(owner) { body(UnsafeRawBufferPointer(start: UnsafeRawPointer(bitPattern: address), count: count)) }
            }
            return copy.withUnsafeBytes(body)
        }
    }

    /// Whether the analysis store has `key` (without reading its record): ``summary(_:)`` will most likely find it.
    func holds(_ key: String) -> Bool {
        guard let key = ShardedStore.Key(key) else { return false }
        return analyses.contains(key)
    }

    /// Whether the cache held no analysis when it was opened: a build with it analyses every article.
    var isEmpty: Bool { analyses.isEmpty }

    /// Remembers a fresh analysis; false when it could not be kept.
    @discardableResult
    func store(_ key: String, _ analysis: ArticleAnalysis, body: String, eventTerms: [[UInt64]], sentenceDigests: [UInt64]) -> Bool {
        analyses.put(key, CachedAnalysis(analysis, body: body, eventTerms: eventTerms, sentenceDigests: sentenceDigests).bytes)
    }

    /// What only the export record needs of the analysis for `key` (stored when it was analysed, by this build or an
    /// earlier one); nil when the store lacks it or it is unreadable.
    func recordDetails(_ key: String) -> CachedAnalysis.RecordDetails? {
        analyses.withRecord(key) { try CachedAnalysis.recordDetails(bytes: $0) } ?? nil
    }

    /// Writes the store: call it once, after the exports are written.
    func save() { analyses.save() }
}

/// What the cache keeps of an ``ArticleAnalysis`` (whose ``ScalarText`` is not Codable), in ``CacheWriter``'s binary
/// form: the text only when it differs from the article body it was read from. The form starts with the analysis's
/// ``AnalysisSummary`` and group digests, which ``summary(bytes:)`` reads alone; the paragraphs, temporal expressions
/// and entities, which only the export record needs, come last, with their length after them, so that pages read
/// the rest without them (``init(bytes:)``) and an export record reads them alone (``recordDetails(bytes:)``).
struct CachedAnalysis {
    var text: String?
    var sentences: [Sentence]
    var sections: [ArticleSection]
    var headline: Headline
    var dek: String?
    var published: PublicationDate
    var statistics: [Statistic]
    var events: [DatedEvent]
    /// The events' key terms for the timeline merge.
    var eventTerms: [[UInt64]]
    /// Each sentence's digest (see ``AnalyzedArticle/sentenceDigests``).
    var sentenceDigests: [UInt64]
    /// The compact text's index (``ScalarText/compactIndex``), so a cached text is not scanned again; nil to scan.
    var textIndex: (scalarCount: Int, checkpoints: [Int32])?
    /// See ``AnalyzedArticle/groupDigests``.
    var groupDigests: AnalyzedArticle.GroupDigests
    /// What only the export record needs (nil when not kept, and when read by ``init(bytes:)``).
    var recordDetails: RecordDetails?

    /// The parts of an analysis that only the export record needs.
    struct RecordDetails: Equatable {
        var paragraphs: [TextParagraph]
        var timexes: [Timex]
        var entities: [Entity]

        init(paragraphs: [TextParagraph], timexes: [Timex], entities: [Entity]) {
            self.paragraphs = paragraphs
            self.timexes = timexes
            self.entities = entities
        }

        /// Those of `analysis`; nil when it has none (they were let go once the record was made).
        init?(_ analysis: ArticleAnalysis) {
            guard analysis.holdsRecordDetails else { return nil }
            self.init(paragraphs: analysis.paragraphs, timexes: analysis.timexes, entities: analysis.entities)
        }

        func write(_ w: inout CacheWriter) {
            w.array(paragraphs) { w, p in
                w.int(p.start)
                w.int(p.end)
                // 0 for body text, 1 + level for a heading.
                switch p.kind {
                case .body: w.int(0)
                case .heading(let level): w.int(1 + level)
                }
            }
            w.array(timexes) { w, t in
                w.int(t.start)
                w.int(t.end)
                w.string(t.text)
                w.raw(t.type)
                w.optional(t.value) { $0.string($1) }
                w.int(t.sentence)
                w.bool(t.isRelative)
            }
            w.array(entities) { w, e in
                w.int(e.start)
                w.int(e.end)
                w.raw(e.type)
                w.string(e.text)
            }
        }

        init(_ r: inout CacheReader) throws {
            paragraphs = try r.array { r in
                let start = try r.int(), end = try r.int(), kind = try r.int()
                guard kind >= 0 else { throw CacheReader.Malformed() }
                return TextParagraph(start: start, end: end, kind: kind == 0 ? .body : .heading(level: kind - 1))
            }
            timexes = try r.array { r in
                Timex(start: try r.int(), end: try r.int(), text: try r.string(), type: try r.raw(Timex.Kind.self),
                      value: try r.optional { try $0.string() }, sentence: try r.int(), isRelative: try r.bool())
            }
            entities = try r.array { r in
                Entity(start: try r.int(), end: try r.int(), type: try r.raw(Entity.Kind.self), text: try r.string())
            }
        }
    }

    init(_ a: ArticleAnalysis, body: String, eventTerms: [[UInt64]], sentenceDigests: [UInt64]) {
        self.eventTerms = eventTerms
        self.sentenceDigests = sentenceDigests
        groupDigests = AnalyzedArticle.groupDigests(of: a, eventTerms: eventTerms, sentenceDigests: sentenceDigests)
        textIndex = a.text.compactIndex ?? a.text.compacted().compactIndex
        text = a.text.string == body ? nil : a.text.string
        sentences = a.sentences
        sections = a.sections
        headline = a.headline
        dek = a.dek
        published = a.published
        statistics = a.statistics
        events = a.events
        recordDetails = RecordDetails(a)
    }

    func analysis(body: String) -> ArticleAnalysis { analysis(body: .string(body)) }

    /// The analysis whose text is the record's own or else `body`, as the article holds it.
    func analysis(body: Article.Body) -> ArticleAnalysis {
        let compact: ScalarText
        switch (text, body) {
        case (let text?, _), (nil, .string(let text)):
            compact = textIndex.flatMap { ScalarText.compact(text, scalarCount: $0.scalarCount, checkpoints: $0.checkpoints) }
                ?? ScalarText.compact(text)
        case (nil, .external(let external)):
            compact = textIndex.flatMap { ScalarText.compact(external, scalarCount: $0.scalarCount, checkpoints: $0.checkpoints) }
                ?? ScalarText.compact(external)
        }
        return ArticleAnalysis(
            text: compact, paragraphs: [], sentences: sentences, sections: sections, headline: headline,
            dek: dek, published: published, statistics: statistics, timexes: [], events: events, entities: [])
    }

    /// The binary form: the summary (``summary(bytes:)``), then the rest.
    var bytes: [UInt8] {
        var w = CacheWriter(capacity: 64 + sentences.count * 8 + statistics.count * 112 + events.count * 80)
        w.string(headline.text)
        w.raw(headline.source)
        w.optional(headline.sentence) { $0.int($1) }
        w.optional(dek) { $0.string($1) }
        w.publicationDate(published)
        w.int(sentences.count)
        w.array(statistics) { w, s in
            w.raw(s.category)
            w.raw(s.verification)
            w.bool(s.attribution != nil)
            w.double(s.value)
        }
        w.array(events) { w, e in
            w.optional(e.date) { $0.string($1) }
            w.optional(e.end) { $0.string($1) }
            w.int(e.sentence)
        }
        w.word(groupDigests.events)
        w.word(groupDigests.figures)
        w.word(groupDigests.card)
        w.optional(text) { $0.string($1) }
        w.array(sentences) { w, s in
            w.int(s.start)
            w.int(s.end)
            w.int(s.paragraph)
        }
        w.array(sections) { w, s in
            w.string(s.title)
            w.raw(s.titleSource)
            w.int(s.firstSentence)
            w.int(s.lastSentence)
            w.optional(s.headingParagraph) { $0.int($1) }
        }
        w.array(statistics) { w, s in
            w.double(s.value)
            w.optional(s.low) { $0.double($1) }
            w.optional(s.high) { $0.double($1) }
            w.raw(s.qualifier)
            w.string(s.surface)
            w.optional(s.unit) { $0.string($1) }
            w.string(s.what)
            w.raw(s.category)
            w.optional(s.place) { $0.string($1) }
            w.optional(s.period) { w, p in
                w.optional(p.start) { $0.string($1) }
                w.optional(p.end) { $0.string($1) }
            }
            w.optional(s.attribution) { w, a in
                w.string(a.who)
                w.string(a.verb)
            }
            w.raw(s.verification)
            w.int(s.sentence)
            w.int(s.start)
            w.int(s.end)
        }
        w.array(events) { w, e in
            w.optional(e.date) { $0.string($1) }
            w.optional(e.end) { $0.string($1) }
            w.raw(e.precision)
            w.int(e.sentence)
            w.string(e.summary)
            w.int(e.timex)
            w.optional(e.wording) { $0.string($1) }
        }
        w.array(eventTerms) { w, terms in w.array(terms) { $0.word($1) } }
        w.array(sentenceDigests) { $0.word($1) }
        w.optional(textIndex) { w, index in
            w.int(index.scalarCount)
            // Rising offsets: stored as gaps.
            var previous: Int32 = 0
            w.array(index.checkpoints) { w, checkpoint in
                w.int(Int(checkpoint - previous))
                previous = checkpoint
            }
        }
        let detailsStart = w.bytes.count
        recordDetails?.write(&w)
        w.word(UInt64(w.bytes.count - detailsStart))
        return w.bytes
    }

    /// The binary form without its record details (`main`) and the details (empty when none were kept).
    private static func split(_ bytes: UnsafeRawBufferPointer) throws -> (main: UnsafeRawBufferPointer, details: UnsafeRawBufferPointer) {
        guard bytes.count >= 8 else { throw CacheReader.Malformed() }
        var tail = CacheReader(UnsafeRawBufferPointer(rebasing: bytes[(bytes.count - 8)...]))
        let length = try tail.word()
        guard length <= UInt64(bytes.count - 8) else { throw CacheReader.Malformed() }
        let detailsStart = bytes.count - 8 - Int(length)
        return (UnsafeRawBufferPointer(rebasing: bytes[..<detailsStart]),
                UnsafeRawBufferPointer(rebasing: bytes[detailsStart..<(bytes.count - 8)]))
    }

    /// The record details at the end of the binary form, the rest not read; nil when none were kept.
    static func recordDetails(bytes: UnsafeRawBufferPointer) throws -> RecordDetails? {
        let details = try split(bytes).details
        guard !details.isEmpty else { return nil }
        var r = CacheReader(details)
        let found = try RecordDetails(&r)
        guard r.isAtEnd else { throw CacheReader.Malformed() }
        return found
    }

    /// The summary and group digests at the start of the binary form, the rest not read.
    static func summary(bytes: UnsafeRawBufferPointer) throws -> (AnalysisSummary, AnalyzedArticle.GroupDigests) {
        var r = CacheReader(bytes)
        return try readSummary(&r)
    }

    private static func readSummary(_ r: inout CacheReader) throws -> (AnalysisSummary, AnalyzedArticle.GroupDigests) {
        let headline = Headline(text: try r.string(), source: try r.raw(Headline.Source.self), sentence: try r.optional { try $0.int() })
        let dek = try r.optional { try $0.string() }
        let published = try r.publicationDate()
        let sentenceCount = try r.int()
        let figures = try r.array { r in
            AnalysisSummary.Figure(category: try r.raw(Statistic.Category.self), verification: try r.raw(Statistic.Verification.self),
                                   isAttributed: try r.bool(), value: try r.double())
        }
        let events = try r.array { r in
            AnalysisSummary.Event(date: try r.optional { try $0.string() }, end: try r.optional { try $0.string() }, sentence: try r.int())
        }
        let digests = AnalyzedArticle.GroupDigests(events: try r.word(), figures: try r.word(), card: try r.word())
        return (AnalysisSummary(headline: headline, dek: dek, published: published, sentenceCount: sentenceCount,
                                figures: figures, events: events), digests)
    }

    /// Reads the binary form back, without its record details; throws on anything malformed or left over.
    init(bytes: UnsafeRawBufferPointer) throws {
        var r = CacheReader(try CachedAnalysis.split(bytes).main)
        recordDetails = nil
        let (summary, digests) = try CachedAnalysis.readSummary(&r)
        headline = summary.headline
        dek = summary.dek
        published = summary.published
        groupDigests = digests
        text = try r.optional { try $0.string() }
        sentences = try r.array { r in Sentence(start: try r.int(), end: try r.int(), paragraph: try r.int()) }
        sections = try r.array { r in
            ArticleSection(title: try r.string(), titleSource: try r.raw(ArticleSection.TitleSource.self),
                           firstSentence: try r.int(), lastSentence: try r.int(), headingParagraph: try r.optional { try $0.int() })
        }
        statistics = try r.array { r in
            Statistic(
                value: try r.double(), low: try r.optional { try $0.double() }, high: try r.optional { try $0.double() },
                qualifier: try r.raw(Statistic.Qualifier.self), surface: try r.string(), unit: try r.optional { try $0.string() },
                what: try r.string(), category: try r.raw(Statistic.Category.self), place: try r.optional { try $0.string() },
                period: try r.optional { r in Statistic.Period(start: try r.optional { try $0.string() }, end: try r.optional { try $0.string() }) },
                attribution: try r.optional { r in Statistic.Attribution(who: try r.string(), verb: try r.string()) },
                verification: try r.raw(Statistic.Verification.self), sentence: try r.int(), start: try r.int(), end: try r.int())
        }
        events = try r.array { r in
            DatedEvent(date: try r.optional { try $0.string() }, end: try r.optional { try $0.string() },
                       precision: try r.raw(DatedEvent.Precision.self), sentence: try r.int(), summary: try r.string(),
                       timex: try r.int(), wording: try r.optional { try $0.string() })
        }
        eventTerms = try r.array { r in try r.array { try $0.word() } }
        sentenceDigests = try r.array { try $0.word() }
        textIndex = try r.optional { r in
            let scalarCount = try r.int()
            var previous = 0
            let checkpoints = try r.array { r -> Int32 in
                previous += try r.int()
                guard let value = Int32(exactly: previous) else { throw CacheReader.Malformed() }
                return value
            }
            return (scalarCount, checkpoints)
        }
        // One digest a sentence, or the record is not this analysis's.
        guard sentenceDigests.count == sentences.count, r.isAtEnd else { throw CacheReader.Malformed() }
    }
}
