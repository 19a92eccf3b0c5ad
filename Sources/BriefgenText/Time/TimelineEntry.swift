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
