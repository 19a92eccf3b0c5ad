import BriefgenText
import Testing

/// Whole records extracted from sentences of real conflict reporting.
struct StatisticExtractorTests {
    static func values(_ mentions: [NumberMention]) -> [Double] { mentions.map(\.value) }

    @Test func extractsCasualtyFigureWithQualifier() {
        let sentence = "At least 3,785 Palestinians have been killed in Israeli strikes on Gaza, the health ministry in Gaza said on Thursday."
        #expect(StatisticTestSupport.statistics(sentence) == [
            Statistic(value: 3785, qualifier: .atLeast, surface: "3,785", unit: "people", what: "Palestinians killed",
                      category: .killed, place: "Gaza", attribution: .init(who: "health ministry in Gaza", verb: "said"),
                      verification: .claimed, sentence: 0, start: 9, end: 14),
        ])
    }

    @Test func extractsCasualtyVerbBeforeTheFigure() {
        let sentence = "Israeli strikes overnight killed more than two dozen people, mostly women and children, according to health officials."
        #expect(StatisticTestSupport.statistics(sentence) == [
            Statistic(value: 24, qualifier: .moreThan, surface: "two dozen", unit: "people", what: "people killed",
                      category: .killed, attribution: .init(who: "health officials", verb: "according to"),
                      verification: .reported, sentence: 0, start: 43, end: 52),
        ])
    }

    @Test func extractsSubjectOfALinkingVerbAsWhatIsCounted() {
        let figures = StatisticTestSupport.statistics("The death toll has climbed to 60,034, with 145,870 others wounded since the war started.")
        #expect(figures.map(\.what) == ["deaths", "others wounded"])
        #expect(figures.map(\.category) == [.killed, .injured])
        #expect(figures.map(\.verification) == [.unattributed, .unattributed])
    }

    @Test func extractsMoneyWithCurrencyAndWhatItBuys() {
        #expect(StatisticTestSupport.statistics("Russia has received about $500 million in weapons from Iran, British intelligence estimated.") == [
            Statistic(value: 500_000_000, qualifier: .about, surface: "$500 million", unit: "USD", what: "weapons",
                      category: .money, attribution: .init(who: "British intelligence", verb: "estimated"),
                      verification: .reported, sentence: 0, start: 26, end: 38),
        ])
        let euros = StatisticTestSupport.statistics("The European Union approved a €50 billion aid package for Ukraine in February.")
        #expect(euros.map(\.unit) == ["EUR"])
        #expect(euros.map(\.what) == ["aid package"])
    }

    @Test func extractsRangeWithLowInValue() {
        #expect(StatisticTestSupport.statistics("Between 10 and 12 people were killed in the strike on Sumy, local officials said.") == [
            Statistic(value: 10, low: 10, high: 12, surface: "10 and 12", unit: "people", what: "people killed",
                      category: .killed, place: "Sumy", attribution: .init(who: "local officials", verb: "said"),
                      verification: .reported, sentence: 0, start: 8, end: 17),
        ])
    }

    @Test func extractsPercentageOfAPopulation() {
        #expect(StatisticTestSupport.statistics("The war has displaced around 90% of the population, experts say.") == [
            Statistic(value: 90, qualifier: .about, surface: "90%", unit: "percent", what: "population displaced",
                      category: .percentage, attribution: .init(who: "experts", verb: "say"), verification: .reported,
                      sentence: 0, start: 29, end: 32),
        ])
    }

    @Test func extractsPartsOfAFigureWithTheWholesThing() {
        let figures = StatisticTestSupport.statistics(
            "Russia's Defence Ministry said its forces had shot down 337 Ukrainian drones over 10 Russian regions overnight, including 126 over the Kursk region.")
        #expect(figures.map(\.value) == [337, 10, 126])
        #expect(figures.map(\.what) == ["Ukrainian drones", "Russian regions", "Ukrainian drones"])
        #expect(figures.map(\.qualifier) == [.exact, .exact, .exact])
        #expect(figures.allSatisfy { $0.verification == .claimed })
    }

    @Test func extractsDisplacementFromFleeingVerbs() {
        let figures = StatisticTestSupport.statistics("More than 338,000 people have been forced to flee their homes in besieged Gaza, the United Nations said.")
        #expect(figures.map(\.what) == ["people displaced"])
        #expect(figures.map(\.category) == [.displaced])
        #expect(figures.map(\.place) == ["besieged Gaza"])
    }

    @Test func extractsFractionOfTerritoryAsFraction() {
        let figures = StatisticTestSupport.statistics("Roughly a third of Gaza's buildings have been damaged or destroyed, according to satellite analysis by UNOSAT.")
        #expect(figures.map(\.value) == [1.0 / 3])
        #expect(figures.map(\.unit) == ["fraction"])
        #expect(figures.map(\.qualifier) == [.about])
        #expect(figures.map(\.what) == ["Gaza's buildings damaged"])
    }

    @Test func extractsVagueMagnitudeAsMoreThan() {
        let figures = StatisticTestSupport.statistics("Hundreds of civilians were killed in the assault, the U.N. said.")
        #expect(figures.map(\.value) == [100])
        #expect(figures.map(\.qualifier) == [.moreThan])
        #expect(figures.map(\.what) == ["civilians killed"])
    }

    @Test func extractsPeriodSinceAYear() {
        let figures = StatisticTestSupport.statistics("According to reports, since 2014, Russia has conducted over 1,000 airstrikes against Ukrainian positions.")
        #expect(figures.map(\.period) == [.init(start: "2014", end: nil)])
    }

    @Test func extractsPeriodFromATimexInTheSentence() {
        let sentence = "Between January and March, the U.N. verified 2,641 civilian casualties."
        let timex = Timex(start: 0, end: 25, text: "Between January and March", type: .date, value: "2025-01/2025-03", sentence: 0)
        let figures = StatisticTestSupport.statistics(sentence, timexes: [timex])
        #expect(figures.map(\.period) == [.init(start: "2025-01", end: "2025-03")])
    }

    @Test func prefersTheSinceDateOverTheDayOfTheReport() {
        let sentence = "The ministry said on Tuesday that 18 people had been killed since October 7."
        let report = Timex(start: 21, end: 28, text: "Tuesday", type: .date, value: "2025-04-22", sentence: 0)
        let since = Timex(start: 66, end: 75, text: "October 7", type: .date, value: "2024-10-07", sentence: 0)
        let figures = StatisticTestSupport.statistics(sentence, timexes: [report, since])
        #expect(figures.map(\.period) == [.init(start: "2024-10-07", end: nil)])
    }

    @Test func extractsMilitaryLosses() {
        let figures = StatisticTestSupport.statistics("Ukraine's General Staff said Russia had lost 1,180 soldiers over the past day.")
        #expect(figures.map(\.category) == [.militaryLosses])
        #expect(figures.map(\.verification) == [.claimed])
    }
}

