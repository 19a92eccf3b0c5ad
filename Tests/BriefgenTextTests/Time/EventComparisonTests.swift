import Testing
@testable import BriefgenText

/// A date that a comparison word only seems to compare: `than` and `same` about something else make no bound.
struct EventComparisonTests {
    private func events(_ text: String, published: String) -> [DatedEvent] {
        TimeFixture.analyze(text, published: published).events
    }

    @Test func aNumberAfterThanComparesTheCountNotTheDate() {
        let range = events("The fighting killed more than 450,000 people between 1985 and 2018, a truth commission found.",
                           published: "2025-01-20")
        #expect(range.map(\.date) == ["1985"])
        #expect(range.map(\.end) == ["2018"])
        let month = events("Gangs killed or injured more than 1,100 people in January alone, the U.N. says.", published: "2024-03-12")
        #expect(month.map(\.date) == ["2024-01"])
    }

    @Test func thanBeforeTheDateStillCompares() {
        #expect(events("Casualties were higher than in 2023, the monitors said.", published: "2024-06-01").isEmpty)
        #expect(events("Fewer ships crossed than a year earlier.", published: "2024-06-01").isEmpty)
    }

    @Test func sameWithoutAPeriodComparesSomethingElse() {
        let found = events("The same hotel was attacked in June 2023, when gunmen besieged it for several hours.", published: "2024-08-03")
        #expect(found.map(\.date) == ["2023-06"])
        #expect(events("Exports rose 5% from the same period in 2023.", published: "2024-08-03").isEmpty)
        #expect(events("Arrivals fell by a third compared with the same weeks in 2024.", published: "2025-04-25").isEmpty)
    }
}
