import Testing
@testable import BriefgenText

/// Date arithmetic on the UTC Gregorian calendar.
struct CalendarDateTests {
    @Test func addsDaysAcrossMonthAndYearEnds() {
        #expect(CalendarDate(year: 2025, month: 4, day: 25).adding(days: 5).description == "2025-04-30")
        #expect(CalendarDate(year: 2024, month: 12, day: 30).adding(days: 3).description == "2025-01-02")
        #expect(CalendarDate(year: 2024, month: 3, day: 1).adding(days: -1).description == "2024-02-29")
    }

    @Test func computesIsoWeekdaysAndWeeks() {
        #expect(CalendarDate(year: 2025, month: 4, day: 25).isoWeekday == 5)
        #expect(CalendarDate(year: 2025, month: 4, day: 25).isoWeek == "2025-W17")
        #expect(CalendarDate(year: 2021, month: 1, day: 3).isoWeek == "2020-W53")
        #expect(CalendarDate(year: 2024, month: 12, day: 30).isoWeek == "2025-W01")
    }

    @Test func parsesIsoPrefixesOnly() {
        #expect(CalendarDate(iso: "2025-04-25T10:00:00Z") == CalendarDate(year: 2025, month: 4, day: 25))
        #expect(CalendarDate(iso: "2025-04") == nil)
    }
}
