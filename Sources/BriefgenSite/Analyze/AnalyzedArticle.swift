import Foundation
import BriefgenText

/// An article together with what briefgen read out of it.
///
/// A class (immutable once made): the site model hands the same article to every page group, list and export,
/// and copying the struct it was (two dozen strings and arrays to retain and release each time) was a fourteenth of
/// a rebuild that changed one article of 10,000.
public final class AnalyzedArticle: Sendable {
    /// The article as read from disk.
    public let article: Article
    /// The analysis of its body. In a build with a cache it holds what the pages need (no paragraphs, temporal
    /// expressions or entities), whether read from the cache or fresh: the export record, written when the article
    /// was analysed or by an earlier build, is then taken from the cache by ``cacheKey``. An analysis taken from the
    /// cache is read when first asked for (see ``summary``).
    public var analysis: ArticleAnalysis {
        _read { yield details.analysis }
    }
    /// What the site needs of the analysis for every article at once (lists, counts, the front page's choices): known
    /// without reading the rest of a cached analysis.
    let summary: AnalysisSummary
    /// The article's key in the build cache, when the build has one.
    let cacheKey: String?
    /// ``cacheKey`` parsed, as the cache's stores and the exports' pieces key their records (parsed once, not by each).
    let storeKey: ShardedStore.Key?
    /// Each event's key terms for merging the timeline, worked out with the analysis (see ``ArticleEvents/keyTerms``).
    var eventTerms: [[UInt64]]? { details.eventTerms }
    /// A digest of each sentence's text, worked out with the analysis and cached with it: list pages fingerprint the
    /// sentences they link to by these (hashing each linked sentence's text again was a twentieth of a rebuild).
    var sentenceDigests: [UInt64] { details.sentenceDigests }
    /// A digest of what a figure's or an event's view shows of its source: id, headline, outlet and host.
    let sourceDigest: UInt64
    /// Digests of what the timeline and the figure pages take from the analysis, worked out with it and cached with
    /// it: a rebuild whose articles' digests are all as they were takes those pages as they are (see ``PageGroup``).
    let groupDigests: GroupDigests
    private let storage: Storage

    /// See ``groupDigests``.
    struct GroupDigests: Sendable, Equatable {
        /// Every field of every event, its key terms and its sentence's digest.
        var events: UInt64
        /// Every field of every figure and its sentence's digest.
        var figures: UInt64
        /// What a card shows of the analysis (see ``PageInputs/card(of:)``).
        var card: UInt64
    }

    /// The analysis with what was worked out with it.
    final class Details: Sendable {
        let analysis: ArticleAnalysis
        let eventTerms: [[UInt64]]?
        let sentenceDigests: [UInt64]

        init(analysis: ArticleAnalysis, eventTerms: [[UInt64]]?, sentenceDigests: [UInt64]) {
            self.analysis = analysis
            self.eventTerms = eventTerms
            self.sentenceDigests = sentenceDigests
        }
    }

    /// Details made when first asked for, once, whichever thread asks first.
    final class DeferredDetails: @unchecked Sendable {
        private let lock = NSLock()
        private var made: Details?
        private var make: (@Sendable () -> Details)?

        init(_ make: @escaping @Sendable () -> Details) { self.make = make }

        var isMade: Bool { lock.withLock { made != nil } }

        var value: Details {
            lock.lock()
            defer { lock.unlock() }
            if let made { return made }
            let details = make!()
            made = details
            make = nil
            return details
        }
    }

    private enum Storage: Sendable {
        case ready(Details)
        case deferred(DeferredDetails)
    }

    private var details: Details {
        switch storage {
        case .ready(let details): details
        case .deferred(let deferred): deferred.value
        }
    }

    /// Reads the whole analysis now if it is read when first asked for (see ``analysis``).
    func readDetails() { _ = details }

    /// Whether the whole analysis is in memory (always, but for a cached one not asked for yet).
    var detailsAreRead: Bool {
        switch storage {
        case .ready: true
        case .deferred(let deferred): deferred.isMade
        }
    }

    /// Creates a pair.
    public convenience init(article: Article, analysis: ArticleAnalysis) {
        self.init(article: article, analysis: analysis, cacheKey: nil)
    }

