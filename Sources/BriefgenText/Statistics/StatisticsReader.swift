/// Reads an article's entities and figures from one tokenization of its sentences.
///
/// ``EntityRecognizer`` and ``StatisticExtractor`` read the same ``WordToken``s; called one after the other, each
/// would cut every sentence into tokens again. Same output as calling them in turn.
public struct StatisticsReader: Sendable {
    /// What the reader finds in an article.
    public struct Reading: Sendable {
        /// Entity mentions in sentence order.
        public var entities: [Entity]
        /// Figures in text order.
        public var statistics: [Statistic]
    }

    /// Creates a reader.
    public init() {}

    /// The entities and figures of an article.
    public func read(_ text: ScalarText, sentences: [Sentence], timexes: [Timex]) -> Reading {
        let tokens = sentences.map { WordTokenizer.readable(text, $0) }
        let entities = EntityRecognizer().recognize(tokens)
        let statistics = StatisticExtractor().extract(text, sentences: sentences, timexes: timexes, entities: entities, tokens: tokens)
        return Reading(entities: entities, statistics: statistics)
    }
}
