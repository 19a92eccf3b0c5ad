/// Extracts figures with what they count, who says so and how sure it is.
public struct StatisticExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// Figures in text order.
    public func extract(_ text: ScalarText, sentences: [Sentence], timexes: [Timex], entities: [Entity]) -> [Statistic] { [] }
}
