import Testing
@testable import BriefgenText

/// Odd inputs never crash the temporal analysis, and its output is deterministic.
struct TemporalRobustnessTests {
    @Test(arguments: [
        "", ";", "—, which on Monday", ", which in 2014", "2014-", "-2014", "April", "May.", "the", "'80s", "Jan.",
        "1-24", "April 31-1", "since", "on Wednesday", "9999", "0000-00-00", "between January and", "from 2014 to",
        "Christmas", "New Year's Day", "nineteen", "24:00 GMT", "12:75 p.m.", "a a a a year", "every", "the past past past",
    ])
    func survivesOddInput(_ text: String) {
        for published in [nil, "2025-04-25", "2025"] as [String?] {
            let result = TimeFixture.analyze(text, published: published)
            for timex in result.timexes { #expect(timex.start < timex.end) }
            for event in result.events { #expect(event.timex < result.timexes.count) }
        }
    }

    @Test func isDeterministic() throws {
        let text = try TimeFixture.seed("000_4482b8ed06c74029.txt")
        let a = TimeFixture.analyze(text)
        let b = TimeFixture.analyze(text)
        #expect(a.timexes == b.timexes)
        #expect(a.events == b.events)
        #expect(a.published == b.published)
    }
}
