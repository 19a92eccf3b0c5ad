import Testing
@testable import BriefgenText

/// Months counted from the month last named, spelled decades, `earlier in the year`, compared periods written as
/// adjectives, and `Now,` opening a sentence.
struct TimexAnaphoricMonthTests {
    typealias F = TimeFixture.Found

    @Test func countsTheFollowingMonthFromTheMonthLastNamed() {
        let found = TimeFixture.timexes(
            "In March, American Medical brought in a new chief executive. The following month, it rejected the bid.",
            published: "1989-10-27")
        #expect(found == [F("March", "DATE", "1989-03"), F("The following month", "DATE", "1989-04")])
        #expect(TimeFixture.timexes("Fighting erupted in Khartoum on April 15, 2023. That month, 2,641 people fled.",
                                    published: "2025-03-21")
            == [F("April 15, 2023", "DATE", "2023-04-15"), F("That month", "DATE", "2023-04")])
    }

    @Test func countsTheFollowingWeekFromTheDayLastNamed() {
        let found = TimeFixture.timexes(
            "Talks collapsed on March 3, 2022. The following week, Russian forces shelled Mariupol.", published: "2025-03-21")
        #expect(found == [F("March 3, 2022", "DATE", "2022-03-03"), F("The following week", "DATE", "2022-W10")])
    }

    @Test func leavesTheFollowingMonthUnresolvedWithoutANamedMonth() {
        let found = TimeFixture.timexes("The following month, an F-16 squadron arrived.", published: "2025-03-21")
        #expect(found == [F("The following month", "DATE", nil)])
    }

    @Test func readsSpelledDecadesOfTheTwentiethCentury() {
        let found = TimeFixture.timexes("The pipeline was built in the nineties, after a boom in the late sixties.")
        #expect(found == [F("the nineties", "DATE", "199"), F("the late sixties", "DATE", "196")])
        // An age is not a decade.
        #expect(TimeFixture.timexes("The commander, in his sixties, was wounded.").isEmpty)
    }

    @Test func readsEarlierInTheYearAsThisYear() {
        let found = TimeFixture.timexes("The board had approved the plan earlier in the year.", published: "1989-10-26")
        #expect(found == [F("earlier in the year", "DATE", "1989")])
    }

    @Test func readsYearEarlierAsAnAdjectiveForTheComparedQuarter() {
        let found = TimeFixture.timexes(
            "Third-quarter profit fell 12% from year-earlier levels; sales of COVID-19 tests dropped.", published: "1989-10-26")
        #expect(found == [F("Third-quarter", "DATE", "1989-Q3"), F("year-earlier", "DATE", "1988-Q3")])
        #expect(TimeFixture.timexes("The company posted a profit, compared with a year-earlier loss.", published: "1989-10-26")
            == [F("year-earlier", "DATE", "1988")])
        #expect(TimeFixture.timexes("Revenue was flat in the latest period.", published: "1989-10-26")
            == [F("the latest period", "DATE", "1989-Q3")])
    }

    @Test func ignoresNowAsADiscourseMarker() {
        #expect(TimeFixture.timexes("Now, the question is whether the truce will hold.", published: "2025-04-25").isEmpty)
        #expect(TimeFixture.timexes("Now the front line is quiet.", published: "2025-04-25") == [F("Now", "DATE", "PRESENT_REF")])
    }

    @Test func countsThatYearFromTheYearLastNamedInTheSentencesBefore() {
        let text = "Russia annexed Crimea in 2014. In March of that year, troops seized the parliament. "
            + "The war began in February 2022. By the end of that year, 8 million people had fled."
        let found = TimeFixture.timexes(text, published: "2025-04-10")
        #expect(found == [F("2014", "DATE", "2014"), F("March of that year", "DATE", "2014-03"),
                          F("February 2022", "DATE", "2022-02"), F("that year", "DATE", "2022")])
    }

    @Test func countsADecadeLaterFromTheDateNamedBefore() {
        let found = TimeFixture.timexes("The memorandum was signed in 1994. A decade later, it was forgotten.", published: "2025-04-10")
        #expect(found == [F("1994", "DATE", "1994"), F("A decade later", "DATE", "2004")])
        // With no date to count from, a later time is not placed.
        #expect(TimeFixture.timexes("Two years later, the Su-34 squadron was disbanded.", published: "2025-04-10")
            == [F("Two years later", "DATE", nil)])
    }
}