/// Less common shapes of figures.
struct StatisticShapeTests {
    @Test func countsAttacksGivenInTimes() {
        let figures = StatisticTestSupport.statistics("Russian forces attacked the region 112 times over the past day, governor Ivan Fedorov said.")
        #expect(figures.map(\.what) == ["attacks"])
        #expect(figures.map(\.category) == [.attacks])
        #expect(figures.map(\.verification) == [.claimed])
        #expect(StatisticTestSupport.statistics("Prices are three times higher than last year.").isEmpty)
    }

    @Test func readsOneInFiveAsAFraction() {
        let figures = StatisticTestSupport.statistics("Officials said 1 in 5 buildings had been damaged.")
        #expect(figures.map(\.value) == [0.2])
        #expect(figures.map(\.surface) == ["1 in 5"])
        #expect(figures.map(\.unit) == ["fraction"])
    }

    @Test func readsOutcomeAfterAParenthetical() {
        let figures = StatisticTestSupport.statistics("Four people, including a child, were killed.")
        #expect(figures.map(\.what) == ["people killed"])
        #expect(figures.map(\.category) == [.killed])
    }

    @Test func readsMeasureNounsWithWhatTheyMeasure() {
        let figures = StatisticTestSupport.statistics("A total of 4,000 tonnes of aid entered the enclave last week.")
        #expect(figures.map(\.what) == ["tonnes of aid"])
        #expect(figures.map(\.unit) == ["tonnes"])
    }

