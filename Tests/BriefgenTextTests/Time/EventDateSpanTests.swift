import Testing
@testable import BriefgenText

/// ``EventDate/commonSpan(_:)``: years, months and days read on their bytes give the spans the string steps give.
struct EventDateSpanTests {
    static let values = [
        "2024", "2024-05", "2024-05-07", "2024-05-07T10:00", "2024-05-07TEV", "2024T10", "1990", "0000", "9999-12-31",
        "2024-13", "2024-00", "2024-02-30", "2024-05-00", "2024-05-32", "2024-5-7", "2024-05-7", "2024-05-07x",
        "2024-Q3", "2024-H1", "2024-SU", "2024-WI", "2024-W17", "2024-W17-WE", "199", "19", "XXXX-04", "XXXX-XX-XX",
        "2024/2025", "2024-05-07/2024-05-09", "PAST_REF", "PRESENT_REF", "P3Y", "PT2H", "T10:00", "", "２０２４",
        "2024-05-07T10:00/2024-05-08", "2024-0５", "2024\r\n", "2024-05-07\u{301}",
    ]

    @Test(arguments: values)
    func commonSpanIsTheStringSteps(_ value: String) {
        let general = EventDate(anyValue: value)
        if let common = EventDate.commonSpan(value) { #expect(common == general, "\(value)") }
        #expect(EventDate(value: value) == general, "\(value)")
    }

    @Test func commonSpansPinned() {
        #expect(EventDate.commonSpan("2024") == EventDate(date: "2024", end: nil, precision: .year))
        #expect(EventDate.commonSpan("2024-05") == EventDate(date: "2024-05", end: nil, precision: .month))
        #expect(EventDate.commonSpan("2024-05-07T10:00") == EventDate(date: "2024-05-07", end: nil, precision: .day))
        #expect(EventDate.commonSpan("2024-02-30") == EventDate(date: "2024-02-30", end: nil, precision: .day))
        // Left to the string steps.
        #expect(EventDate.commonSpan("2024-13") == nil)
        #expect(EventDate.commonSpan("2024-Q3") == nil)
        #expect(EventDate.commonSpan("2024/2025") == nil)
        #expect(EventDate.commonSpan("２０２４") == nil)
        #expect(EventDate(value: "2024-Q3") == EventDate(date: "2024-07", end: "2024-09", precision: .month))
    }
}
