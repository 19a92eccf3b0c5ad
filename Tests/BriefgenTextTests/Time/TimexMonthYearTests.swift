import Testing
@testable import BriefgenText

/// A bare month takes its year from the publication date, leaning to the tense of its sentence; a month modifying a
/// noun and a second day after a month are dates too.
struct TimexMonthYearTests {
    typealias F = TimeFixture.Found

    @Test func placesAPlannedMonthAhead() {
        let found = TimeFixture.timexes(
            "The United Nations will send a second monitoring mission to Darfur in December, officials said.",
            published: "2024-03-04")
        #expect(found == [F("December", "DATE", "2024-12")])
    }

    @Test func placesAReportedMonthBack() {
        let found = TimeFixture.timexes("In January, Houthi forces struck a tanker in the Red Sea.", published: "2024-05-20")
        #expect(found == [F("January", "DATE", "2024-01")])
    }

    @Test func takesTheYearOfTheDateItIsJoinedTo() {
        #expect(TimeFixture.timexes("Sumy was besieged by Russian troops in February and March 2022.", published: "2025-04-14")
            == [F("February", "DATE", "2022-02"), F("March 2022", "DATE", "2022-03")])
        #expect(TimeFixture.timexes("Output fell in December to February 1990, the ministry said.", published: "1990-04-02")
            == [F("December", "DATE", "1989-12"), F("February 1990", "DATE", "1990-02")])
        // Not when other words come between them.
        #expect(TimeFixture.timexes("Talks stalled in February, and the truce of March 2022 collapsed.", published: "2025-04-14")
            == [F("February", "DATE", "2025-02"), F("March 2022", "DATE", "2022-03")])
    }

    @Test func readsThatMonthInTheYearNamedBefore() {
        #expect(TimeFixture.timexes("The rebels first rose up in 2012 and briefly held the city that November.", published: "2025-02-17")
            == [F("2012", "DATE", "2012"), F("that November", "DATE", "2012-11")])
        #expect(TimeFixture.timexes("The army retook the town in 2016. That March, the rebels regrouped.", published: "2025-02-17")
            == [F("2016", "DATE", "2016"), F("That March", "DATE", "2016-03")])
    }

    @Test func readsAMonthModifyingANoun() {
        let found = TimeFixture.timexes("The March accession will let the three countries sign the summit documents.", published: "1999-02-10")
        #expect(found == [F("March", "DATE", "1999-03")])
    }

    @Test func readsTheSecondDayOfAPairOfDays() {
        let found = TimeFixture.timexes("A ceremonial accession will be held at the NATO summit on April 24 and 25.", published: "1999-02-10")
        #expect(found == [F("April 24", "DATE", "1999-04-24"), F("25", "DATE", "1999-04-25")])
        let events = TimeFixture.analyze("Leaders will meet in Brussels on April 24 and 25.", published: "1999-02-10").events
        #expect(events.map(\.date) == ["1999-04-24"])
        #expect(events.map(\.end) == ["1999-04-25"])
        // A count after the pair is not a day (and people who died on April 24 died last April).
        #expect(TimeFixture.timexes("On April 24 and 25 people died in the shelling.", published: "1999-02-10")
            == [F("April 24", "DATE", "1998-04-24")])
    }

    @Test func keepsAPastDayInTheYearItsSentenceStates() {
        let found = TimeFixture.timexes(
            "The RSF seized the palace in April 2023, days after fighting erupted between the two sides on April 15.",
            published: "2025-03-21")
        #expect(found == [F("April 2023", "DATE", "2023-04"), F("days", "DURATION", "PXD"), F("April 15", "DATE", "2023-04-15")])
        // A planned day stays ahead, and a past day already behind the publication date keeps the anchor's year.
        #expect(TimeFixture.timexes("Poland, invited to join NATO in July 1997, will join on March 12.", published: "1999-02-27")
            == [F("July 1997", "DATE", "1997-07"), F("March 12", "DATE", "1999-03-12")])
        #expect(TimeFixture.timexes("Under a program approved in 1987, the firm bought shares through Sept. 29.", published: "1989-10-30")
            == [F("1987", "DATE", "1987"), F("Sept. 29", "DATE", "1989-09-29")])
    }

    @Test func readsAPassiveAfterWouldAsFuture() {
        // `would still be held` is a passive in the future, not the past tense `held`.
        let found = TimeFixture.timexes(
            "He added that a ceremonial accession would still be held at the summit on Tuesday.", published: "1999-02-10")
        #expect(found == [F("Tuesday", "DATE", "1999-02-16")])
    }
}