    convenience init(article: Article, analysis: ArticleAnalysis, cacheKey: String?, eventTerms: [[UInt64]]? = nil,
                     sentenceDigests: [UInt64]? = nil, groupDigests: GroupDigests? = nil) {
        let sentenceDigests = sentenceDigests ?? AnalyzedArticle.sentenceDigests(of: analysis)
        self.init(article: article, summary: AnalysisSummary(analysis), cacheKey: cacheKey,
                  groupDigests: groupDigests
                      ?? AnalyzedArticle.groupDigests(of: analysis, eventTerms: eventTerms, sentenceDigests: sentenceDigests),
                  storage: .ready(Details(analysis: analysis, eventTerms: eventTerms, sentenceDigests: sentenceDigests)))
    }

    /// An article whose analysis is read when first asked for: `details` must give the analysis `summary` sums up.
    convenience init(article: Article, summary: AnalysisSummary, cacheKey: String?, groupDigests: GroupDigests,
                     details: @escaping @Sendable () -> Details) {
        self.init(article: article, summary: summary, cacheKey: cacheKey, groupDigests: groupDigests,
                  storage: .deferred(DeferredDetails(details)))
    }

    private init(article: Article, summary: AnalysisSummary, cacheKey: String?, groupDigests: GroupDigests, storage: Storage) {
        self.article = article
        self.summary = summary
        self.cacheKey = cacheKey
        storeKey = cacheKey.flatMap(ShardedStore.Key.init)
        self.groupDigests = groupDigests
        self.storage = storage
        var h = StableHasher()
        h.combine(article.id)
        h.combine(summary.headline.text)
        h.combine(article.metadata.outlet)
        h.combine(article.metadata.sourceHost)
        sourceDigest = h.finalizeWord()
    }

    /// The digest of each sentence's UTF-8 text.
    static func sentenceDigests(of analysis: ArticleAnalysis) -> [UInt64] {
        analysis.sentences.map { sentence in
            var h = StableHasher()
            analysis.text.withUTF8(sentence.start, sentence.end) { h.combine(bytes: UnsafeRawBufferPointer($0)) }
            return h.finalizeWord()
        }
    }

    /// The digests of what the timeline and the figure pages take from `analysis`: every field of its events (and
    /// their key terms, if given) and of its figures, each with its sentence's digest; and of what a card shows of it. (The article's id, headline,
    /// outlet and host, the rest of what those pages show of it, are in ``sourceDigest``.) `GroupDigestTests` fails
    /// when `DatedEvent` or `Statistic` gains a field this does not feed.
    static func groupDigests(of analysis: ArticleAnalysis, eventTerms: [[UInt64]]?, sentenceDigests: [UInt64]) -> GroupDigests {
        func sentence(_ index: Int) -> UInt64 { sentenceDigests.indices.contains(index) ? sentenceDigests[index] : 0 }
        var events = StableHasher()
        events.combine(analysis.events.count)
        for (index, e) in analysis.events.enumerated() {
            events.combine(e.date)
            events.combine(e.end)
            events.combine(e.precision.rawValue)
            events.combine(e.sentence)
            events.combine(e.summary)
            events.combine(e.timex)
            events.combine(e.wording)
            events.combine(sentence(e.sentence))
            let terms = eventTerms.flatMap { $0.indices.contains(index) ? $0[index] : nil }
            events.combine(terms != nil)
            events.combine(terms?.count ?? 0)
            for term in terms ?? [] { events.combine(term) }
        }
        var figures = PageInputs()
        figures.hasher.combine(analysis.statistics.count)
        for s in analysis.statistics {
            figures.combine(s)
            figures.hasher.combine(sentence(s.sentence))
        }
        var card = StableHasher()
        card.combine(analysis.headline.text)
        card.combine(analysis.headline.source.rawValue)
        card.combine(analysis.dek)
        card.combine(analysis.published.value)
        card.combine(analysis.published.isLowerBound)
        card.combine(analysis.published.source.rawValue)
        card.combine(analysis.statistics.count)
        card.combine(analysis.events.count)
        card.combine(analysis.sections.count)
        for section in analysis.sections {
            card.combine(section.title)
            card.combine(section.titleSource.rawValue)
        }
        return GroupDigests(events: events.finalizeWord(), figures: figures.hasher.finalizeWord(), card: card.finalizeWord())
    }

