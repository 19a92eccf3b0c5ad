import Testing
@testable import BriefgenText

/// A day counted from another: from a day written after it (`the day before last Tuesday`), from a date it stands in
/// apposition to (`Oct. 12, the day before the plunge`), from an event the article dated (`the day before the attack`);
/// never from an event the article does not date by one day.
struct TimexEventDayTests {
    typealias F = TimeFixture.Found

    @Test func countsADayFromTheDayWrittenAfterIt() {
        #expect(TimeFixture.timexes("The day before last Tuesday's hearing, the lawyer met the family.", published: "2000-02-24")
            == [F("The day before last Tuesday", "DATE", "2000-02-21")])
        #expect(TimeFixture.timexes("Protesters gathered the day after Sunday's vote in Paris.", published: "2024-03-12")
            == [F("the day after Sunday", "DATE", "2024-03-11")])
        #expect(TimeFixture.timexes("Shops reopened the day after Christmas.", published: "2023-12-28")
            == [F("the day after Christmas", "DATE", "2023-12-26")])
    }

    @Test func countsFromTheEventsDayWrittenRightAfterIt() {
        let result = TimeFixture.analyze("Police raised the alert level the day before the attack on Friday.", published: "2024-08-03")
        #expect(result.timexes.map { F($0.text, $0.type.rawValue, $0.value) }
            == [F("the day", "DATE", "2024-08-01"), F("Friday", "DATE", "2024-08-02")])
        #expect(result.events.map { [$0.date, $0.summary] } == [["2024-08-01", "Police raised the alert level before the attack"]])
    }

    @Test func readsTheDayInAppositionToADateAsThatDate() {
        let found = TimeFixture.timexes(
            "The Nasdaq index had fallen 4.3% eight trading days after Oct. 12, the day before the market plunge, traders said.",
            published: "1989-10-30")
        #expect(found == [F("eight trading days", "DURATION", "P8D"), F("Oct. 12", "DATE", "1989-10-12"),
                          F("the day", "DATE", "1989-10-12")])
    }

    @Test func countsFromTheDayTheArticleGaveTheEvent() {
        let text = "Gunmen attacked a hotel in the capital on Friday evening, killing 12 people, police said Saturday. "
            + "Police had raised the alert level the day before the attack."
        let result = TimeFixture.analyze(text, published: "2024-08-03")
        #expect(result.timexes.map { F($0.text, $0.type.rawValue, $0.value) }
            == [F("Friday evening", "TIME", "2024-08-02TEV"), F("Saturday", "DATE", "2024-08-03"), F("the day", "DATE", "2024-08-01")])
        #expect(result.events.last.map { [$0.date, $0.summary] } == ["2024-08-01", "Police raised the alert level before the attack"])
        // A death the article told with the verb: `shot … on Oct. 23`, then `the day after his death`.
        let death = "The doctor was shot at his home on Oct. 23 shortly after he returned from synagogue. "
            + "Two men visited the house the day after his death."
        #expect(TimeFixture.timexes(death, published: "1998-11-21")
            == [F("Oct. 23", "DATE", "1998-10-23"), F("the day", "DATE", "1998-10-24")])
    }

    @Test func countsFromTheEventsDayNotTheDatelines() {
        let text = "LAGOS, May 9 (Reuters) - Gunmen killed 12 villagers in an attack in Zamfara state on Tuesday, police said. "
            + "Soldiers had left the village the day before the attack."
        #expect(TimeFixture.timexes(text, published: "2024-05-09")
            == [F("May 9", "DATE", "2024-05-09"), F("Tuesday", "DATE", "2024-05-07"), F("the day", "DATE", "2024-05-06")])
    }

    @Test func placesNoDayWhenTheEventsDayIsNotGivenOrNotOne() {
        // Tuesday dates the evacuation, a clause apart from the coup (`days after`).
        let coup = "France began evacuating citizens on Tuesday, days after soldiers toppled the president. "
            + "The bank suspended aid the day after the coup."
        let result = TimeFixture.analyze(coup, published: "2023-08-01")
        #expect(result.timexes.map(\.text) == ["Tuesday", "days"])
        #expect(result.events.map(\.sentence) == [0])
        // Two blasts on two days: which one is not for a rule to guess.
        let blasts = "A blast hit the market on Monday, and a second blast hit a school on Wednesday. "
            + "Shops stayed closed the day after the blast."
        #expect(TimeFixture.timexes(blasts, published: "2024-08-03")
            == [F("Monday", "DATE", "2024-07-29"), F("Wednesday", "DATE", "2024-07-31")])
    }

    @Test func dropsAPossessiveDateFromTheSummaryWithoutLeavingItsMark() {
        let result = TimeFixture.analyze("The court upheld Monday's ruling on the election.", published: "2024-03-12")
        #expect(result.events.map(\.summary) == ["Court upheld ruling on the election"])
    }
}
