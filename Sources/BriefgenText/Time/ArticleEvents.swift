/// One article's events, with what the merger needs to compare them: the article's id, text and sentences.
public struct ArticleEvents: Sendable {
    /// The article's id (as in the `extract` record).
    public var articleID: String
    /// The article's text and sentences, which the events point into.
    public var text: ScalarText
    public var sentences: [Sentence]
    /// The article's events.
    public var events: [DatedEvent]
    /// Each event's key terms as the merger compares them (``EventMerger/keyTermDigests(of:in:sentences:)``), when
    /// worked out beforehand — by the analysis, on every core, or from a build cache; nil: the merger works them out.
    public var keyTerms: [[UInt64]]?

    /// Creates an article's event list.
    public init(articleID: String, text: ScalarText, sentences: [Sentence], events: [DatedEvent], keyTerms: [[UInt64]]? = nil) {
        self.articleID = articleID
        self.text = text
        self.sentences = sentences
        self.events = events
        self.keyTerms = keyTerms?.count == events.count ? keyTerms : nil
    }
}
