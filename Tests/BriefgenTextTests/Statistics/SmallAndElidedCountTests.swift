import BriefgenText
import Testing

/// Counts that are easy to miss: small counts of the people the war harms most or of the objects of acts of war, counts
/// whose noun is left out (`captured 6`, `dozens more`, `Only 1,366 have been`), and counts that say what happened to
/// things counted in the sentence before.
struct SmallAndElidedCountTests {
    private func figures(_ sentences: String...) -> [Statistic] {
        let (text, parts) = StatisticTestSupport.text(sentences)
        let entities = EntityRecognizer().recognize(text, sentences: parts)
        return StatisticExtractor().extract(text, sentences: parts, timexes: [], entities: entities)
    }

    @Test func smallCountsOfThePeopleTheWarHarmsMostAreFigures() {
        let dead = figures("The Syrian Observatory for Human Rights said the dead included 46 Druze fighters, 18 members of the security forces and 4 children.")
        #expect(dead.map(\.value) == [46, 18, 4])
        #expect(dead.last?.what == "children")
        #expect(dead.last?.attribution == .init(who: "Syrian Observatory for Human Rights", verb: "said"))
        let returned = figures("President Volodymyr Zelenskyy said the Ukrainians returned home included servicemen, border guards and 8 civilians.")
        #expect(returned.map(\.value) == [8])
        #expect(returned.first?.verification == .claimed)
        #expect(figures("Zelenskyy met two senior U.S. officials in Kyiv on Tuesday.").isEmpty)
    }

    @Test func smallCountsThatAnActOfWarTakesAreFigures() {
        let found = figures("It said it had killed more than 20 militants in the area over the past week and located 3 tunnel shafts.")
        #expect(found.map(\.value) == [20, 3])
        #expect(found.last?.what == "tunnel shafts")
        let sectors = figures("The Institute for the Study of War said Russian troops had advanced in 5 sectors of the front.")
        #expect(sectors.map(\.value) == [5])
        #expect(sectors.first?.attribution == .init(who: "Institute for the Study of War", verb: "said"))
    }

    @Test func aCountWithoutItsNounAfterAnotherVerbCountsTheSameThing() {
        let found = figures("JNIM said its fighters had killed more than 30 soldiers in the base attack and captured 6.")
        #expect(found.map(\.value) == [30, 6])
        #expect(found.last?.what == "soldiers captured")
        #expect(found.last?.qualifier == .exact)
        #expect(found.last?.verification == .claimed)
    }

    @Test func dozensMoreIsMoreThanADozenOfWhatTheVerbSays() {
        let found = figures("Lebanon’s Health Ministry said the strikes killed 31 people, among them 4 paramedics, and wounded dozens more.")
        #expect(found.map(\.value) == [31, 4, 12])
        #expect(found.last?.qualifier == .moreThan)
        #expect(found.last?.what == "people injured")
        #expect(found.last?.category == .injured)
        #expect(found.last?.verification == .claimed)
    }

    @Test func aBareMillionsAfterUprootedCountsDisplacedPeople() {
        let found = figures("The war has killed tens of thousands of people and uprooted more than 12 million, according to U.N. figures.")
        #expect(found.map(\.value) == [10_000, 12_000_000])
        #expect(found.last?.what == "people displaced")
        #expect(found.last?.category == .displaced)
        #expect(found.last?.attribution == .init(who: "U.N. figures", verb: "according to"))
    }

    @Test func aBareCountOpeningWithOnlyCountsPeople() {
        let found = figures("Only 1,366 have been brought back, according to the government's Children of War portal.")
        #expect(found.map(\.value) == [1366])
        #expect(found.first?.what == "people")
    }

    @Test func aShareOfAnAmountOfMoneyIsAFigure() {
        let found = figures("Aid agencies say only 13% of the $4.2 billion requested for this year's humanitarian response has been funded.")
        #expect(found.map(\.value) == [13, 4_200_000_000])
        #expect(found.map(\.category) == [.percentage, .money])
        #expect(found.map { $0.attribution?.who } == ["Aid agencies", "Aid agencies"])
    }

    @Test func whatWasInterceptedIsWhatTheSentenceBeforeCounted() {
        let found = figures(
            "Ukraine's air force said Russia had attacked overnight with 4 Iskander-M ballistic missiles.",
            "It added that 2 were intercepted.")
        #expect(found.map(\.value) == [4, 2])
        #expect(found.last?.what == "missiles intercepted")
        #expect(found.last?.attribution == .init(who: "Ukraine's air force", verb: "added"))
    }

