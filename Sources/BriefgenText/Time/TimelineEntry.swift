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

/// Where a timeline entry is told: an article and a sentence in it.
public struct EventMention: Sendable, Hashable, Codable {
    /// The article's id.
    public var articleID: String
    /// Index of the sentence in that article.
    public var sentence: Int
    /// The event's summary as that article gives it.
    public var summary: String

    /// Creates a mention.
    public init(articleID: String, sentence: Int, summary: String) {
        self.articleID = articleID
        self.sentence = sentence
        self.summary = summary
    }
}

/// One entry of the cross-article timeline: an event and every article that tells it.
public struct TimelineEntry: Sendable, Hashable, Codable {
    /// Start date (ISO prefix), nil for an entry known only relative to an unknown publication date.
    public var date: String?
    /// End date of a range.
    public var end: String?
    /// Precision of `date`.
    public var precision: DatedEvent.Precision
    /// Headline-style summary (from the first mention).
    public var summary: String
    /// The original wording of a relative-only date (`on Wednesday`), nil when dated.
    public var wording: String?
    /// Every mention, in article order then sentence order.
    public var mentions: [EventMention]

    /// Creates an entry.
    public init(date: String?, end: String?, precision: DatedEvent.Precision, summary: String, wording: String?,
                mentions: [EventMention]) {
        self.date = date
        self.end = end
        self.precision = precision
        self.summary = summary
        self.wording = wording
        self.mentions = mentions
    }
}
