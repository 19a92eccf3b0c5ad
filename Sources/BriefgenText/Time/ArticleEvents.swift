/// One article's events, with what the merger needs to compare them: the article's id, text and sentences.
public struct ArticleEvents: Sendable {
    /// The article's id (as in the `extract` record).
    public var articleID: String
    /// The article's text and sentences, which the events point into.
    public var text: ScalarText
    public var sentences: [Sentence]
    /// The article's events.
    public var events: [DatedEvent]

    /// Creates an article's event list.
    public init(articleID: String, text: ScalarText, sentences: [Sentence], events: [DatedEvent]) {
        self.articleID = articleID
        self.text = text
        self.sentences = sentences
        self.events = events
    }
}
