/// Reads one article: paragraphs, headings, sentences, sections, dates, figures, events, headline.
///
/// A pure function of its input; safe to call from many tasks at once.
public struct ArticleAnalyzer: Sendable {
    /// Creates an analyzer.
    public init() {}

    /// Analyzes one article.
    public func analyze(_ input: ArticleInput) -> ArticleAnalysis {
        let text = ScalarText(input.text)
        let lines = ParagraphSplitter().split(text)
        let paragraphs = HeadingDetector().classify(text, paragraphs: lines, declared: input.declaredHeadings)
        let sentences = SentenceSplitter().split(text, paragraphs: paragraphs)
        let words = ArticleWords(text, sentences: sentences)
        let sections = SectionSegmenter().sections(text, paragraphs: paragraphs, sentences: sentences, words: words)
        let temporal = TemporalAnalyzer().analyze(text, sentences: sentences, published: input.published)
        let reading = StatisticsReader().read(text, sentences: sentences, timexes: temporal.timexes)
        let (entities, statistics) = (reading.entities, reading.statistics)
        let lead = HeadlineWriter().write(
            text, paragraphs: paragraphs, sentences: sentences, title: input.title, statistics: statistics,
            words: words)
        return ArticleAnalysis(
            text: text, paragraphs: paragraphs, sentences: sentences, sections: sections,
            headline: lead.headline, dek: lead.dek, published: temporal.published,
            statistics: statistics, timexes: temporal.timexes, events: temporal.events, entities: entities)
    }
}
