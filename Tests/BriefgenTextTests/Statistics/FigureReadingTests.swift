import BriefgenText
import Testing

/// What a figure counts when its noun is not right after it, and which numbers are not figures.
struct FigureReadingTests {
    private func figures(_ sentence: String) -> [Statistic] {
        StatisticTestSupport.statistics(sentence)
    }

    @Test func clockTimesWrittenWithPeriodsAreNotFigures() {
        #expect(figures("The curfew lasts from 9 p.m. until 5 a.m. in Goma, the army said.").isEmpty)
    }

    @Test func aFractionBeforeADeterminerCountsTheNounAfterIt() {
        let found = figures("Nearly half the country's population now depends on food aid, the U.N. said.")
        #expect(found.map(\.value) == [0.5])
        #expect(found.first?.qualifier == .nearly)
        #expect(found.first?.what == "country's population")
        #expect(found.first?.unit == "fraction")
    }

    @Test func timesAfterAVerbCountHowOftenItHappened() {
        let found = figures("The convoy was stopped at checkpoints 15 times during the journey, the World Food Programme said.")
        #expect(found.map(\.value) == [15])
        #expect(found.first?.what == "times stopped")
        #expect(found.first?.attribution == .init(who: "World Food Programme", verb: "said"))
    }

    @Test func aSmallPartOfAFigureIsAFigure() {
        let found = figures("Only three of the 40 aid trucks reached the hospital, the Red Crescent said.")
        #expect(found.map(\.value) == [3, 40])
        #expect(found.map(\.what) == ["aid trucks", "aid trucks"])
        // `one of …` is still a member of a group, not a count.
        #expect(figures("Russia's Defence Ministry said it had taken Novoselivka, one of 14 settlements captured this month.").map(\.value) == [14])
    }

    @Test func theDeathsOfPeopleCountPeopleKilled() {
        let found = figures("The World Health Organization confirmed the deaths of seven health workers in the attack.")
        #expect(found.map(\.value) == [7])
        #expect(found.first?.what == "health workers killed")
        #expect(found.first?.category == .killed)
        #expect(found.first?.attribution == .init(who: "World Health Organization", verb: "confirmed"))
        #expect(found.first?.verification == .verified)
    }

    @Test func aCountPutAtAFigureNamesWhatItCounts() {
        let displaced = figures("Local officials estimated the number of people displaced by the fighting at around 25,000.")
        #expect(displaced.map(\.value) == [25_000])
        #expect(displaced.first?.qualifier == .about)
        #expect(displaced.first?.what == "people displaced")
        #expect(displaced.first?.category == .displaced)
        let toll = figures("Officials put the death toll at 45 on Monday.")
        #expect(toll.map(\.value) == [45])
        #expect(toll.first?.what == "deaths")
        #expect(toll.first?.category == .killed)
    }

    @Test func anAdverbOfPlaceEndsWhatIsCounted() {
        let found = figures("Ukraine's drones hit four airfields deep inside Russia, the SBU said.")
        #expect(found.map(\.value) == [4])
        #expect(found.first?.what == "airfields")
        #expect(found.first?.verification == .claimed)
    }
}

/// Parts of a figure and model names before a counted noun.
struct FigurePartTests {
    @Test func aPartAfterAmongThemHasTheCategoryOfTheWhole() {
        let found = StatisticTestSupport.statistics("The blast killed 9 people, among them two journalists, the regional governor said.")
        #expect(found.map(\.value) == [9, 2])
        #expect(found.last?.what == "journalists")
        #expect(found.last?.category == .killed)
    }

    @Test func aModelNameBelongsToTheCountedNoun() {
        let found = StatisticTestSupport.statistics("Two Su-25 jets were shot down over the front, the air force said.")
        #expect(found.map(\.value) == [2])
        #expect(found.first?.what == "Su-25 jets")
        #expect(found.first?.unit == "jets")
        #expect(found.first?.verification == .claimed)
    }
}

/// Totals a participle brings a count to, and parts of a group a sentence opens with.
struct BroughtToTests {
    @Test func aTotalBroughtToAFigureNamesWhatItCounts() {
        let found = StatisticTestSupport.statistics(
            "Some 600 Russian troops were killed or wounded in the past day, Ukraine's General Staff said, bringing total Russian losses since February 2022 to 1,032,150.")
        #expect(found.map(\.value) == [600, 1_032_150])
        #expect(found.last?.what == "total Russian losses")
        #expect(found.last?.attribution == .init(who: "Ukraine's General Staff", verb: "said"))
        let toll = StatisticTestSupport.statistics("Rescuers pulled three more bodies from the rubble, raising the death toll to 45.")
        #expect(toll.map(\.value) == [3, 45])
        #expect(toll.last?.what == "deaths")
        #expect(toll.last?.category == .killed)
    }

