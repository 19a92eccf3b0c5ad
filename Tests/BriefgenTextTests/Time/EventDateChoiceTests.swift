import Testing
@testable import BriefgenText

/// Which date of a sentence dates its event: not the dateline, a day before a span of days, a `when` clause after a
/// bound, and one event per coordinated verb with its own date.
struct EventDateChoiceTests {
    private func events(_ text: String, published: String) -> [DatedEvent] {
        TimeFixture.analyze(text, published: published).events
    }

    @Test func datesTheLeadByItsOwnDateNotTheDateline() {
        let found = events(
            "PORT SUDAN, May 14 (Reuters) - At least 27 people were killed in clashes in El Fasher between Friday and Sunday, medics said.",
            published: "2024-05-14")
        #expect(found.map(\.date) == ["2024-05-10"])
        #expect(found.map(\.end) == ["2024-05-12"])
    }

    @Test func datesMonthsAtTheStartOrEndOfAYearAsThoseMonths() {
        let found = events("Attacks killed more than 900 people in the first three months of the year, the U.N. said. "
                           + "Exports fell in the last two months of 2023.", published: "2024-06-26")
        #expect(found.map { [$0.date, $0.end] } == [["2024-01", "2024-03"], ["2023-11", "2023-12"]])
        #expect(found.map(\.precision) == [.month, .month])
    }

    @Test func splitsAParticiplePhraseWithItsOwnDateFromTheVerbAfterIt() {
        let found = events("A military council formed on March 3 appointed a new cabinet the following month.", published: "2024-06-26")
        #expect(found.map(\.date) == ["2024-03-03", "2024-04"])
        // After `was`, the participle is the verb: one clause, as before.
        #expect(events("The council was formed on March 3 in Niamey.", published: "2024-06-26").map(\.date) == ["2024-03-03"])
    }

    @Test func readsAHyphenatedPlaceAsADateline() {
        let found = events(
            "CAP-HAITIEN, Haiti, Feb 8 (Reuters) - Protesters blocked the main roads of Haiti's second city late on Wednesday, witnesses said.",
            published: "2024-02-08")
        #expect(found.map(\.date) == ["2024-02-07"])
    }

    @Test func keepsTheDatelineWhenTheLeadNamesNoOtherDate() {
        let found = events("KHARTOUM, June 20 (AP) — Fighting raged across Sudan's capital despite a ceasefire.", published: "2023-06-20")
        #expect(found.map(\.date) == ["2023-06-20"])
    }

    @Test func prefersADayToASpanOfDays() {
        let found = events(
            "Foreign governments evacuated diplomats over the weekend, with special forces flying staff out of Khartoum on Saturday night.",
            published: "2023-04-24")
        #expect(found.map(\.date) == ["2023-04-22"])
        #expect(found.map(\.end) == [nil])
    }

    @Test func datesTheWhenClauseAfterABound() {
        let found = events(
            "Avdiivka had been on the front line since 2014, when Russian-backed separatists seized swathes of the Donetsk region.",
            published: "2024-02-18")
        #expect(found.map(\.date) == ["2014"])
        #expect(events("More than 13,000 people have been killed since 2014.", published: "2024-02-18").isEmpty)
    }

    @Test func splitsCoordinatedVerbsWithTheirOwnDates() {
        let found = events(
            "Aid deliveries through the Adre crossing from Chad were halted in February and partially resumed in March.",
            published: "2024-05-14")
        #expect(found.map(\.date) == ["2024-02", "2024-03"])
    }

    @Test func splitsACommaAndCoordinatedVerbWithItsOwnDate() {
        let found = events(
            "The army imposed a curfew in the capital on Sunday, March 3, and lifted it on Thursday, residents said.",
            published: "2024-03-12")
        #expect(found.map(\.date) == ["2024-03-03", "2024-03-07"])
        let months = events("The company halted drilling in January, and evacuated most of its staff in late December.",
                            published: "2021-03-29")
        #expect(months.map(\.date) == ["2021-01", "2020-12"])
    }

    @Test func splitsTwoDatesJoinedByAndThatAreApart() {
        let found = events("Soldiers seized power in Ouagadougou in coups in January 2022 and September 2022.", published: "2024-08-27")
        #expect(found.map(\.date) == ["2022-01", "2022-09"])
        let years = events("The rebels took the town in 2014 and 2022, residents said.", published: "2024-08-27")
        #expect(years.map(\.date) == ["2014", "2022"])
        // Months next to each other are one time, the first taking the year of the second.
        let besieged = events("Sumy was besieged by Russian troops in February and March 2022.", published: "2025-04-14")
        #expect(besieged.map(\.date) == ["2022-02"])
    }

