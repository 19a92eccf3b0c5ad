import Testing
@testable import BriefgenText

/// Periods of results reports: compared quarters a year back, a year's quarter, the period under discussion in a stated
/// year, fiscal years and halves written as quarters (published Thursday 1989-10-26 unless stated).
struct TimexReportingPeriodTests {
    typealias F = TimeFixture.Found
    static let published = "1989-10-26"

    @Test func readsTheYearAgoQuarterAsThatQuarterAYearBack() {
        let found = TimeFixture.timexes(
            "National Intergroup earned $22.5 million in the third quarter, up from the year-ago third quarter.",
            published: Self.published)
        #expect(found == [F("the third quarter", "DATE", "1989-Q3"), F("the year-ago third quarter", "DATE", "1988-Q3")])
        #expect(TimeFixture.timexes("Sales fell from the comparable year-earlier second quarter.", published: Self.published)
            == [F("the comparable year-earlier second quarter", "DATE", "1988-Q2")])
    }

    @Test func readsAQuarterOfAYearGivenRelativeToThePublication() {
        let found = TimeFixture.timexes(
            "The separate company could be effective as early as next year's first quarter, analysts said.",
            published: "1989-10-31")
        #expect(found == [F("next year's first quarter", "DATE", "1990-Q1")])
    }

    @Test func placesTheComparedPeriodInTheQuarterUnderDiscussion() {
        let text = "Kirschner reported a net loss of $8.1 million for the third quarter ended Sept. 30. "
            + "These results compare with net income of $1.8 million for the corresponding period last year. "
            + "U.K. sales for last year's quarter were about $3 million. Kirschner earned $376,000 in the 1988 quarter."
        let found = TimeFixture.timexes(text, published: "1989-11-01")
        #expect(found == [F("the third quarter", "DATE", "1989-Q3"), F("Sept. 30", "DATE", "1989-09-30"),
                          F("the corresponding period last year", "DATE", "1988-Q3"),
                          F("last year's quarter", "DATE", "1988-Q3"), F("the 1988 quarter", "DATE", "1988-Q3")])
    }

    @Test func comparesWithTheReportedQuarterNotAnEarlierOne() {
        let text = "Kimberly-Clark posted a 20% gain in third-quarter net income. "
            + "After a flat second quarter, the company attributed the gain to its consumer businesses. "
            + "In the 1989 period, interest expense was lower than a year ago."
        let found = TimeFixture.timexes(text, published: "1989-11-01")
        #expect(found == [F("third-quarter", "DATE", "1989-Q3"), F("second quarter", "DATE", "1989-Q2"),
                          F("the 1989 period", "DATE", "1989-Q3"), F("a year ago", "DATE", "1988-Q3")])
    }

    @Test func keepsTheYearOfAStatedPeriodWithoutAQuarterInSight() {
        let found = TimeFixture.timexes("Exports of Su-34 parts doubled compared with the 1988 period.", published: Self.published)
        #expect(found == [F("the 1988 period", "DATE", "1988")])
    }

    @Test func readsFiscalYearsRelativeToThePublicationAsYears() {
        let found = TimeFixture.timexes(
            "The company expects a loss in the current fiscal year. Next fiscal year it plans to cut 2,641 jobs.",
            published: Self.published)
        #expect(found == [F("the current fiscal year", "DATE", "1989"), F("Next fiscal year", "DATE", "1990")])
    }

    @Test func readsTwoQuartersAndTheLastHalfAsHalves() {
        let found = TimeFixture.timexes(
            "Sales rose in the last half of 1989 and should rise again in the first two quarters of 1990.",
            published: Self.published)
        #expect(found == [F("the last half of 1989", "DATE", "1989-H2"), F("the first two quarters of 1990", "DATE", "1990-H1")])
    }

    @Test func readsTheYearOfAResultsReportAsTheCurrentYear() {
        let text = "Sales for the full year rose 12% to $4.2 billion. For the year, freight volume was flat, the company said. "
            + "Revenue fell 3% in the first nine months of the year, and the shares hit a low for the year in March."
        let found = TimeFixture.timexes(text, published: "2024-11-07")
        #expect(found == [F("the full year", "DATE", "2024"), F("the year", "DATE", "2024"),
                          F("the first nine months", "DURATION", "P9M"), F("the year", "DATE", "2024"),
                          F("the year", "DATE", "2024"), F("March", "DATE", "2024-03")])
    }

    @Test func readsTheYearAsTheYearTheSentenceStates() {
        let found = TimeFixture.timexes("In 1994, the mine produced 3 tons of gold for the year.", published: "2024-11-07")
        #expect(found == [F("1994", "DATE", "1994"), F("the year", "DATE", "1994")])
        #expect(TimeFixture.timexes("Attacks rose in the early months of the year, the U.N. said.", published: "2025-04-24")
            == [F("the early months of the year", "DATE", "2025")])
    }

    @Test func leavesTheYearThatIsATitleOrCountedFromAnother() {
        let text = "The prize for player of the year went to Ruiz. The year before, profit was lower. "
            + "Net income for the year ended March 31 doubled. The year's biggest merger closed."
        let found = TimeFixture.timexes(text, published: "2024-11-07")
        #expect(found == [F("the year", "DURATION", "P1Y"), F("March 31", "DATE", "2024-03-31")])
    }

    @Test func comparesAnotherCompanysResultsWithTheQuarterItsReportNames() {
        let text = "Delta posted record earnings in the fiscal first quarter, up from a year earlier. "
            + "Separately, Alaska Air reported third-quarter profit rose 45% from a year earlier. "
            + "Year-earlier results included a gain."
        let found = TimeFixture.timexes(text, published: Self.published)
        #expect(found == [F("the fiscal first quarter", "DATE", "1989-Q1"), F("a year earlier", "DATE", "1988-Q1"),
                          F("third-quarter", "DATE", "1989-Q3"), F("a year earlier", "DATE", "1988-Q3"),
                          F("Year-earlier", "DATE", "1988-Q3")])
    }

    @Test func placesAQuarterInTheYearItEnded() {
        // Written in March 2013: the fiscal third quarter that ended Feb. 28 is of 2013, not the last calendar Q3.
        let found = TimeFixture.timexes("Oracle reported weaker sales for its fiscal third quarter, which ended Feb. 28.",
                                        published: "2013-03-22")
        #expect(found == [F("fiscal third quarter", "DATE", "2013-Q3"), F("Feb. 28", "DATE", "2013-02-28")])
        // After a report names its quarter, `the quarter, which ended March 2` is that (fiscal) quarter, of 2013, and
        // so is the report's.
        let fiscal = TimeFixture.timexes("Best Buy said Thursday that its fourth-quarter profit fell 25%. "
                                         + "The company earned $200 million in the quarter, which ended March 2.", published: "2013-03-28")
        #expect(fiscal == [F("Thursday", "DATE", "2013-03-28"), F("fourth-quarter", "DATE", "2013-Q4"),
                           F("the quarter", "DATE", "2013-Q4"), F("March 2", "DATE", "2013-03-02")])
        // `the quarter ended Sept. 30` is the quarter of that day, not the one before the publication.
        #expect(TimeFixture.timexes("Profit rose in the quarter ended Sept. 30.", published: "2013-03-22")
            == [F("the quarter", "DATE", "2012-Q3"), F("Sept. 30", "DATE", "2012-09-30")])
    }
}
