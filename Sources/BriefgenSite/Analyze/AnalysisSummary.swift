import BriefgenText

/// What the site needs of every article's analysis at once: the card's headline, dek and date, the counts, and what
/// the front page ranks its key figures and latest events by.
///
/// A rebuild reads only this of each cached analysis up front (see ``CachedAnalysis``); the rest (text, sentences,
/// sections, figures and events in full) is read when a page, an export or a page group that shows the article is
/// made. Reading every cached analysis whole, for pages that were not made again, was a fifth of a rebuild that changed
/// one article of 10,000.
struct AnalysisSummary: Sendable, Equatable {
    /// What the key-figure ranking reads of a figure (see ``KeyFigureRanking``).
    struct Figure: Sendable, Equatable {
        var category: Statistic.Category
        var verification: Statistic.Verification
        /// Whether someone is named for it.
        var isAttributed: Bool
        var value: Double

        /// Equal field by field, the value by its bits (so that a summary read back equals the one written, NaN too).
        static func == (a: Figure, b: Figure) -> Bool {
            a.category == b.category && a.verification == b.verification && a.isAttributed == b.isAttributed
                && a.value.bitPattern == b.value.bitPattern
        }
    }

    /// What the front page's latest events are chosen by.
    struct Event: Sendable, Equatable {
        var date: String?
        var end: String?
        var sentence: Int
    }

    var headline: Headline
    var dek: String?
    var published: PublicationDate
    var sentenceCount: Int
    /// One a figure, in the analysis's order.
    var figures: [Figure]
    /// One an event, in the analysis's order.
    var events: [Event]

    /// Events with a date.
    var datedEventCount: Int { events.reduce(0) { $0 + ($1.date == nil ? 0 : 1) } }
}

extension AnalysisSummary {
    /// The summary of `a`.
    init(_ a: ArticleAnalysis) {
        self.init(headline: a.headline, dek: a.dek, published: a.published, sentenceCount: a.sentences.count,
                  figures: a.statistics.map {
                      Figure(category: $0.category, verification: $0.verification, isAttributed: $0.attribution != nil, value: $0.value)
                  },
                  events: a.events.map { Event(date: $0.date, end: $0.end, sentence: $0.sentence) })
    }
}
