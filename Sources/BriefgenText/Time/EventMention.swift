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
