/// Anchors events to dated sentences (placeholder until the event rules land).
public struct EventExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// Events of an article.
    public func extract(_ text: ScalarText, sentences: [Sentence], timexes: [Timex]) -> [DatedEvent] { [] }
}
