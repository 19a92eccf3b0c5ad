@testable import BriefgenSite
import BriefgenText
import Testing

/// Source list pages are fingerprinted from what their cards show: a card field not fed to the fingerprint would leave
/// a list page stale after an edit changed only that field.
@Suite struct SourceCardFingerprintTests {
    static func article(_ change: (inout Article, inout ArticleAnalysis) -> Void = { _, _ in }) -> AnalyzedArticle {
        var article = Article(path: "seeds/a.txt", id: "a", format: .plainText, body: "x", bodyFirstLine: 1,
                              metadata: ArticleMetadata(), declaredHeadings: nil, byteCount: 1)
        article.metadata.outlet = "Reuters"
        var analysis = ArticleAnalysis(
            text: ScalarText("x"), paragraphs: [], sentences: [Sentence(start: 0, end: 1, paragraph: 0)],
            sections: [ArticleSection(title: "Kharkiv", titleSource: .heading, firstSentence: 0, lastSentence: 0)],
            headline: Headline(text: "H", source: .frontMatter), dek: "D",
            published: PublicationDate(value: "2025-04-01", source: .frontMatter), statistics: [], timexes: [], events: [],
            entities: [])
        change(&article, &analysis)
        return AnalyzedArticle(article: article, analysis: analysis)
    }

    static func print(_ a: AnalyzedArticle) -> String {
        var inputs = PageInputs()
        inputs.card(of: a)
        return inputs.hasher.finalize()
    }

    @Test func everyCardFieldIsCovered() {
        let card = SiteAssembler(config: BriefgenConfig(), version: "t", cache: nil).card(Self.article(), root: "")
        #expect(Mirror(reflecting: card).children.compactMap(\.label) == PageInputs.cardFields)
    }

    @Test func eachShownFieldChangesTheFingerprint() {
        let stat = Statistic(value: 1, surface: "1", what: "w", category: .killed, verification: .reported, sentence: 0, start: 0, end: 1)
        let changes: [(inout Article, inout ArticleAnalysis) -> Void] = [
            { a, _ in a.id = "b" },
            { _, x in x.headline.text = "G" },
            { _, x in x.headline.source = .generated },
            { _, x in x.dek = nil },
            { _, x in x.published.value = "2025-04-02" },
            { _, x in x.published.isLowerBound = true },
            { _, x in x.published.source = .textInferred },
            { a, _ in a.metadata.outlet = nil },
            { a, _ in a.metadata.sourceURL = "https://example.org/x" },
            { _, x in x.statistics = [stat] },
            { _, x in x.events = [DatedEvent(date: "2025-04-01", end: nil, precision: .day, sentence: 0, summary: "s", timex: 0, wording: nil)] },
            { _, x in x.sections[0].title = "Kyiv" },
            { _, x in x.sections[0].titleSource = .generated },
            { _, x in x.sections.append(ArticleSection(title: "More", titleSource: .heading, firstSentence: 0, lastSentence: 0)) },
        ]
        let base = Self.print(Self.article())
        let prints = changes.map { Self.print(Self.article($0)) }
        #expect(!prints.contains(base))
        #expect(Set(prints).count == prints.count)
    }
}
