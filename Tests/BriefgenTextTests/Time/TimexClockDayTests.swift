import Testing
@testable import BriefgenText

/// Clock times take the day named after them, midnight ends its day, a range of days may precede its month; bare
/// seasons after a preposition and halves of the year are dates (published Wednesday 2013-03-20).
struct TimexClockDayTests {
    typealias F = TimeFixture.Found
    static let published = "2013-03-20"

    @Test func placesAPastClockTimeWithoutADayOnTheDayJustNamed() {
        let text = "A cyberattack paralyzed computers at banks on Wednesday. The attack struck at 2 p.m., officials said."
        #expect(TimeFixture.timexes(text, published: "2013-03-21")
            == [TimeFixture.Found("Wednesday", "DATE", "2013-03-20"), TimeFixture.Found("2 p.m.", "TIME", "2013-03-20T14:00")])
        // The day of the tornadoes, not the day officials spoke of them.
        let storm = "Tornadoes hit the Plains on Sunday, officials said Monday. They touched down around 4 p.m., a witness said."
        #expect(TimeFixture.timexes(storm, published: "2013-03-18")
            == [TimeFixture.Found("Sunday", "DATE", "2013-03-17"), TimeFixture.Found("Monday", "DATE", "2013-03-18"),
                TimeFixture.Found("4 p.m.", "TIME", "2013-03-17T16:00")])
        // Without a day named just before, the publication day, as before.
        #expect(TimeFixture.timexes("The attack struck at 2 p.m., officials said.", published: "2013-03-21")
            == [TimeFixture.Found("2 p.m.", "TIME", "2013-03-21T14:00")])
    }

    @Test func placesAClockTimeOnTheDayAfterOn() {
        let found = TimeFixture.timexes("The talks lasted 18 hours and ended at 3 a.m. on Sunday.", published: Self.published)
        #expect(found == [F("18 hours", "DURATION", "PT18H"), F("3 a.m.", "TIME", "2013-03-17T03:00"),
                          F("Sunday", "DATE", "2013-03-17")])
    }

    @Test func placesAClockTimeOnTheDayAfterTheSameTimeInBrackets() {
        let found = TimeFixture.timexes("The blast occurred at about 10:35 a.m. (0735 GMT) Friday, officials said.", published: "1998-08-08")
        #expect(found == [F("10:35 a.m.", "TIME", "1998-08-07T10:35"), F("Friday", "DATE", "1998-08-07")])
        let on = TimeFixture.timexes("Drones struck the port at 5 a.m. (0200 GMT) on Monday.", published: "2024-03-13")
        #expect(on == [F("5 a.m.", "TIME", "2024-03-11T05:00"), F("Monday", "DATE", "2024-03-11")])
    }

    @Test func writesMidnightAsTheEndOfItsDay() {
        let found = TimeFixture.timexes("The offer expires at midnight Friday.", published: Self.published)
        #expect(found == [F("midnight Friday", "TIME", "2013-03-22T24:00")])
    }

    @Test func readsASpanOfDaysAfterTheMonthWrittenInWords() {
        #expect(TimeFixture.timexes("The agency warned of heavy rain from April 6 to 11.", published: "2025-03-31")
            == [F("April 6 to 11", "DATE", "2025-04-06/2025-04-11")])
        #expect(TimeFixture.timexes("Between May 10 and 20, about 14,000 people fled.", published: "2024-05-26")
            == [F("May 10 and 20", "DATE", "2024-05-10/2024-05-20")])
        // A count or a clock after `to` is no last day.
        #expect(TimeFixture.timexes("Prices rose from April 6 to 11 percent.", published: "2025-03-31")
            == [F("April 6", "DATE", "2025-04-06")])
        #expect(TimeFixture.timexes("The curfew runs from April 6 to 11 p.m. daily.", published: "2025-03-31").first
            == F("April 6", "DATE", "2025-04-06"))
    }

    @Test func readsARangeOfDaysBeforeTheMonth() {
        let found = TimeFixture.timexes("The summit will take place on 24-25 April in Brussels.", published: Self.published)
        #expect(found == [F("24-25 April", "DATE", "2013-04-24/2013-04-25")])
        // A score or a count before a month is no range of days.
        #expect(TimeFixture.timexes("The bill passed 290-140 in April.", published: Self.published)
            == [F("April", "DATE", "2013-04")])
    }

    @Test func readsABareSeasonAfterAPrepositionOfTime() {
        let found = TimeFixture.timexes("Officials say the front will stabilize by autumn.", published: Self.published)
        #expect(found == [F("autumn", "DATE", "2013-FA")])
        #expect(TimeFixture.timexes("Production was hurt by an outage in the early summer.", published: Self.published)
            == [F("the early summer", "DATE", "2012-SU")])
        // `fall` alone is more often a drop than a season.
        #expect(TimeFixture.timexes("Analysts expect a fall in wheat exports.", published: Self.published).isEmpty)
    }

    @Test func readsAHalfOfTheYear() {
        let found = TimeFixture.timexes("In the first half of the year, grain exports fell 12%.", published: Self.published)
        #expect(found == [F("the first half of the year", "DATE", "2013-H1")])
    }

    @Test func readsWireServiceClockTimes() {
        let found = TimeFixture.timexes("The curfew starts at 1900 GMT and ends at 0600 GMT; 2,641 people were detained.",
                                        published: Self.published)
        #expect(found == [F("1900 GMT", "TIME", "2013-03-20T19:00"), F("0600 GMT", "TIME", "2013-03-20T06:00")])
        // A year before a time zone's name is no clock, nor a number out of the clock's range.
        #expect(TimeFixture.timexes("Call 555-2014 before 2575 GMT.", published: Self.published).isEmpty)
    }

    @Test func readsTheDayBeforeYesterdayAndThisPastWeekend() {
        let found = TimeFixture.timexes(
            "Shelling resumed the day before yesterday after a lull this past weekend; talks resume the day after tomorrow.",
            published: Self.published)
        #expect(found == [F("the day before yesterday", "DATE", "2013-03-18"), F("this past weekend", "DATE", "2013-W11-WE"),
                          F("the day after tomorrow", "DATE", "2013-03-22")])
    }
}