    @Test func aCountAfterTheGroupASentenceOpensWithIsPartOfIt() {
        let found = StatisticTestSupport.statistics("Of the 251 hostages taken on Oct. 7, 49 remain in Gaza.")
        #expect(found.map(\.value) == [251, 49])
        #expect(found.map(\.what) == ["hostages taken", "hostages taken"])
    }
}

/// A title set off before a name says whom the speaker speaks for.
struct TitleBeforeNameTests {
    @Test func aTitleBeforeTheNameMakesTheSpeakerAnOfficial() {
        let found = StatisticTestSupport.statistics(
            "A spokesperson for the Ukrainian Navy, Dmytro Pletenchuk, said Russia had 11 warships in the Black Sea.")
        #expect(found.map(\.value) == [11])
        #expect(found.first?.attribution == .init(who: "Dmytro Pletenchuk", verb: "said"))
        #expect(found.first?.verification == .claimed)
    }

    @Test func pluralServicesAreASource() {
        let found = StatisticTestSupport.statistics("Emergency services said 34 people were taken to hospital.")
        #expect(found.first?.attribution == .init(who: "Emergency services", verb: "said"))
    }
}

/// `more` without a noun, and a figure put at a number.
struct MoreOfTheSameTests {
    @Test func moreWithoutANounCountsTheThingBefore() {
        let found = StatisticTestSupport.statistics(
            "Germany has delivered 4 IRIS-T air defence systems to Ukraine so far, Chancellor Olaf Scholz said, with 2 more due by the end of the year.")
        #expect(found.map(\.value) == [4, 2])
        #expect(found.map(\.what) == ["IRIS-T air defence systems", "IRIS-T air defence systems"])
        #expect(found.last?.verification == .reported)
    }

    @Test func theFigurePutAtANumberIsTheThingBefore() {
        let found = StatisticTestSupport.statistics(
            "The junta said 1,500 people had been killed, while aid groups put the figure at more than 3,700.")
        #expect(found.map(\.value) == [1_500, 3_700])
        #expect(found.first?.attribution == .init(who: "junta", verb: "said"))
        #expect(found.first?.verification == .claimed)
        #expect(found.last?.what == "people killed")
        #expect(found.last?.qualifier == .moreThan)
        #expect(found.last?.attribution == .init(who: "aid groups", verb: "put"))
        #expect(found.last?.verification == .reported)
    }

    @Test func aSingleWorkerIsASource() {
        let found = StatisticTestSupport.statistics("The fighting killed 14 civilians in the past week, a local relief worker told Reuters by phone.")
        #expect(found.first?.attribution == .init(who: "local relief worker", verb: "told"))
        #expect(found.first?.verification == .reported)
    }
}

/// Numbers of wire copy that are no figures, and figures written in lists or with `half a`.
struct WireCopyNumberTests {
    @Test func addressesCalibresAndExchangeRatesAreNotFigures() {
        #expect(StatisticTestSupport.statistics("The G7 leaders met at No. 10 Downing Street on Monday.").isEmpty)
        #expect(StatisticTestSupport.statistics("Soldiers of the 47th Mechanized Brigade fired 155mm shells near Avdiivka.").isEmpty)
        #expect(StatisticTestSupport.statistics("($1 = 0.9215 euros)").isEmpty)
    }

    @Test func halfAMillionIsACount() {
        let found = StatisticTestSupport.statistics("The siege has left half a million people cut off from aid, the U.N. said.")
        #expect(found.map(\.value) == [500_000])
        #expect(found.first?.qualifier == .exact)
        #expect(found.first?.unit == "people")
    }

    @Test func countsInAListShareTheirNoun() {
        let found = StatisticTestSupport.statistics("The ministry reported 13 deaths on Monday, 15 on Tuesday and 17 on Wednesday.")
        #expect(found.map(\.value) == [13, 15, 17])
        #expect(found.map(\.what) == ["deaths", "deaths", "deaths"])
        #expect(found.map(\.category) == [.killed, .killed, .killed])
    }

    @Test func aSourceInALaterClauseDoesNotTakeAnEarlierFigure() {
        let found = StatisticTestSupport.statistics("Israel says it has killed more than 20,000 militants; Hamas says it has lost far fewer.")
        #expect(found.map(\.value) == [20_000])
        #expect(found.first?.attribution == .init(who: "Israel", verb: "says"))
        #expect(found.first?.verification == .claimed)
    }
}
