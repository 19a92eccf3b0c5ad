import Testing
@testable import BriefgenText

/// A month without a year, named in a past sentence, lies behind the publication date unless it is a deadline; a
/// possessive weekday names a day that has come.
struct TimexTenseWindowTests {
    typealias F = TimeFixture.Found

    @Test func readsWhatSomeoneIsExpectedToDoAsAhead() {
        // A Thursday: `expect … to` puts Friday ahead, and `be fully restored` is a passive, not a past tense.
        let found = TimeFixture.timexes("Experts expect the networks to be fully restored by Friday.", published: "2013-03-21")
        #expect(found == [F("Friday", "DATE", "2013-03-22")])
        #expect(TimeFixture.timexes("The networks were fully restored by Friday.", published: "2013-03-21")
            == [F("Friday", "DATE", "2013-03-15")])
    }

    @Test func readsTheDateOfAChargedActAsPast() {
        // Written in March: the act a man is charged with took place last July, not the coming one.
        let found = TimeFixture.timexes("Holmes is charged with opening fire in a crowded theater on July 20.", published: "2013-03-27")
        #expect(found == [F("July 20", "DATE", "2012-07-20")])
        #expect(TimeFixture.timexes("He will be charged with murder on Friday.", published: "2013-03-27")
            == [F("Friday", "DATE", "2013-03-29")])
    }

    @Test func placesAPastMonthAfterThePublicationMonthInThePreviousYear() {
        let found = TimeFixture.timexes(
            "The funeral home operator changed from a fiscal year to a calendar year in December.", published: "1989-10-27")
        #expect(found == [F("December", "DATE", "1988-12")])
        #expect(TimeFixture.timexes("In January, Russian forces launched an offensive near Vuhledar.", published: "2024-10-27")
            == [F("January", "DATE", "2024-01")])
        #expect(TimeFixture.timexes("In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.",
                                    published: "1989-10-31")
            == [F("the fiscal year", "DURATION", "P1Y"), F("Jan. 31", "DATE", "1989-01-31")])
    }

    @Test func placesWhatSomethingLastsSinceBehindThePublicationDate() {
        #expect(TimeFixture.timexes("Ukraine has held parts of the Kursk region since August, officials say.", published: "2025-04-14")
            == [F("August", "DATE", "2024-08")])
        #expect(TimeFixture.timexes("More than 30,000 people have fled their homes since Sunday.", published: "2023-09-28")
            == [F("Sunday", "DATE", "2023-09-24")])
        // Without `since`, a month keeps the window of its sentence's tense.
        #expect(TimeFixture.timexes("Talks are expected to resume in August.", published: "2025-04-14")
            == [F("August", "DATE", "2025-08")])
    }

    @Test func placesAPastActionDayAfterThePublicationDayInTheYearBefore() {
        #expect(TimeFixture.timexes("Hezbollah began firing rockets at northern Israel on Oct. 8, a day after the Hamas attack.",
                                    published: "2024-09-19")
            == [F("Oct. 8", "DATE", "2023-10-08"), F("a day", "DURATION", "P1D")])
        #expect(TimeFixture.timexes("Rebels seized the airport on Dec. 2, residents said.", published: "2024-11-20")
            == [F("Dec. 2", "DATE", "2023-12-02")])
        // A coming day in a past sentence stays ahead.
        #expect(TimeFixture.timexes("The company said it will redeem its preferred shares on Oct. 31.", published: "1989-10-27")
            == [F("Oct. 31", "DATE", "1989-10-31")])
        #expect(TimeFixture.timexes("The army extended the curfew to Oct. 31.", published: "2024-10-20")
            == [F("Oct. 31", "DATE", "2024-10-31")])
        #expect(TimeFixture.timexes("He subpoenaed the boy to testify on Feb. 10.", published: "2000-01-07")
            == [F("Feb. 10", "DATE", "2000-02-10")])
    }

    @Test func keepsADeadlineInAPastSentenceAhead() {
        let found = TimeFixture.timexes(
            "Directors declared a 3-for-2 split, payable Dec. 7 to stock of record Nov. 22.", published: "1989-10-27")
        #expect(found == [F("Dec. 7", "DATE", "1989-12-07"), F("Nov. 22", "DATE", "1989-11-22")])
        #expect(TimeFixture.timexes("U.S. Trust also created a four-member office of the chairman, effective Feb. 1.",
                                    published: "1989-10-26")
            == [F("Feb. 1", "DATE", "1990-02-01")])
        // A deadline already behind the publication date stays behind it.
        #expect(TimeFixture.timexes("By March, the rebels had taken the airport.", published: "2024-06-10")
            == [F("March", "DATE", "2024-03")])
        #expect(TimeFixture.timexes("By March, the rebels had taken the airport.", published: "2024-10-10")
            == [F("March", "DATE", "2024-03")])
    }

    @Test func keepsAWeekdayANarrativeReachedByInThePast() {
        let found = TimeFixture.timexes(
            "Rescuers had pulled 23 bodies from the rubble of the apartment block by Monday evening.", published: "2024-06-15")
        #expect(found == [F("Monday evening", "TIME", "2024-06-10TEV")])
    }

    @Test func readsAnAdjectiveInEdAfterAnArticleAsNoVerb() {
        // `unspecified` is no past tense: `would be paid` governs the month.
        let found = TimeFixture.timexes(
            "The stock split would be paid on a still unspecified date in January.", published: "1989-10-26")
        #expect(found == [F("January", "DATE", "1990-01")])
    }

    @Test func readsAVerbInEedAsNoPastTense() {
        // `succeed` is a base form after `will`; `agreed` is a past tense.
        let found = TimeFixture.timexes(
            "Mr. Schwarz, 52 years old, will succeed Daniel P. Davison Feb. 1, soon after Mr. Davison reaches 65.",
            published: "1989-10-26")
        #expect(found == [F("Feb. 1", "DATE", "1990-02-01")])
        #expect(TimeFixture.timexes("The two sides agreed in December to a ceasefire.", published: "2024-10-27")
            == [F("December", "DATE", "2023-12")])
    }

    @Test func findsNoDateInModelNamesNearAPastMonth() {
        let found = TimeFixture.timexes("In December, two Su-34 bombers and an F-16 crashed; 2,641 people were evacuated.",
                                        published: "2024-10-27")
        #expect(found == [F("December", "DATE", "2023-12")])
    }

    @Test func readsAPossessiveWeekdayAsADayThatHasCome() {
        let found = TimeFixture.timexes(
            "The relatives said they would look for ways to get around Wednesday's ruling by the court.", published: "2000-01-07")
        #expect(found == [F("Wednesday", "DATE", "2000-01-05")])
        #expect(TimeFixture.timexes("Voters will cast ballots in Sunday's election.", published: "2000-01-07")
            == [F("Sunday", "DATE", "2000-01-09")])
        // Ahead of a vote, the day is still to come.
        #expect(TimeFixture.timexes("Campaigning ended ahead of Sunday's vote.", published: "2000-01-07")
            == [F("Sunday", "DATE", "2000-01-09")])
    }

    @Test func readsScheduledAndPassivePresentSentencesAsAhead() {
        // Published Wednesday 2025-04-23.
        #expect(TimeFixture.timexes("Talks are set for Monday in Geneva.", published: "2025-04-23") == [F("Monday", "DATE", "2025-04-28")])
        #expect(TimeFixture.timexes("A vote is expected on Friday.", published: "2025-04-23") == [F("Friday", "DATE", "2025-04-25")])
        #expect(TimeFixture.timexes("Elections are slated for October.", published: "2025-04-23") == [F("October", "DATE", "2025-10")])
        // A record is no term unless it is `of record`.
        #expect(TimeFixture.timexes("The index closed at a record on Tuesday.", published: "2025-04-23")
            == [F("Tuesday", "DATE", "2025-04-22")])
        #expect(TimeFixture.timexes("The tender offer, launched last week, expires Friday.", published: "2025-04-23")
            == [F("last week", "DATE", "2025-W16"), F("Friday", "DATE", "2025-04-25")])
    }
}
