import Testing
@testable import BriefgenText

/// A bare month takes its year from the publication date, leaning to the tense of its sentence.
struct TimexMonthYearTests {
    typealias F = TimeFixture.Found

    @Test func placesAPlannedMonthAhead() {
        let found = TimeFixture.timexes(
            "The United Nations will send a second monitoring mission to Darfur in December, officials said.",
            published: "2024-03-04")
        #expect(found == [F("December", "DATE", "2024-12")])
    }

    @Test func placesAReportedMonthBack() {
        let found = TimeFixture.timexes("In January, Houthi forces struck a tanker in the Red Sea.", published: "2024-05-20")
        #expect(found == [F("January", "DATE", "2024-01")])
    }
}