    /// The key terms of each event of `analysis` (none for an event without a date, which is never merged).
    static func eventTerms(of analysis: ArticleAnalysis) -> [[UInt64]] {
        let merger = EventMerger()
        return analysis.events.map { $0.date == nil ? [] : merger.keyTermDigests(of: $0, in: analysis.text, sentences: analysis.sentences) }
    }

    /// The article with what only its export record needs: itself when its analysis in memory holds that; else with
    /// that read from the cache; else (the cache cannot give it back) analysed again.
    func withRecordDetails(from cache: AnalysisCache?) -> AnalyzedArticle {
        if hasRecordDetails { return self }
        guard let cacheKey, let details = cache?.recordDetails(cacheKey) else { return analysedAgain() }
        var whole = analysis
        whole.paragraphs = details.paragraphs
        whole.timexes = details.timexes
        whole.entities = details.entities
        return AnalyzedArticle(article: article, analysis: whole, cacheKey: cacheKey)
    }

    /// The article with a full analysis made again from its text (and the configured date, if that is where its
    /// date came from): for an export record when the cache cannot give it back.
    func analysedAgain() -> AnalyzedArticle {
        let configured = summary.published.source == .config ? summary.published : nil
        return AnalyzedArticle(article: article, analysis: ArticleAnalyzer().analyze(article.analysisInput(published: configured)),
                               cacheKey: cacheKey)
    }

    /// Whether the analysis in memory still holds what only the export record needs (see
    /// ``BriefgenText/ArticleAnalysis/holdsRecordDetails``).
    var hasRecordDetails: Bool { analysis.holdsRecordDetails }

    /// The text of sentence `index`.
    public func sentenceText(_ index: Int) -> String {
        guard analysis.sentences.indices.contains(index) else { return "" }
        return analysis.text.text(of: analysis.sentences[index])
    }
}

/// Runs the analysis of many articles in parallel (bounded by the core count), keeping input order.
public struct AnalysisStage: Sendable {
    /// Publication dates the configuration sets per file name.
    public var configuredDates: [String: String]

    /// Creates a stage.
    public init(configuredDates: [String: String] = [:]) { self.configuredDates = configuredDates }

    /// The analyzed articles, in the order given.
    public func run(_ articles: [Article]) async -> [AnalyzedArticle] {
        await run(articles, keys: nil, cache: nil)
    }

    /// The analyzed articles, in the order given; with a cache, an article whose key is cached is not analyzed again.
    ///
    /// With `records`, each fresh article's export record goes there (see ``RecordStream``), not to the cache.
    func run(_ articles: [Article], keys: [String]?, cache: AnalysisCache?, records: RecordStream? = nil) async -> [AnalyzedArticle] {
        var results = [AnalyzedArticle?](repeating: nil, count: articles.count)
        // The articles the cache holds are read on every core, a few dozen at a time (a task each, for the 9,999
        // unchanged articles of a rebuild, was a tenth of their reading), while the others are analysed: the edited
        // article of a rebuild is analysed meanwhile, not after. One whose cached record cannot be read back is
        // analysed when that is found.
        let cachedKeys: [String?] = articles.indices.map { index in
            guard let key = keys?[index], let cache, cache.holds(key) else { return nil }
            return key
        }
        var queue = articles.indices.filter { cachedKeys[$0] == nil }
        let analyzer = ArticleAnalyzer()
        let dates = configuredDates
        let width = Concurrently.width
        await withTaskGroup(of: Finished.self) { group in
            if let cache, cachedKeys.contains(where: { $0 != nil }) {
                group.addTask {
                    let chunk = 32
                    let found = Concurrently.map((articles.count + chunk - 1) / chunk) { part in
                        ((part * chunk)..<min(articles.count, (part + 1) * chunk)).compactMap { index -> (Int, AnalyzedArticle?)? in
                            guard let key = cachedKeys[index] else { return nil }
                            let article = articles[index]
                            guard let cached = cache.summary(key) else { return (index, nil) }
                            // The rest of the analysis is read when a page, an export or a page group needs it; if
                            // it cannot be read back then, the article is analysed again, as it would have been now.
                            return (index, AnalyzedArticle(article: article, summary: cached.summary, cacheKey: key,
                                                           groupDigests: cached.groupDigests) {
                                if let found = cached.details(body: article.heldBody) {
                                    return AnalyzedArticle.Details(analysis: found.analysis, eventTerms: found.eventTerms,
                                                                   sentenceDigests: found.sentenceDigests)
                                }
                                return AnalysisStage.analyseAgain(article, dates: dates)
                            })
                        }
                    }
                    return .cached(Array(found.joined()))
                }
            }
            var next = 0, running = 0
            func submit() {
                let index = queue[next]
                let article = articles[index]
                let key = keys?[index]
                next += 1
                running += 1
                group.addTask {
                    let fallback = AnalysisStage.fallbackDate(for: article, in: dates).map { PublicationDate(value: $0, source: .config) }
                    var analysis = analyzer.analyze(article.analysisInput(published: fallback))
                    let terms = AnalyzedArticle.eventTerms(of: analysis)
                    let digests = AnalyzedArticle.sentenceDigests(of: analysis)
                    let stored = key.map { cache?.store($0, analysis, body: article.body, eventTerms: terms, sentenceDigests: digests) ?? false } ?? false
                    // What only the export record needs leaves memory at once: in a build that analyses every article,
                    // the record is made now, on this core, and written into `data/briefing.json`; else it is made when
                    // the export is written, from the cache, which holds the whole analysis.
                    let recorded = records.map { records in
                        (try? ExtractRecord(AnalyzedArticle(article: article, analysis: analysis)).jsonBytes()).map { records.put(index, $0) } ?? false
                    }
                    if recorded ?? stored { analysis.dropRecordDetails() }
                    // Pages only slice the text: its decoded scalars (4 bytes a character) go now.
                    analysis.text = analysis.text.compacted()
                    return .fresh(index, AnalyzedArticle(article: article, analysis: analysis, cacheKey: key, eventTerms: terms,
                                                         sentenceDigests: digests))
                }
            }
            while next < queue.count, running < width * 2 { submit() }
            for await finished in group {
                switch finished {
                case .fresh(let index, let analyzed):
                    results[index] = analyzed
                    running -= 1
                case .cached(let found):
                    for (index, analyzed) in found {
                        if let analyzed { results[index] = analyzed } else { queue.append(index) }
                    }
                }
                while next < queue.count, running < width * 2 { submit() }
            }
        }
        return results.compactMap { $0 }
    }

