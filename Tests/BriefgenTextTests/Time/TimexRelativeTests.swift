import Testing
@testable import BriefgenText

/// Weekdays and relative days, resolved by tense against the publication date (Friday 2025-04-25 here).
struct TimexRelativeTests {
    typealias F = TimeFixture.Found
    static let published = "2025-04-25"

    @Test func resolvesPlannedWeekdayToTheNextOne() {
        let found = TimeFixture.timexes(
            "Ukraine is poised to sign a significant mineral resources agreement with the United States in Washington on Wednesday, according to two senior Ukrainian officials.",
            published: Self.published)
        #expect(found == [F("Wednesday", "DATE", "2025-04-30")])
    }

    @Test func readsTheWeekOfANamedDayAsThatWeek() {
        #expect(TimeFixture.timexes("The case will be heard in a court hearing the week of March 6.", published: "2000-02-24")
            == [F("the week of March 6", "DATE", "2000-W10")])
        #expect(TimeFixture.timexes("Over the weekend of March 2-3, gangs stormed the two largest prisons.", published: "2024-03-12")
            == [F("the weekend of March 2-3", "DATE", "2024-W09-WE")])
        // Not a day: `the week of fighting` stays a plain week.
        #expect(TimeFixture.timexes("The weekend of protests ended quietly.", published: "2024-03-12")
            == [F("The weekend", "DATE", "2024-W10-WE")])
    }

    @Test func readsAComingThisWeekOnASundayAsTheWeekAhead() {
        #expect(TimeFixture.timexes("The envoy is expected to travel to Cairo this week.", published: "2024-06-09")
            == [F("this week", "DATE", "2024-W24")])
        // On a weekday, and for what has happened, it is the current week.
        #expect(TimeFixture.timexes("The envoy is expected to travel to Cairo this week.", published: "2024-06-10")
            == [F("this week", "DATE", "2024-W24")])
        #expect(TimeFixture.timexes("The envoy travelled to Cairo earlier this week.", published: "2024-06-09")
            == [F("earlier this week", "DATE", "2024-W23")])
    }

    @Test func placesThePlannedDayOfAPastReportOnTheNearestSuchDay() {
        // Written on Sunday 2024-06-09: Saturday is the day before, Tuesday two days ahead.
        #expect(TimeFixture.timexes("The minister postponed a news conference planned for Saturday evening.", published: "2024-06-09")
            == [F("Saturday evening", "TIME", "2024-06-08TEV")])
        #expect(TimeFixture.timexes("The opposition called off a rally scheduled for Tuesday, organisers said.", published: "2024-06-09")
            == [F("Tuesday", "DATE", "2024-06-11")])
        #expect(TimeFixture.timexes("A memorial service planned at the University of Rochester for Saturday was canceled.",
                                    published: "1999-10-24")
            == [F("Saturday", "DATE", "1999-10-23")])
        #expect(TimeFixture.timexes("The talks, which had been set for Sunday in Oman, were called off.", published: "2025-06-16")
            == [F("Sunday", "DATE", "2025-06-15")])
        // A plan that is the verb of its sentence lies ahead.
        #expect(TimeFixture.timexes("Talks are set for Saturday.", published: "2024-06-09")
            == [F("Saturday", "DATE", "2024-06-15")])
    }

    @Test func resolvesReportedWeekdayToThePreviousOne() {
        let found = TimeFixture.timexes("Russia launched 108 drones at Kharkiv on Wednesday, officials said.", published: Self.published)
        #expect(found == [F("Wednesday", "DATE", "2025-04-23")])
    }

    /// News writes a coming event of a schedule in the present: `The trial opens Monday` is the Monday ahead; `did not
    /// meet Monday` and a past verb keep the day behind.
    @Test func readsAWeekdayAfterAScheduledPresentAsAhead() {
        let published = "2013-03-20"  // a Wednesday
        #expect(TimeFixture.timexes("The trial opens Monday in Nairobi.", published: published) == [F("Monday", "DATE", "2013-03-25")])
        #expect(TimeFixture.timexes("The two leaders meet on Friday, officials said.", published: published)
            == [F("Friday", "DATE", "2013-03-22")])
        #expect(TimeFixture.timexes("The two leaders did not meet Monday as planned.", published: published)
            == [F("Monday", "DATE", "2013-03-18")])
        #expect(TimeFixture.timexes("The trial opened Monday in Nairobi.", published: published) == [F("Monday", "DATE", "2013-03-18")])
    }

    /// The evening stays on a weekday's value (`…TEV`, a TIME), as TIMEX3 writes it and TimeBank annotates it each time;
    /// the day it names is still the day `the next day` counts from, as is a clock time's.
    @Test func keepsTheEveningOnAWeekdaysValue() {
        let found = TimeFixture.timexes("Gunmen stormed a hotel on Friday evening. The siege ended the next day.", published: "2024-08-03")
        #expect(found == [F("Friday evening", "TIME", "2024-08-02TEV"), F("the next day", "DATE", "2024-08-03")])
        let clock = TimeFixture.timexes("The talks opened at 10 a.m. Thursday. A deal was signed the next day.", published: "2024-08-03")
        #expect(clock == [F("10 a.m. Thursday", "TIME", "2024-08-01T10:00"), F("the next day", "DATE", "2024-08-02")])
    }

    /// A weekday's morning or night widens the expression but not its value, so it stays a DATE (as TimeBank mostly
    /// types it).
    @Test func recognizesWeekdayNightAsADay() {
        let found = TimeFixture.timexes("Explosions were heard in Kyiv on Thursday night.", published: Self.published)
        #expect(found == [F("Thursday night", "DATE", "2025-04-24")])
    }

    @Test func resolvesYesterdayTodayAndTomorrow() {
        let found = TimeFixture.timexes(
            "The strike happened yesterday. Talks continue today. The envoy will arrive tomorrow.", published: Self.published)
        #expect(found == [F("yesterday", "DATE", "2025-04-24"), F("today", "DATE", "2025-04-25"), F("tomorrow", "DATE", "2025-04-26")])
    }

    @Test func resolvesRelativeWeeksMonthsAndYears() {
        let found = TimeFixture.timexes(
            "Kyiv was attacked last week. The deal was drafted earlier this month. Casualties rose the previous year. Elections are due next year.",
            published: Self.published)
        #expect(found == [F("last week", "DATE", "2025-W16"), F("earlier this month", "DATE", "2025-04"),
                          F("the previous year", "DATE", "2024"), F("next year", "DATE", "2026")])
    }

    @Test func usesReferenceTimesForVagueExpressions() {
        let found = TimeFixture.timexes(
            "Attacks have increased recently. The situation is currently dire. Peace is possible in the future.",
            published: Self.published)
        #expect(found == [F("recently", "DATE", "PAST_REF"), F("currently", "DATE", "PRESENT_REF"), F("the future", "DATE", "FUTURE_REF")])
    }

    /// `recent weeks`, `the coming months`, `the days ahead` are vague durations, as TimeBank mostly annotates them.
    @Test func readsRecentAndComingPeriodsAsVagueDurations() {
        let found = TimeFixture.timexes(
            "Attacks on the grid have increased in recent days. Diplomats expect a push for talks in the coming months, "
                + "and officials warned of more blackouts in the weeks ahead.",
            published: Self.published)
        #expect(found == [F("recent days", "DURATION", "PXD"), F("the coming months", "DURATION", "PXM"),
                          F("the weeks ahead", "DURATION", "PXW")])
    }

    @Test func keepsRelativeDatesUnresolvedWithoutAnchor() {
        let result = TimeFixture.analyze("Ukraine is sending a major delegation to Washington this week. The attack began on Wednesday.")
        #expect(result.timexes.map { TimeFixture.Found($0.text, $0.type.rawValue, $0.value) }
                == [F("this week", "DATE", nil), F("Wednesday", "DATE", "XXXX-WXX-3")])
        #expect(result.timexes.allSatisfy { $0.isRelative })
    }

    @Test func keepsWeekdaysRelativeAgainstALowerBound() {
        let text = "Ukraine will sign the deal on Wednesday. Casualties had risen by 46% from April 1-24 of this year compared to the same weeks in 2024."
        let result = TimeFixture.analyze(text)
        #expect(result.published.isLowerBound)
        #expect(result.timexes.first?.value == "XXXX-WXX-3")
    }

    @Test func resolvesAgoAgainstThePublicationDate() {
        let found = TimeFixture.timexes("The bridge was destroyed three years ago.", published: Self.published)
        #expect(found == [F("three years ago", "DATE", "2022")])
    }
}

