import BriefgenText
@testable import BriefgenSite

extension AnalyzedArticle {
    /// An article that is only an id and its figures, for tests of site-wide figure choices.
    static func withFigures(_ id: String, _ figures: [Statistic]) -> AnalyzedArticle {
        let analysis = ArticleAnalysis(
            text: ScalarText("x"), paragraphs: [], sentences: [Sentence(start: 0, end: 1, paragraph: 0)], sections: [],
            headline: Headline(text: id, source: .generated), dek: nil, published: .unknown, statistics: figures,
            timexes: [], events: [], entities: [])
        let article = Article(path: "seeds/\(id).txt", id: id, format: .plainText, body: "x", bodyFirstLine: 1,
                              metadata: ArticleMetadata(), declaredHeadings: nil, byteCount: 1)
        return AnalyzedArticle(article: article, analysis: analysis)
    }
}
