import Testing
@testable import BriefgenText

/// The seeds' full temporal reading: publication date and every event, as the timeline shows them.
///
/// Seed 000 gives no date; "from April 1-24 of this year compared to the same weeks in 2024" fixes the year (2025) and
/// a lower bound (on or after 2025-04-24). Against a lower bound, bare weekdays and `overnight` stay relative; months
/// take the fixed year. "his new administration set to begin in January" is said by Trump earlier ("has previously
/// stated"): the future is that of the earlier statement, so `January` takes the fixed year (2025-01, the inauguration),
/// not the next January. Seed 001 has no anchor: its years are absolute, `this week` stays relative.
struct SeedTimelineTests {
    struct Row: Equatable, CustomStringConvertible {
        var date: String?
        var end: String?
        var precision: DatedEvent.Precision
        var sentence: Int
        var summary: String
        var wording: String?

        init(_ date: String?, _ end: String?, _ precision: DatedEvent.Precision, _ sentence: Int, _ summary: String,
             wording: String? = nil) {
            (self.date, self.end, self.precision, self.sentence, self.summary, self.wording) = (date, end, precision, sentence, summary, wording)
        }

        init(_ e: DatedEvent) { self.init(e.date, e.end, e.precision, e.sentence, e.summary, wording: e.wording) }

        var description: String { "\(date ?? "-")/\(end ?? "-") \(precision) s\(sentence) \(summary) \(wording ?? "")" }
    }

    @Test func seed000InfersPublicationDateAndTimeline() throws {
        let result = TimeFixture.analyze(try TimeFixture.seed("000_4482b8ed06c74029.txt"))
        #expect(result.published == PublicationDate(
            value: "2025-04-24", source: .textInferred,
            evidence: "Furthermore, reports indicate that civilian casualties had risen by 46% from April 1-24 of this year compared to the same weeks in 2024.",
            precision: .day, isLowerBound: true))
        #expect(result.events.map(Row.init) == [
            Row(nil, nil, .day, 0, "Ukraine poised to sign a significant mineral resources agreement with the United States", wording: "Wednesday"),
            Row("2025-03", nil, .month, 7, "Initial U.S. draft presented"),
            Row("2025-01", nil, .month, 15, "New administration set to begin"),
            Row("2022-02-24", nil, .day, 16, "Russia’s full-scale invasion"),
            Row("2025", nil, .year, 27, "Ukrainian civilian casualties surged, with data indicating a significant increase"),
            Row("2025-01", "2025-03", .month, 28, "U.N. verified 2,641 civilian casualties"),
            Row("2025-04-01", "2025-04-24", .day, 29, "Civilian casualties rose by 46%"),
            Row(nil, nil, .day, 31, "Ukrainian Security Service’s drones targeted the Murom Instrument Engineering Plant", wording: "overnight"),
        ])
    }

    @Test func seed000TimexesAreTheExpectedOnes() throws {
        let found = TimeFixture.timexes(try TimeFixture.seed("000_4482b8ed06c74029.txt"))
        typealias F = TimeFixture.Found
        #expect(found == [
            F("Wednesday", "DATE", "XXXX-WXX-3"), F("three years", "DURATION", "P3Y"), F("March", "DATE", "2025-03"),
            F("the first 24 hours", "DURATION", "PT24H"), F("January", "DATE", "2025-01"),
            F("February 24, 2022", "DATE", "2022-02-24"), F("now", "DATE", "PRESENT_REF"), F("30-day", "DURATION", "P30D"),
            F("the early months of the year", "DATE", "2025"), F("January", "DATE", "2025-01"), F("March", "DATE", "2025-03"), F("the previous year", "DATE", "2024"),
            F("April 1-24 of this year", "DATE", "2025-04-01/2025-04-24"), F("2024", "DATE", "2024"),
            F("overnight", "TIME", nil),
        ])
    }

    @Test func seed001KeepsUnknownAnchorAndDatesBackgroundYears() throws {
        let result = TimeFixture.analyze(try TimeFixture.seed("001_d30e6bfd71bd188e.txt"))
        #expect(result.published == .unknown)
        #expect(result.events.map(Row.init) == [
            Row(nil, nil, .day, 2, "Ukraine is sending a major delegation to Washington", wording: "this week"),
            Row("1991", nil, .year, 10, "Dissolution of the Soviet Union"),
            Row("1994", nil, .year, 11, "Two countries signed the Budapest Memorandum"),
            Row("2014", nil, .year, 12, "Tensions escalated after Ukraine's pro-Russian president Viktor Yanukovych was ousted"),
            Row("2014", nil, .year, 23, "Annexation of Crimea by Russia"),
        ])
    }

    @Test func seedsMergeIntoOneTimeline() throws {
        let articles = try ["000_4482b8ed06c74029.txt", "001_d30e6bfd71bd188e.txt"].map { name in
            let text = ScalarText(try TimeFixture.seed(name))
            let sentences = TimeFixture.sentences(text)
            let events = TemporalAnalyzer().analyze(text, sentences: sentences, published: nil).events
            return ArticleEvents(articleID: String(name.prefix(3)), text: text, sentences: sentences, events: events)
        }
        let timeline = EventMerger().merge(articles)
        // Seed 001 tells the 2014 annexation of Crimea twice (sentences 12 and 23): one entry with two mentions.
        #expect(timeline.map(\.date) == ["1991", "1994", "2014", "2022-02-24", "2025", "2025-01", "2025-01",
                                         "2025-03", "2025-04-01", nil, nil, nil])
        #expect(timeline[2].mentions.map(\.sentence) == [12, 23])
        // Key terms worked out beforehand (as the build does, with the analysis) merge the same way.
        let merger = EventMerger()
        let precomputed = articles.map { a in
            ArticleEvents(articleID: a.articleID, text: a.text, sentences: a.sentences, events: a.events,
                          keyTerms: a.events.map { merger.keyTermDigests(of: $0, in: a.text, sentences: a.sentences) })
        }
        #expect(precomputed.allSatisfy { $0.keyTerms != nil })
        #expect(merger.merge(precomputed) == timeline)
        #expect(merger.keyTerms(of: articles[1].events[3], in: articles[1].text, sentences: articles[1].sentences)
                == ["annexation", "crimea", "eastern", "escalat", "however", "lead", "oust", "president", "pro", "rebel", "russia",
                    "russian", "separatist", "support", "tension", "ukraine", "viktor", "yanukovych"])
        // The digests the merge compares: one per term, sorted, none repeated.
        let terms = merger.keyTerms(of: articles[1].events[3], in: articles[1].text, sentences: articles[1].sentences)
        #expect(merger.keyTermDigests(of: articles[1].events[3], in: articles[1].text, sentences: articles[1].sentences)
                == Set(terms.map(EventMerger.termDigest)).sorted())
        #expect(Set(terms.map(EventMerger.termDigest)).count == terms.count)
    }

    /// The digest is fixed (it is cached between builds): FNV-1a, then mixed.
    @Test func termDigestsAreStable() {
        #expect(EventMerger.termDigest("") != EventMerger.termDigest("a"))
        #expect(EventMerger.termDigest("kharkiv") == EventMerger.termDigest(String("xkharkiv".dropFirst())))
        #expect(EventMerger.termDigest("attack") != EventMerger.termDigest("attacks"))
    }
}