    @Test func readsBareCountsAsPeople() {
        let figures = StatisticTestSupport.statistics(
            "Around 3.7 million Ukrainians are internally displaced and 6.9 million have fled abroad, the UNHCR said.")
        #expect(figures.map(\.value) == [3_700_000, 6_900_000])
        #expect(figures.map(\.unit) == ["people", "people"])
        #expect(figures.map(\.what) == ["Ukrainians displaced", "people fled"]) // `are internally displaced`
        #expect(figures.map(\.qualifier) == [.about, .exact])
    }

    @Test func readsOverAfterANounAsAPlace() {
        let figures = StatisticTestSupport.statistics("Air defences destroyed 23 drones over 10 regions, the military said.")
        #expect(figures.map(\.qualifier) == [.exact, .exact])
    }

    @Test func readsNoMoreThanAndOrMore() {
        #expect(StatisticTestSupport.statistics("No more than 40 trucks entered Gaza on Sunday.").map(\.qualifier) == [.upTo])
        #expect(StatisticTestSupport.statistics("The strikes killed 20 people or more.").map(\.qualifier) == [.atLeast])
        #expect(StatisticTestSupport.statistics("Fewer than 6,000 people reached the camp.").map(\.qualifier) == [.fewerThan])
        #expect(StatisticTestSupport.statistics("Upwards of 300 drones were launched.").map(\.qualifier) == [.moreThan])
    }
}

/// Figures from the third held-out set's lessons: properties, possessives, comparisons, long source names.
struct StatisticContextTests {
    @Test func skipsHyphenatedPropertiesOfAThing() {
        #expect(StatisticTestSupport.statistics("The blast shattered windows in a 16-storey building.").isEmpty)
        #expect(StatisticTestSupport.statistics("Russia fired 155-mm shells at the 27-nation bloc's mission.").isEmpty)
    }

    @Test func keepsAFigureAfterAPossessive() {
        let figures = StatisticTestSupport.statistics("Nearly two-thirds of Gaza's 2.1 million people are children and women.")
        #expect(figures.map(\.value) == [2.0 / 3, 2_100_000])
    }

    @Test func readsTheComparedFigureAsTheSameThing() {
        let figures = StatisticTestSupport.statistics(
            "Between 300 and 400 trucks of aid entered the enclave each day before the war, compared with about 50 now, aid agencies said.")
        #expect(figures.map(\.value) == [300, 50])
        #expect(figures.map(\.what) == ["trucks", "trucks"])
    }

    @Test func readsALongSourceNameBackToItsSourceNoun() {
        let figures = StatisticTestSupport.statistics(
            "Russian-installed officials in the occupied part of the Zaporizhzhia region said four civilians were killed by Ukrainian shelling.")
        #expect(figures.map(\.attribution?.who) == ["Russian-installed officials in the occupied part of the Zaporizhzhia region"])
        #expect(figures.map(\.verification) == [.claimed])
    }

    @Test func keepsSmallCountsOfWeapons() {
        let figures = StatisticTestSupport.statistics("Zelenskyy said Ukraine needed at least seven more Patriot systems to protect its cities.")
        #expect(figures.map(\.value) == [7])
        #expect(figures.map(\.verification) == [.claimed])
    }

    @Test func readsPartOfACountedGroup() {
        let figures = StatisticTestSupport.statistics("Zelenskyy said his forces had shot down 76 of 84 drones launched overnight.")
        #expect(figures.map(\.value) == [76, 84])
        #expect(figures.map(\.what) == ["drones launched", "drones launched"])
        #expect(StatisticTestSupport.statistics("Russia took Novoselivka, one of 14 settlements it says it has taken this month.").map(\.value) == [14])
    }

    @Test func readsTheHeadOfALongSubject() {
        let figures = StatisticTestSupport.statistics(
            "The death toll from the strike on Dnipro has risen to 40, including three children, the city's military administration said.")
        #expect(figures.map(\.what) == ["deaths", "children"])
        #expect(figures.map(\.category) == [.killed, .killed])
        #expect(StatisticTestSupport.statistics("The number of people killed rose to 30.").map(\.what) == ["people killed"])
    }

    @Test func readsElidedAndAmongFigures() {
        let moved = StatisticTestSupport.statistics(
            "The fighting has forced nearly 9 million people from their homes and pushed another 3 million across its borders.")
        #expect(moved.map(\.value) == [9_000_000, 3_000_000])
        let among = StatisticTestSupport.statistics("Two journalists were among those killed, the Committee to Protect Journalists said.")
        #expect(among.map(\.what) == ["journalists killed"])
    }
}
