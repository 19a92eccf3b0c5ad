import Testing
@testable import BriefgenText

/// Cross-article merging of event mentions into timeline entries.
struct EventMergerTests {
    private func article(_ id: String, _ text: String, published: String?) -> ArticleEvents {
        let scalars = ScalarText(text)
        let sentences = TimeFixture.sentences(scalars)
        let events = TemporalAnalyzer().analyze(scalars, sentences: sentences,
                                                published: published.map { PublicationDate(value: $0, source: .config) }).events
        return ArticleEvents(articleID: id, text: scalars, sentences: sentences, events: events)
    }

    @Test func mergesMentionsOfTheSameEventAcrossArticles() {
        let a = article("a", "The two countries signed the Budapest Memorandum in 1994, guaranteeing Ukraine's sovereignty.", published: nil)
        let b = article("b", "Ukraine gave up its nuclear arsenal under the Budapest Memorandum, signed in 1994.", published: nil)
        let timeline = EventMerger().merge([a, b])
        #expect(timeline.count == 1)
        #expect(timeline.first?.date == "1994")
        #expect(timeline.first?.mentions.map(\.articleID) == ["a", "b"])
    }

    @Test func keepsDifferentEventsOnTheSameDateApart() {
        let a = article("a", "Russia annexed Crimea in 2014.", published: nil)
        let b = article("b", "Viktor Yanukovych fled Kyiv in 2014 after mass protests.", published: nil)
        #expect(EventMerger().merge([a, b]).count == 2)
    }

    @Test func ordersByDateThenFirstMentionAndListsRelativeEntriesLast() {
        let a = article("a", "Talks resumed on Wednesday. The war began on February 24, 2022.", published: nil)
        let b = article("b", "The Soviet Union dissolved in 1991.", published: nil)
        let timeline = EventMerger().merge([a, b])
        #expect(timeline.map(\.date) == ["1991", "2022-02-24", nil])
        #expect(timeline.last?.wording == "Wednesday")
    }

    @Test func isDeterministic() {
        let a = article("a", "Russia annexed Crimea in 2014. The Soviet Union dissolved in 1991.", published: nil)
        let b = article("b", "Crimea was annexed by Russia in 2014.", published: nil)
        #expect(EventMerger().merge([a, b]) == EventMerger().merge([a, b]))
        #expect(EventMerger().merge([a, b]).first { $0.date == "2014" }?.mentions.count == 2)
    }
}

/// Mentions worded differently still meet on their stems.
struct EventMergerStemTests {
    @Test func mergesDifferentlyWordedReportsOfOneAttack() {
        func article(_ id: String, _ text: String) -> ArticleEvents {
            let scalars = ScalarText(text)
            let sentences = TimeFixture.sentences(scalars)
            let events = TemporalAnalyzer().analyze(scalars, sentences: sentences,
                                                    published: PublicationDate(value: "2025-04-25", source: .config)).events
            return ArticleEvents(articleID: id, text: scalars, sentences: sentences, events: events)
        }
        let a = article("a", "A Russian drone attack on Kharkiv injured at least 45 civilians on Thursday.")
        let b = article("b", "Russian drones attacked Kharkiv on Thursday, injuring 45 people.")
        let c = article("c", "Russian missiles struck Odesa on Thursday.")
        let timeline = EventMerger().merge([a, b, c])
        #expect(timeline.map { $0.mentions.map(\.articleID) } == [["a", "b"], ["c"]])
    }
}
