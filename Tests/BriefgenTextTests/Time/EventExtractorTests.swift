import Testing
@testable import BriefgenText

/// Events anchored to dated sentences.
struct EventExtractorTests {
    private func events(_ text: String, published: String? = "2025-04-25") -> [DatedEvent] {
        TimeFixture.analyze(text, published: published).events
    }

    @Test func datesEventByTheMostSpecificDateOfTheSentence() {
        let found = events("In 2022, after weeks of fighting, Russian forces captured Mariupol on May 20, 2022.")
        #expect(found.map(\.date) == ["2022-05-20"])
        #expect(found.first?.precision == .day)
    }

    @Test func datesRangeEventsWithAnEnd() {
        let found = events("Between January and March, the U.N. verified 2,641 civilian casualties, representing almost a 900-person increase compared to the same timeframe the previous year.")
        #expect(found == [DatedEvent(date: "2025-01", end: "2025-03", precision: .month, sentence: 0,
                                     summary: "U.N. verified 2,641 civilian casualties", timex: 0)])
    }

    @Test func skipsDatesThatOnlyBoundOrCompare() {
        #expect(events("Over 13,000 people have been killed since 2014.").isEmpty)
        #expect(events("Casualties rose compared to the same weeks in 2024.").isEmpty)
        #expect(events("The drone war has lasted over three years, with attacks every night.").isEmpty)
        #expect(events("Attacks have intensified in recent days.").isEmpty)
    }

    @Test func summarizesNounPhraseEvents() {
        let found = events("The conflict has resulted in nearly one-fifth of Ukraine’s territory being seized since Russia’s full-scale invasion on February 24, 2022.")
        #expect(found.map(\.summary) == ["Russia’s full-scale invasion"])
        let annexation = events("The Ukraine-Russia conflict has its roots in the 2014 annexation of Crimea by Russia.")
        #expect(annexation.map(\.summary) == ["Annexation of Crimea by Russia"])
        #expect(annexation.map(\.precision) == [.year])
    }

    @Test func keepsRelativeEventsWithTheirWording() {
        let found = events("Ukraine is sending a major delegation to Washington this week.", published: nil)
        #expect(found == [DatedEvent(date: nil, precision: .day, sentence: 0,
                                     summary: "Ukraine is sending a major delegation to Washington", timex: 0, wording: "this week")])
    }

    @Test func placesWeekValuesAsDayRanges() {
        let found = events("Ukraine sent a delegation to Washington last week.")
        #expect(found.map(\.date) == ["2025-04-14"])
        #expect(found.map(\.end) == ["2025-04-20"])
    }

    @Test func splitsClearlySeparateClausesIntoTwoEvents() {
        let found = events("Russia annexed Crimea in 2014; the full-scale invasion followed in February 2022.")
        #expect(found.map(\.date) == ["2014", "2022-02"])
        #expect(found.map(\.summary) == ["Russia annexed Crimea", "Full-scale invasion followed"])
    }

    @Test func keepsSummariesShortWithoutTrailingPeriod() {
        let long = "On Tuesday, the Ukrainian Security Service claimed that its long-range drones targeted the Murom Instrument Engineering Plant in Russia’s Vladimir region, east of Moscow, leading to five explosions and a fire."
        let summary = events(long).first?.summary ?? ""
        #expect(summary.count <= 100)
        #expect(!summary.hasSuffix("."))
        #expect(summary == "Ukrainian Security Service’s long-range drones targeted the Murom Instrument Engineering Plant")
    }
}

/// Events in typical war-reporting sentences: the date of the event, not of the report.
struct EventReportingTests {
    private func events(_ text: String) -> [DatedEvent] { TimeFixture.analyze(text, published: "2025-05-20").events }

    @Test func prefersTheEventDateOverTheDateOfSaying() {
        let found = events("The leaders will meet again next month in Rome, officials said on Tuesday.")
        #expect(found == [DatedEvent(date: "2025-06", precision: .month, sentence: 0, summary: "Leaders will meet again in Rome", timex: 0)])
    }

    @Test func dropsTheLeadUpToTheDateFromTheSummary() {
        #expect(events("In the early hours of Monday, explosions rocked Kyiv.").map(\.summary) == ["Explosions rocked Kyiv"])
        #expect(events("On the night of 24 February 2022, Russian troops crossed the border.").map(\.date) == ["2022-02-24"])
        #expect(events("The talks in Istanbul on May 16 were the first direct negotiations since 2022.").map(\.summary)
                == ["Talks in Istanbul were the first direct negotiations"])
    }

    @Test func datesFromToRangesAcrossMonthNames() {
        let found = events("Putin declared a 72-hour truce from May 8 to May 10.")
        #expect(found == [DatedEvent(date: "2025-05-08", end: "2025-05-10", precision: .day, sentence: 0,
                                     summary: "Putin declared a 72-hour truce", timex: 1)])
    }

    @Test func splitsCoordinatedClausesWithTheirOwnDates() {
        let found = events("In 2023, the counteroffensive failed to break through Russian lines, and in 2024 Russia regained the initiative.")
        #expect(found.map(\.date) == ["2023", "2024"])
        #expect(found.map(\.summary) == ["Counteroffensive failed to break through Russian lines", "Russia regained the initiative"])
    }

    @Test func dropsAppositivesThatOnlyCarriedADate() {
        let found = events("The Kremlin said on Friday that Putin and Trump spoke by phone for two hours on Monday, their first call since February 12.")
        #expect(found == [DatedEvent(date: "2025-05-19", precision: .day, sentence: 0,
                                     summary: "Putin and Trump spoke by phone for two hours", timex: 2)])
    }
}

/// Narrative-relative dates (`two days later`) are never placed on a guessed date.
struct EventNarrativeTests {
    @Test func leavesNarrativeRelativeDatesUnresolvedAndOutOfTheTimeline() {
        let result = TimeFixture.analyze("Russian forces entered the town on May 8. Two days later, the garrison withdrew.", published: "2025-05-20")
        #expect(result.timexes.map(\.value) == ["2025-05-08", "P2D"])
        #expect(result.timexes.map(\.type) == [.date, .duration])
        #expect(result.events.map(\.date) == ["2025-05-08"])
    }
}

/// Summaries read like headlines: simple past instead of perfect, no reporting frame.
struct EventHeadlineStyleTests {
    @Test func turnsPerfectIntoSimplePast() {
        let events = TimeFixture.analyze(
            "In response, Russia has effectively dismissed a U.S. proposal on March 11. Casualties had risen by 46% in April.",
            published: "2025-05-20").events
        #expect(events.map(\.summary) == ["Russia effectively dismissed a U.S. proposal", "Casualties rose by 46%"])
    }
}

/// A dated quotation is summarized as its speaker's words.
struct EventQuotationTests {
    @Test func summarizesQuotationWithItsSpeaker() {
        let events = TimeFixture.analyze("\u{201C}We will not accept any ultimatum,\u{201D} Zelensky said on Monday.", published: "2025-05-26").events
        #expect(events.map(\.summary) == ["Zelensky: We will not accept any ultimatum"])
        #expect(events.map(\.date) == ["2025-05-26"])
    }
}