    @Test func aSourceRaisingTheNumberOfInjuredGivesTheNewCount() {
        let found = figures(
            "“Three people were killed. Another 9 are in hospital,” Governor Serhiy Lysak wrote on Telegram.",
            "Later on Wednesday he raised the number of injured to 14.")
        #expect(found.map(\.value) == [3, 9, 14])
        #expect(found.last?.what == "people injured")
        #expect(found.last?.attribution == .init(who: "Governor Serhiy Lysak", verb: "raised"))
        #expect(found.last?.verification == .claimed)
    }

    @Test func aShareOfThoseToWhomSomethingHappenedCountsThem() {
        let found = figures("The IOM said 41 per cent of those displaced were children.")
        #expect(found.map(\.value) == [41])
        #expect(found.first?.what == "people displaced")
        #expect(found.first?.category == .percentage)
    }

    @Test func participlesAfterACountTellWhatHappenedToSomeOfThem() {
        let found = figures("The Houthis have attacked more than 100 merchant vessels since November 2023, sinking two and seizing one.")
        #expect(found.map(\.value) == [100, 2, 1])
        #expect(found.map(\.what) == ["merchant vessels", "merchant vessels", "merchant vessels"])
        #expect(found.map(\.verification) == [.unattributed, .unattributed, .unattributed])
    }

    @Test func anAgeLimitIsNoFigure() {
        let found = figures("Hospital officials said 40 of the dead were children under the age of 18.")
        #expect(found.map(\.value) == [40])
        #expect(found.first?.attribution == .init(who: "Hospital officials", verb: "said"))
    }

    @Test func smallCountsOfSuspectsArrestedAreFigures() {
        let found = figures("Police spokeswoman Sewuese Anene said 3 suspects had been arrested.")
        #expect(found.map(\.value) == [3])
        #expect(found.first?.what == "suspects arrested")
        #expect(found.first?.verification == .claimed)
    }

    @Test func aTollThatPassedAFigureIsMoreThanIt() {
        let found = figures("The strike came a day after the Gaza Health Ministry said the number of Palestinians killed in the war had passed 65,000.")
        #expect(found.map(\.value) == [65_000])
        #expect(found.first?.qualifier == .moreThan)
        #expect(found.first?.verification == .claimed)
    }

    @Test func aRecordAfterAVerbOfReachingIsTheSubjectsCount() {
        let found = figures("The number of aid workers killed worldwide hit a record 383 last year, the United Nations said on Tuesday.")
        #expect(found.map(\.value) == [383])
        #expect(found.first?.what == "aid workers killed worldwide")
        #expect(found.first?.attribution == .init(who: "United Nations", verb: "said"))
    }

    @Test func aSourcePuttingTheNumberHigherGivesItsOwnFigureOfTheSameThing() {
        let found = figures(
            "Britain's defence ministry said Russian forces had probably suffered about 950,000 casualties since February 2022.",
            "Ukraine's General Staff puts the number even higher, at more than 1 million.")
        #expect(found.map(\.value) == [950_000, 1_000_000])
        #expect(found.last?.what == "casualties")
        #expect(found.last?.attribution == .init(who: "Ukraine's General Staff", verb: "puts"))
        #expect(found.last?.verification == .claimed)
    }

    @Test func aPartOfThoseCountedInTheSentenceBeforeCountsTheSameThing() {
        let found = figures(
            "At least 1,400 civilians were killed in Myanmar in the first half of the year, according to a report released on Tuesday by the U.N. human rights office.",
            "The office said it had verified 820 of those deaths and was still investigating the rest.")
        #expect(found.map(\.value) == [1400, 820])
        #expect(found.first?.attribution == .init(who: "U.N. human rights office", verb: "according to"))
        #expect(found.last?.what == "civilians killed")
        #expect(found.last?.verification == .verified)
    }

    @Test func roughlyHowOftenSomethingHappenedIsNoFigure() {
        let found = figures("“Many of them have been displaced three or four times already,” said Maxime Nama, NRC's country director in Congo.")
        #expect(found.isEmpty)
        let families = figures("Families of the hostages said more than 10,000 people joined a rally in Tel Aviv on Saturday.")
        #expect(families.first?.attribution == .init(who: "Families of the hostages", verb: "said"))
        #expect(families.first?.verification == .reported)
    }
}