/// Days counted from the day the text last named, not from the publication date.
struct TimexAnaphoricDayTests {
    @Test func resolvesThatDayAndTheNextDayAgainstTheLastNamedDay() {
        let result = TimeFixture.analyze(
            "Russian troops crossed the border on February 24, 2022. Later that day, explosions hit Kyiv. The next day, Ukraine declared martial law.",
            published: "2025-04-25")
        #expect(result.timexes.map(\.value) == ["2022-02-24", "2022-02-24", "2022-02-25"])
        #expect(result.events.map(\.date) == ["2022-02-24", "2022-02-24", "2022-02-25"])
        #expect(result.events.map(\.summary) == ["Russian troops crossed the border", "Explosions hit Kyiv", "Ukraine declared martial law"])
    }

    @Test func leavesThatDayUnresolvedWithoutANamedDay() {
        #expect(TimeFixture.timexes("Protests spread that day.", published: "2025-04-25") == [TimeFixture.Found("that day", "DATE", nil)])
    }
}

/// Deadlines: a weekday after `until` or `as soon as` lies ahead, even in a past-tense sentence.
struct TimexDeadlineTests {
    typealias F = TimeFixture.Found

    /// A weekday after `until` or `as soon as` is a deadline ahead, even in a past-tense sentence.
    @Test func placesDeadlineWeekdaysAhead() {
        let found = TimeFixture.timexes(
            "Officials postponed until Tuesday morning any decision on the evacuation. The convoy could leave as soon as Friday.",
            published: "2024-03-14")
        #expect(found == [F("Tuesday morning", "DATE", "2024-03-19"), F("Friday", "DATE", "2024-03-15")])
        // A narrative opener stays in the past.
        #expect(TimeFixture.timexes("Until Monday, the army had not confirmed the losses.", published: "2024-03-14")
            == [F("Monday", "DATE", "2024-03-11")])
    }
}
