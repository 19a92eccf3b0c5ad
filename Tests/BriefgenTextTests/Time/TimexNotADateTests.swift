import Testing
@testable import BriefgenText

/// Numbers, names and words that look like dates but are not.
struct TimexNotADateTests {
    @Test func ignoresModelNamesAndDiseaseCodes() {
        #expect(TimeFixture.timexes("A Su-34 bomber and two F-16 jets were seen; COVID-19 restrictions ended.").isEmpty)
    }

    @Test func ignoresCountsDecimalsAndPhoneNumbers() {
        #expect(TimeFixture.timexes("The U.N. verified 2,641 civilian casualties, a 5.5 percent rise. Call 555-2014 or +380 44 256 2020 for help.").isEmpty)
    }

    @Test func ignoresNumbersThatAreCountsOfThings() {
        #expect(TimeFixture.timexes("Russia has conducted over 1,000 airstrikes and fired 2000 shells.").isEmpty)
    }

    @Test func ignoresModalMayAndMarchAsNoun() {
        #expect(TimeFixture.timexes("Officials may decide to extend the truce. Thousands joined a protest march in Tbilisi. May the talks succeed.").isEmpty)
    }

    @Test func ignoresTodayAndTomorrowThatNameAnEra() {
        let found = TimeFixture.timexes(
            "Drones shape how today's military fights, and in today's world few armies can ignore them. "
                + "\"These are the soldiers of tomorrow,\" he said. Today's vote was postponed until tomorrow's session.",
            published: "2024-05-14")
        #expect(found == [TimeFixture.Found("Today", "DATE", "2024-05-14"), TimeFixture.Found("tomorrow", "DATE", "2024-05-15")])
    }

    @Test func ignoresOvernightRatesOfMoneyMarkets() {
        let found = TimeFixture.timexes("The central bank has held overnight rates near zero, and shelling continued overnight.",
                                        published: "2013-03-20")
        #expect(found == [TimeFixture.Found("overnight", "TIME", "2013-03-20TNI")])
    }

    @Test func ignoresNewspaperNamedAfterAWeekday() {
        #expect(TimeFixture.timexes("The Sunday Times reported the figures first.").isEmpty)
    }

    @Test func ignoresHighNoon() {
        let found = TimeFixture.timexes(
            "The poster showed Gary Cooper from the film High Noon. For the people of Poland, high noon comes at noon today.",
            published: "1999-03-12")
        #expect(found == [TimeFixture.Found("noon today", "TIME", "1999-03-12T12:00")])
    }

    @Test func ignoresOneOfThe() {
        #expect(TimeFixture.timexes("One of the senior Ukrainian officials indicated that both sides are satisfied.").isEmpty)
    }

    @Test func ignoresAges() {
        #expect(TimeFixture.timexes("The 52-year-old commander was detained.").isEmpty)
    }

    @Test func readsClockTimesOnlyWithTheirMarkers() {
        let found = TimeFixture.timexes("The sirens sounded at 10:35 a.m. on Friday; the score was 3:2.", published: "2025-04-25")
        #expect(found == [TimeFixture.Found("10:35 a.m.", "TIME", "2025-04-25T10:35"), TimeFixture.Found("Friday", "DATE", "2025-04-25")])
    }
}

/// Military clock times are not years.
struct TimexClockNotYearTests {
    @Test func ignoresFourDigitClockTimes() {
        #expect(TimeFixture.timexes("The strike hit at 3:40 a.m. local time (2040 GMT).", published: "2025-04-25")
                == [TimeFixture.Found("3:40 a.m. local time", "TIME", "2025-04-25T03:40")])
    }
}