    @Test func splitsAClauseWithItsOwnSubjectAfterADate() {
        let found = events("Rebels attacked the town on Oct. 3 and a truce was signed the next day.", published: "2023-10-12")
        #expect(found.map(\.date) == ["2023-10-03", "2023-10-04"])
        let named = events("The army shelled the camp on Friday and Kenya's envoy arrived on Sunday.", published: "2025-03-24")
        #expect(named.map(\.date) == ["2025-03-21", "2025-03-23"])
        // A noun phrase after `and` with no verb of its own stays in the clause (`on Tuesday and Wednesday` is a span).
        let span = events("Drones hit the port on Tuesday and Wednesday, officials said.", published: "2025-03-24")
        #expect(span.map(\.end) == ["2025-03-19"])
    }

    @Test func splitsAParticiplePhraseWithItsOwnDate() {
        let found = events("The alliance, formed in 2019, launched its offensive on Oct. 27, residents said.", published: "2023-11-13")
        #expect(found.map(\.date) == ["2019", "2023-10-27"])
        let born = events("The militia, born in the 1990s, seized the town in March.", published: "2024-05-01")
        #expect(born.map(\.date) == ["199", "2024-03"])
    }

    @Test func splitsAnAppositiveThatAPastVerbFollows() {
        let found = events(
            "Chad and Sudan, both shaken by coups in 2021 and 2019, agreed on Tuesday to reopen the border.", published: "2024-05-16")
        #expect(found.map(\.date) == ["2021", "2019", "2024-05-14"])
    }

    @Test func splitsASincePhraseWithItsOwnDate() {
        let found = events(
            "The party won a vote in March 2024, the first peaceful handover since independence from Britain in 1961.",
            published: "2024-06-01")
        #expect(found.map(\.date) == ["2024-03", "1961"])
        // A bound with no event noun of its own stays no event.
        #expect(events("More than 13,000 people have been killed since 2014.", published: "2024-06-01").isEmpty)
    }

    @Test func splitsARelativeClauseWithItsOwnSubjectAndDate() {
        let found = events("The council will vote on Tuesday on a truce plan that the mediators presented on March 2.",
                           published: "2024-03-10")
        #expect(found.map(\.date) == ["2024-03-12", "2024-03-02"])
        // A relative clause without a subject of its own stays in the sentence's event.
        let truce = events("Fighting raged on Tuesday despite a truce that was set to expire early Wednesday.", published: "2023-06-20")
        #expect(truce.map(\.date) == ["2023-06-20"])
    }

    @Test func datesTheWeekendOfNamedDaysByThoseDays() {
        let found = events("Over the weekend of March 2-3, gangs stormed the country's two largest prisons.", published: "2024-03-12")
        #expect(found.map(\.date) == ["2024-03-02"])
        #expect(found.map(\.end) == ["2024-03-03"])
    }

    @Test func splitsAClauseCountedFromAnotherDatedEvent() {
        let found = events("The rebels took the airport in May 2023, weeks after the war erupted on April 15.", published: "2025-03-21")
        #expect(found.map(\.date) == ["2023-05", "2023-04-15"])
        let hours = events("Troops entered the town on Friday, just hours before talks opened in Jeddah on Saturday.", published: "2024-05-14")
        #expect(hours.map(\.date) == ["2024-05-10", "2024-05-11"])
        // Without a date of its own, the counted clause adds no event.
        let one = events("Ukrainian forces recaptured Lyman on Oct. 1, a day after the annexation ceremony.", published: "2022-10-10")
        #expect(one.map(\.date) == ["2022-10-01"])
    }

    @Test func spansTwoDaysNamedTogether() {
        let found = events("The talks took place in the Chinese city of Kunming on Wednesday and Thursday.", published: "2024-01-12")
        #expect(found.map(\.date) == ["2024-01-10"])
        #expect(found.map(\.end) == ["2024-01-11"])
        // Two dates with their own places are two events, not a span.
        let separate = events("Drones hit Odesa on Monday and Kharkiv on Tuesday.", published: "2024-01-12")
        #expect(separate.map(\.date) == ["2024-01-08", "2024-01-09"])
        #expect(separate.map(\.end) == [nil, nil])
    }

    @Test func splitsParallelPhrasesWithTheirOwnDates() {
        let found = events("Aleppo fell within days, and the rebels took Hama on Dec. 5 and Homs on Saturday.", published: "2024-12-09")
        #expect(found.map(\.date) == ["2024-12-05", "2024-12-07"])
    }
}
