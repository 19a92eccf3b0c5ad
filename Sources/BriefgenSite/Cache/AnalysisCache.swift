import BriefgenText
import Foundation

/// Analysis results on disk, by article key (see ``BuildCache/key(for:fallbackDate:)``), in two stores:
///
/// - `analysis/`: what the site's pages need of an analysis (sentences, sections, headline, dek, publication date,
///   figures, events; the text only when it differs from the article body), decoded only when asked for;
/// - `records/`: the article's finished record of `data/briefing.json` (the `briefgen extract` contract), stored when
///   the export is written, so a rebuild copies it instead of encoding the whole analysis again.
///
/// An article is a cache hit only when both are there: a hit's analysis lacks the paragraphs, temporal expressions and
/// entities, which only the record needs.
final class AnalysisCache: @unchecked Sendable {
    private let analyses: ShardedStore
    private let records: ShardedStore

    init(folder: URL, stamp: String) {
        analyses = ShardedStore(folder: folder, kind: "analysis", stamp: stamp)
        records = ShardedStore(folder: folder.deletingLastPathComponent().appendingPathComponent("records"), kind: "record",
                               stamp: stamp)
    }

    /// The cached analysis for `key` (pages only: see the type's notes), whose text is `body` unless the record says
    /// otherwise; nil when either store lacks it or it is unreadable.
    func lookup(_ key: String, body: String) -> ArticleAnalysis? {
        guard records.record(key) != nil, let bytes = analyses.record(key),
              let cached = try? JSONDecoder().decode(CachedAnalysis.self, from: Data(bytes)) else { return nil }
        analyses.markUsed(key)
        records.markUsed(key)
        return cached.analysis(body: body)
    }

    /// Remembers a fresh analysis (its pages' part).
    func store(_ key: String, _ analysis: ArticleAnalysis, body: String) {
        guard let json = try? SortedJSONEncoder.encode(CachedAnalysis(analysis, body: body)) else { return }
        analyses.put(key, json)
    }

    /// The stored export record of a cache hit.
    func exportRecord(_ key: String) -> ArraySlice<UInt8>? { records.record(key) }

    /// Remembers a fresh export record.
    func storeExportRecord(_ key: String, _ record: [UInt8]) { records.put(key, record) }

    /// Writes both stores: call it once, after the exports are written.
    func save() {
        analyses.save()
        records.save()
    }
}

/// A Codable mirror of ``ArticleAnalysis`` (whose ``ScalarText`` is not Codable): the text is stored only when it
/// differs from the article body it was read from.
struct CachedAnalysis: Codable {
    var text: String?
    var paragraphs: [TextParagraph]
    var sentences: [Sentence]
    var sections: [ArticleSection]
    var headline: Headline
    var dek: String?
    var published: PublicationDate
    var statistics: [Statistic]
    var timexes: [Timex]
    var events: [DatedEvent]
    var entities: [Entity]

    init(_ a: ArticleAnalysis, body: String) {
        text = a.text.string == body ? nil : a.text.string
        paragraphs = []  // only the export record needs them, and it is cached whole
        sentences = a.sentences
        sections = a.sections
        headline = a.headline
        dek = a.dek
        published = a.published
        statistics = a.statistics
        timexes = []
        events = a.events
        entities = []
    }

    func analysis(body: String) -> ArticleAnalysis {
        ArticleAnalysis(
            text: ScalarText.compact(text ?? body), paragraphs: paragraphs, sentences: sentences, sections: sections, headline: headline,
            dek: dek, published: published, statistics: statistics, timexes: timexes, events: events, entities: entities)
    }
}