    /// The details of a cached article whose whole analysis could not be read back: analysed again (pages only, as
    /// a cached analysis holds).
    static func analyseAgain(_ article: Article, dates: [String: String]) -> AnalyzedArticle.Details {
        let fallback = fallbackDate(for: article, in: dates).map { PublicationDate(value: $0, source: .config) }
        var analysis = ArticleAnalyzer().analyze(article.analysisInput(published: fallback))
        analysis.dropRecordDetails()
        analysis.text = analysis.text.compacted()
        return AnalyzedArticle.Details(analysis: analysis, eventTerms: AnalyzedArticle.eventTerms(of: analysis),
                                       sentenceDigests: AnalyzedArticle.sentenceDigests(of: analysis))
    }

    /// What a task of ``run(_:keys:cache:)`` gives: one fresh analysis, or every cached one (nil where the cache could
    /// not give it back after all).
    private enum Finished: Sendable {
        case fresh(Int, AnalyzedArticle)
        case cached([(Int, AnalyzedArticle?)])
    }

    /// The publication date the configuration sets for this article's file name, if any.
    static func fallbackDate(for article: Article, in dates: [String: String]) -> String? {
        // Asked for every article of a rebuild (for its cache key); most configurations set no dates at all.
        guard !dates.isEmpty else { return nil }
        return dates[fileName(of: article.path)]
    }

    /// The last `/`-separated part of `path` that is not empty (the whole path when it has no `/`).
    static func fileName(of path: String) -> String {
        var end = path.endIndex
        while end > path.startIndex, path[path.index(before: end)] == "/" { end = path.index(before: end) }
        guard end > path.startIndex else { return path }
        let start = path[..<end].lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        return String(path[start..<end])
    }
}

extension ArticleAnalysis {
    /// Whether it holds what only the export record needs (paragraphs, temporal expressions, entities): not once
    /// ``dropRecordDetails()`` let go of them, nor when it came from the cache. (An article with any text has a
    /// paragraph; one without has nothing the record could lack.)
    var holdsRecordDetails: Bool { !paragraphs.isEmpty }

    /// Lets go of what only the export record needs, once the record is made or that part is stored.
    mutating func dropRecordDetails() {
        paragraphs = []
        timexes = []
        entities = []
    }
}
