import Testing
@testable import BriefgenText

/// Anchored expressions, fiscal years, holidays, ISO dates, spelled years and clock times with a day.
struct TimexAnchoredTests {
    typealias F = TimeFixture.Found

    @Test func recognizesTheAnchorOfSinceAndAfterButMakesNoEventOfIt() {
        let result = TimeFixture.analyze(
            "According to the 'United Nations', over 13,000 people have been killed since 2014. Relations soured after the 1994 memorandum.")
        #expect(result.timexes.map { F($0.text, $0.type.rawValue, $0.value) } == [F("2014", "DATE", "2014"), F("1994", "DATE", "1994")])
        #expect(result.events.isEmpty)
    }

    @Test func recognizesFiscalYearsAndIsoDates() {
        let found = TimeFixture.timexes("Defense spending rose in fiscal 2024. The decree was published on 2025-04-24.")
        #expect(found == [F("fiscal 2024", "DATE", "2024"), F("2025-04-24", "DATE", "2025-04-24")])
    }

    @Test func resolvesHolidaysAgainstTheYear() {
        let found = TimeFixture.timexes("A truce was declared for Christmas Day. Talks resumed after Thanksgiving 2024.", published: "2024-12-20")
        #expect(found == [F("Christmas Day", "DATE", "2024-12-25"), F("Thanksgiving 2024", "DATE", "2024-11-28")])
    }

    @Test func datesTheUSHolidaysSetByAWeekdayOfTheMonth() {
        // Election Day is the Tuesday after the first Monday of November; Labor Day the first Monday of September.
        let found = TimeFixture.timexes("Democrats hope to hold their seats on Election Day.", published: "1998-10-26")
        #expect(found == [F("Election Day", "DATE", "1998-11-03")])
        #expect(TimeFixture.timexes("The strike began on Labor Day, when 45,000 dockworkers walked out.", published: "2024-10-01")
            == [F("Labor Day", "DATE", "2024-09-02")])
        #expect(TimeFixture.timexes("Veterans marched on Memorial Day 2024.", published: "2024-10-01")
            == [F("Memorial Day 2024", "DATE", "2024-05-27")])
        // Not capitalized, an election day is any country's.
        #expect(TimeFixture.timexes("Officials said election day would be set by parliament.", published: "2024-10-01") == [])
    }

    @Test func datesTheEasterCycleByTheYear() {
        let found = TimeFixture.timexes("Pope Francis will celebrate Mass on Palm Sunday and Easter.", published: "2013-03-20")
        #expect(found == [F("Palm Sunday", "DATE", "2013-03-24"), F("Easter", "DATE", "2013-03-31")])
        #expect(TimeFixture.timexes("A truce was agreed for Good Friday 2025.", published: "2024-12-20")
            == [F("Good Friday 2025", "DATE", "2025-04-18")])
        // A good Friday for the markets is only a Friday.
        #expect(TimeFixture.timexes("It was a good Friday for the markets.", published: "2013-03-20")
            == [F("Friday", "DATE", "2013-03-15")])
    }

    @Test func readsSpelledOutYearsAndPresentReferences() {
        let found = TimeFixture.timexes("The border was drawn in nineteen ninety-one. The front line is now quiet.")
        #expect(found == [F("nineteen ninety-one", "DATE", "1991"), F("now", "DATE", "PRESENT_REF")])
    }

    @Test func joinsClockTimesWithTheirDay() {
        let found = TimeFixture.timexes("Air-raid sirens sounded at 5 p.m. Wednesday in Kyiv.", published: "2025-04-25")
        #expect(found == [F("5 p.m. Wednesday", "TIME", "2025-04-23T17:00")])
    }

    @Test func resolvesAYearEarlierAtTheGranularityOfTheComparedDate() {
        let found = TimeFixture.timexes("Grain exports fell in the third quarter, down from 2.1 million tonnes a year earlier.", published: "2024-11-05")
        #expect(found == [F("the third quarter", "DATE", "2024-Q3"), F("a year earlier", "DATE", "2023-Q3")])
    }

    @Test func countsAYearAgoFromNowOnceTheQuarterIsOutOfSight() {
        let text = "Grain exports fell in the third quarter. Ports in Odesa were hit again. Insurers raised premiums. "
            + "Shipping firms rerouted vessels. A year ago, Russian forces struck the grain terminal in Izmail."
        let found = TimeFixture.timexes(text, published: "2024-11-05")
        #expect(found == [F("the third quarter", "DATE", "2024-Q3"), F("A year ago", "DATE", "2023")])
        let near = TimeFixture.timexes("Grain exports fell in the third quarter. A year ago, they rose.", published: "2024-11-05")
        #expect(near == [F("the third quarter", "DATE", "2024-Q3"), F("A year ago", "DATE", "2023-Q3")])
    }

    @Test func countsYearsAgoFromNowNotFromTheDayOfTheSentence() {
        let found = TimeFixture.timexes(
            "The African Union said on Friday it would investigate the massacre in the town nearly four years ago.",
            published: "2024-02-23")
        #expect(found == [F("Friday", "DATE", "2024-02-23"), F("nearly four years ago", "DATE", "2020")])
    }
}
