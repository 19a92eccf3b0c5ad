import BriefgenText
import Testing

/// Numbers that are not figures: dates, times, ages, names, codes, durations, small counts of sources.
struct NonFigureTests {
    private func figures(_ sentence: String) -> [String] {
        StatisticTestSupport.statistics(sentence).map(\.surface)
    }

    @Test func skipsYearsAndDates() {
        #expect(figures("The crisis began with the 2014 annexation of Crimea, and Russia invaded on February 24, 2022.").isEmpty)
        #expect(figures("Casualties rose from April 1-24 compared to the same weeks in 2024.").isEmpty)
        #expect(figures("The Soviet Union dissolved in 1991 and the memorandum was signed in the 1990s.").isEmpty)
        #expect(figures("Talks were held on 24 February and again in 2013-14.").isEmpty)
    }

    @Test func skipsTimesOfDay() {
        #expect(figures("The sirens sounded at 2 pm and again at 10:30, and at 4.30am.").isEmpty)
    }

    @Test func skipsAges() {
        #expect(figures("A 12-year-old boy and a man aged 70 were among those hurt.").isEmpty)
    }

    @Test func skipsNamesModelsAndCodes() {
        #expect(figures("Su-34 bombers and F-16 jets flew as COVID-19 spread.").isEmpty)
        #expect(figures("A Boeing 737 landed at Gate No. 3.").isEmpty)
        #expect(figures("Call the hotline on +380 44 123 4567.").isEmpty)
        #expect(figures("MH17 was shot down over eastern Ukraine.").isEmpty)
    }

    @Test func skipsOrdinals() {
        #expect(figures("Kharkiv, Ukraine’s second-largest city, marked the 21st day of the siege.").isEmpty)
        #expect(figures("He could end the war within the first 24 hours of his administration.").isEmpty)
    }

    @Test func skipsListNumbering() {
        #expect(StatisticTestSupport.statistics("1. Civilians must be protected.").isEmpty)
    }

    @Test func skipsDurations() {
        #expect(figures("Russia dismissed a U.S. proposal for an unconditional 30-day ceasefire.").isEmpty)
        #expect(figures("The war, which has lasted over three years, shows no sign of ending.").isEmpty)
        #expect(figures("The talks would last two days.").isEmpty)
    }

    @Test func skipsDistances() {
        #expect(figures("Tawila lies some 65 km west of the city.").isEmpty)
    }

    @Test func skipsSmallCountsOfSourcesAndDocuments() {
        #expect(figures("Ukraine will sign the deal, according to two senior Ukrainian officials who requested not to be named.").isEmpty)
        #expect(figures("One of the senior Ukrainian officials indicated that both sides are satisfied.").isEmpty)
        #expect(figures("The deal includes at least two technical agreements.").isEmpty)
        #expect(figures("The two countries signed the Budapest Memorandum.").isEmpty)
    }

    @Test func keepsSmallCountsThatMeasureTheWar() {
        #expect(figures("Russia claimed to have captured two villages in eastern Ukraine.") == ["two"])
        #expect(figures("The strikes led to five explosions and a fire.") == ["five"])
        #expect(figures("One person was killed in the attack.") == ["One"])
    }

    @Test func skipsYearsBeforeSingularNounsButKeepsCountsBeforePlurals() {
        #expect(figures("Ukraine's 2025 budget was approved.").isEmpty)
        #expect(figures("Some 2000 soldiers were deployed, officials said.") == ["2000"])
    }

    @Test func skipsNumbersOfDocumentsUnitsAndAddresses() {
        #expect(figures("Iran violated Resolution 2231 and NATO invoked Article 5.").isEmpty)
        #expect(figures("The 47th Mechanized Brigade pushed back the assault near Pokrovsk.").isEmpty)
        #expect(figures("Ukraine International Airlines Flight 752 was shot down.").isEmpty)
        #expect(figures("Read the report at https://example.org/reports/2024/16285135.html today.").isEmpty)
        #expect(figures("The Kh-101 and Kalibr-NK missiles were launched from Tu-95MS bombers.").isEmpty)
        #expect(figures("A 4-3 vote in the council approved the plan.").isEmpty)
    }
}
