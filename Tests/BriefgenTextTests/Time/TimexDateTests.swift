import Testing
@testable import BriefgenText

/// Calendar dates, full and partial, and ranges, on sentences from news reports.
struct TimexDateTests {
    typealias F = TimeFixture.Found

    @Test func recognizesFullDateInsideNounPhrase() {
        let found = TimeFixture.timexes("Nearly one-fifth of Ukraine’s territory has been seized since Russia’s full-scale invasion on February 24, 2022.")
        #expect(found == [F("February 24, 2022", "DATE", "2022-02-24")])
    }

    @Test func recognizesDayMonthYearAndAbbreviatedMonth() {
        let found = TimeFixture.timexes("The talks resumed on 24 April 2025 in Istanbul. A deadline was set for Sept. 30, 2025.")
        #expect(found == [F("24 April 2025", "DATE", "2025-04-24"), F("Sept. 30, 2025", "DATE", "2025-09-30")])
    }

    @Test func resolvesDayRangeOfThisYear() {
        let found = TimeFixture.timexes(
            "Furthermore, reports indicate that civilian casualties had risen by 46% from April 1-24 of this year compared to the same weeks in 2024.",
            published: "2025-04-25")
        #expect(found == [F("April 1-24 of this year", "DATE", "2025-04-01/2025-04-24"), F("2024", "DATE", "2024")])
    }

    @Test func keepsOnlyWhatTheTextFixesWithoutAnchor() {
        let found = TimeFixture.timexes("The ceasefire took effect on April 24 and collapsed in May.")
        #expect(found == [F("April 24", "DATE", "XXXX-04-24"), F("May", "DATE", "XXXX-05")])
        #expect(TimeFixture.analyze("The ceasefire took effect on April 24.").timexes[0].isRelative)
    }

    @Test func resolvesBareMonthAgainstPublicationDate() {
        let found = TimeFixture.timexes("The initial U.S. draft, presented in March, disproportionately benefited American interests.",
                                        published: "2025-04-25")
        #expect(found == [F("March", "DATE", "2025-03")])
    }

    @Test func recognizesYearsDecadesAndYearRanges() {
        let found = TimeFixture.timexes(
            "The two countries signed the Budapest Memorandum in 1994. Fighting in the 1990s was limited. The mission ran from 2014 to 2022 and again in 2015-2016.")
        #expect(found == [F("1994", "DATE", "1994"), F("the 1990s", "DATE", "199"), F("2014", "DATE", "2014"),
                          F("2022", "DATE", "2022"), F("2015-2016", "DATE", "2015/2016")])
    }

    @Test func recognizesBetweenMonthsAsTwoDates() {
        let found = TimeFixture.timexes("Between January and March, the U.N. verified 2,641 civilian casualties.", published: "2025-04-25")
        #expect(found == [F("January", "DATE", "2025-01"), F("March", "DATE", "2025-03")])
    }

    @Test func recognizesQuartersSeasonsAndHalves() {
        let found = TimeFixture.timexes(
            "Exports fell in the third quarter of 2024. The offensive is expected this summer. Output rose in the first half of 2023.",
            published: "2025-04-25")
        #expect(found == [F("the third quarter of 2024", "DATE", "2024-Q3"), F("this summer", "DATE", "2025-SU"),
                          F("the first half of 2023", "DATE", "2023-H1")])
    }

    @Test func recognizesModifiedMonthsAndYears() {
        let found = TimeFixture.timexes("Shelling intensified in early March and eased by mid-2024.", published: "2025-04-25")
        #expect(found == [F("early March", "DATE", "2025-03"), F("mid-2024", "DATE", "2024")])
    }
}
