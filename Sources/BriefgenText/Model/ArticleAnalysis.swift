/// Everything briefgen reads out of one article: the output of ``ArticleAnalyzer``.
public struct ArticleAnalysis: Sendable {
    /// The analyzed body, addressed by scalar offsets.
    public var text: ScalarText
    /// Paragraphs (lines), with headings marked.
    public var paragraphs: [TextParagraph]
    /// Sentences of the body paragraphs, in order.
    public var sentences: [Sentence]
    /// Sections, explicit or inferred, covering every sentence in order.
    public var sections: [ArticleSection]
    /// The headline.
    public var headline: Headline
    /// One-sentence summary under the headline, if the article has one.
    public var dek: String?
    /// The publication date used as the anchor for relative dates.
    public var published: PublicationDate
    /// Figures.
    public var statistics: [Statistic]
    /// Temporal expressions.
    public var timexes: [Timex]
    /// Dated events.
    public var events: [DatedEvent]
    /// Named entities.
    public var entities: [Entity]

    /// Creates an analysis.
    public init(
        text: ScalarText, paragraphs: [TextParagraph], sentences: [Sentence], sections: [ArticleSection],
        headline: Headline, dek: String?, published: PublicationDate, statistics: [Statistic], timexes: [Timex],
        events: [DatedEvent], entities: [Entity]
    ) {
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.sections = sections
        self.headline = headline
        self.dek = dek
        self.published = published
        self.statistics = statistics
        self.timexes = timexes
        self.events = events
        self.entities = entities
    }
}
