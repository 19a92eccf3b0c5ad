import BriefgenText
import Testing

/// Who gives a figure when the source is a pronoun, a noun that refers back, an acronym, or a speaker in the sentence
/// before: attribution across the sentences of a paragraph.
struct SpeakerResolutionTests {
    private func figures(_ sentences: String...) -> [Statistic] {
        let (text, parts) = StatisticTestSupport.text(sentences)
        let entities = EntityRecognizer().recognize(text, sentences: parts)
        return StatisticExtractor().extract(text, sentences: parts, timexes: [], entities: entities)
    }

    // MARK: - A source inside what another source says

    @Test func aSourceThatRefersBackInsideWhatAnotherSaysIsTheSpeaker() {
        let found = figures(
            "“The actual figures are likely considerably higher,” said Danielle Bell, who leads the U.N. monitoring team.",
            "She said the mission had also verified the deaths of 12 civilians in areas under Russian occupation.")
        #expect(found.map(\.value) == [12])
        #expect(found.first?.attribution == .init(who: "Danielle Bell", verb: "verified"))
        #expect(found.first?.verification == .verified)
    }

    @Test func itInsideWhatANamedMonitorSaysIsTheMonitor() {
        let found = figures(
            "The Houthi-run health ministry said 224 civilians were killed in those strikes.",
            "Airwars, a London-based monitoring group, said it had verified at least 68 civilian deaths from a single strike on a migrant detention centre.")
        #expect(found.map(\.value) == [224, 68])
        #expect(found.last?.attribution == .init(who: "Airwars", verb: "verified"))
        #expect(found.last?.qualifier == .atLeast)
        #expect(found.last?.what == "civilian deaths")
        #expect(found.last?.verification == .verified)
    }

    // MARK: - Pronouns

    @Test func itAfterAnOrganizationWithATitleWordInItsNameIsTheOrganization() {
        let found = figures(
            "Ukraine's General Staff said on Monday that Russia had lost 1,040 troops over the previous day.",
            "It said Ukrainian forces had repelled 156 Russian assaults along the front line, 53 of them in the Pokrovsk sector.")
        #expect(found.map(\.value) == [1040, 156, 53])
        #expect(found.map { $0.attribution?.who } == ["Ukraine's General Staff", "Ukraine's General Staff", "Ukraine's General Staff"])
        #expect(found.map(\.verification) == [.claimed, .claimed, .claimed])
    }

    @Test func heAfterASourceDescribedByANounIsThatSource() {
        let found = figures(
            "Airstrikes by Myanmar’s military killed at least 22 people, including seven children, according to a member of a local resistance group.",
            "“The jet dropped two bombs on the school. Most of the dead were students,” he said by phone.")
        #expect(found.map(\.value) == [22, 7, 2])
        #expect(found.last?.attribution == .init(who: "member of a local resistance group", verb: "said"))
        #expect(found.last?.what == "bombs")
        #expect(found.last?.verification == .claimed)
    }

    // MARK: - Acronyms

    @Test func aParenthesizedAcronymDoesNotHideTheSubjectOfTheVerb() {
        let found = figures("The World Health Organization (WHO) reported that only 19 of Gaza's 36 hospitals remain partially functional.")
        #expect(found.map(\.value) == [19, 36])
        #expect(found.map { $0.attribution?.who } == ["World Health Organization", "World Health Organization"])
        #expect(found.map(\.verification) == [.reported, .reported])
    }

    @Test func aSourceNamedByAnAcronymTheTextDefinedIsGivenWithItsName() {
        let found = figures(
            "Between 14 and 20 May, the Ministry of Health (MoH) in Gaza reported that 421 Palestinians were killed.",
            "According to MoH, the cumulative toll stands at 53,486 fatalities.")
        #expect(found.map(\.value) == [421, 53486])
        #expect(found.first?.attribution == .init(who: "Ministry of Health in Gaza", verb: "reported"))
        #expect(found.last?.attribution == .init(who: "Ministry of Health (MoH)", verb: "according to"))
        #expect(found.map(\.verification) == [.claimed, .claimed])
    }

    // MARK: - Speakers named in another sentence

    @Test func heAfterASourceWhoDeniedIsThatSource() {
        let found = figures(
            "The Democratic Voice of Burma, an independent media outlet, reported that 18 houses were destroyed.",
            "Maj. Gen. Zaw Min Tun, the spokesperson for the military government, denied that civilians had been targeted.",
            "He said the army had struck a training camp of the People's Defense Force and killed 14 fighters.")
        #expect(found.map(\.value) == [18, 14])
        #expect(found.last?.attribution == .init(who: "Zaw Min Tun", verb: "said"))
        #expect(found.last?.verification == .claimed)
    }

    @Test func anAbbreviatedTitleInAnAppositiveIsPartOfTheSpeakersName() {
        let found = figures(
            "The administrator of Lubero territory, Col. Alain Kiwewa, put the toll higher, at 61.",
            "“We buried 58 bodies this morning and the search continues,” he said.")
        #expect(found.map(\.value) == [61, 58])
        #expect(found.map { $0.attribution?.who } == ["Col. Alain Kiwewa", "Col. Alain Kiwewa"])
        #expect(found.map(\.verification) == [.claimed, .claimed])
    }

    @Test func theStatementSaysWhatItsIssuerSays() {
        let found = figures(
            "Ukraine’s Energy Ministry said in a statement that Russian strikes had knocked out power to more than 220,000 households.",
            "Repair crews had restored electricity to about 140,000 of them by midday, the statement said.")
        #expect(found.map(\.value) == [220_000, 140_000])
        #expect(found.last?.attribution == .init(who: "Ukraine’s Energy Ministry", verb: "said"))
        #expect(found.last?.qualifier == .about)
        #expect(found.last?.verification == .claimed)
    }

    @Test func aQuoteTakesTheSpeakerTheNextSentenceNames() {
        let found = figures(
            "“Our teams treated 340 war-wounded patients in a single week.”",
            "That was how Patrick Youssef, the Red Cross's regional director for Africa, described the situation in Nyala.")
        #expect(found.map(\.value) == [340])
        #expect(found.first?.attribution == .init(who: "Patrick Youssef", verb: "described"))
        #expect(found.first?.verification == .reported)
    }

    @Test func aQuoteRunningOnIntoTheNextSentenceTakesTheSpeakerAfterItCloses() {
        let found = figures(
            "“We have counted 230 bodies in the village.",
            "Many more are under the rubble,” said Mohamed Ali, a volunteer with the local emergency response room.")
        #expect(found.map(\.value) == [230])
        #expect(found.first?.attribution == .init(who: "Mohamed Ali", verb: "said"))
        #expect(found.first?.verification == .reported)
    }

    @Test func aParticipleAfterAPronounSubjectResolvesThePronoun() {
        let found = figures(
            "Ukrainian President Volodymyr Zelenskyy said Russia had used more than 1,800 guided bombs in the past week.",
            "He urged allies to speed up deliveries of air defense systems, saying Ukraine needed at least 10 more Patriot batteries.")
        #expect(found.map(\.value) == [1800, 10])
        #expect(found.last?.attribution == .init(who: "Ukrainian President Volodymyr Zelenskyy", verb: "saying"))
        #expect(found.last?.verification == .claimed)
    }

    // MARK: - Citing

    @Test func citingNeedsASourceAndDoesNotTakeAFigureFromThePersonWhoGivesIt() {
        let causes = figures("The United Nations said it had collected the cargo of only 92 trucks, citing insecurity and Israeli restrictions.")
        #expect(causes.first?.attribution == .init(who: "United Nations", verb: "said"))
        #expect(causes.first?.verification == .reported)
        let person = figures(
            "“The violence is spreading,” U.N. human rights chief Volker Türk said in a statement.",
            "He said more than 60,000 people had been displaced in March alone, citing figures from the International Organization for Migration.")
        #expect(person.first?.attribution == .init(who: "U.N. human rights chief Volker Türk", verb: "said"))
        let outlet = figures("Al Jazeera reported 30 deaths, citing local officials.")
        #expect(outlet.first?.attribution == .init(who: "local officials", verb: "citing"))
    }

    @Test func sourceNamesRunOnOverBothAndTheirPartners() {
        let found = figures(
            "Ukraine and Russia exchanged 84 prisoners each on Thursday, officials in both countries said.",
            "Humanitarian partners recorded 48 incidents in which aid convoys were impeded.")
        #expect(found.map(\.value) == [84, 48])
        #expect(found.map { $0.attribution?.who } == ["officials in both countries", "Humanitarian partners"])
        #expect(found.last?.verification == .reported)
    }

    // MARK: - Later sentences

    @Test func itAtTheStartOfASentenceIsTheSourceBeforeNotANameLaterInTheSentence() {
        let found = figures(
            "The Israeli military says it strikes Hezbollah fighters and infrastructure in line with the truce.",
            "It said on Sunday it had killed 2 Hezbollah operatives in a strike on a vehicle near Tyre.")
        #expect(found.map(\.value) == [2])
        #expect(found.first?.attribution == .init(who: "Israeli military", verb: "said"))
        #expect(found.first?.verification == .claimed)
    }

    @Test func itAfterABodyThatTookAStandIsThatBody() {
        let found = figures(
            "Junta spokesman Maj. Gen. Zaw Min Tun told state media that voting had taken place in 102 of the country's 330 townships.",
            "The shadow National Unity Government, which opposes the junta, called the election a sham.",
            "It said resistance forces now controlled more than 60 townships.")
        #expect(found.map(\.value) == [102, 330, 60])
        #expect(found.first?.verification == .claimed) // a junta spokesman
        #expect(found.last?.attribution == .init(who: "shadow National Unity Government", verb: "said"))
    }

    @Test func aCommonNounForABodyIsTheBodyNamedBefore() {
        let found = figures(
            "Gunmen killed about 100 people in attacks on villages in Nigeria's Benue state, Amnesty International said Saturday.",
            "Hundreds of people were injured and left without adequate medical care, the rights group said in a statement.")
        #expect(found.map(\.value) == [100, 100])
        #expect(found.last?.attribution == .init(who: "Amnesty International", verb: "said"))
        #expect(found.last?.qualifier == .moreThan)
        #expect(found.last?.verification == .reported)
    }

    @Test func theSpeakerOfACommaFilledAsideAndOfACoordinatedVerb() {
        let aside = figures("Bertide Horace, a spokesperson for the Commission for Dialogue, Reconciliation and Peace, said the dead included 10 women and 3 infants.")
        #expect(aside.map(\.value) == [10, 3])
        #expect(aside.map { $0.attribution?.who } == ["Bertide Horace", "Bertide Horace"])
        let coordinated = figures("The RSF denied targeting civilians and said its forces had killed 120 army soldiers in the battle for the town.")
        #expect(coordinated.first?.attribution == .init(who: "RSF", verb: "said"))
        #expect(coordinated.first?.verification == .claimed)
        let possessive = figures("The ship's operator said 22 crew members had been on board; the EU naval mission said 10 had been rescued.")
        #expect(possessive.map { $0.attribution?.who } == ["ship's operator", "EU naval mission"])
    }

    @Test func aQuoteTakesTheSpeakerWhoseWordsTheNextSentenceSaysTheyWere() {
        let found = figures(
            "“In the past 48 hours our hospital has received 112 bodies, most of them women and children.”",
            "Those were the words of Dr. Mohammed Saqr, director of nursing at Nasser Hospital, in a video shared on Sunday.")
        #expect(found.map(\.value) == [112])
        #expect(found.first?.attribution == .init(who: "Mohammed Saqr", verb: "said"))
        #expect(found.first?.verification == .reported)
    }

    @Test func aMayorWhoseNameContainsANationalityIsStillAMayor() {
        let found = figures("The main target was the city of Lutsk, where Mayor Ihor Polishchuk said 2 people had been injured.")
        #expect(found.first?.attribution == .init(who: "Mayor Ihor Polishchuk", verb: "said"))
        #expect(found.first?.verification == .claimed)
    }

    @Test func anAcronymTheInitialsOfANameBeforeSpellIsThatName() {
        let found = figures(
            "A Turkish drone strike on a vehicle in northeast Syria killed 4 members of the Kurdish-led Syrian Democratic Forces, the SDF said in a statement.")
        #expect(found.map(\.value) == [4])
        #expect(found.first?.attribution == .init(who: "Syrian Democratic Forces (SDF)", verb: "said"))
        #expect(found.first?.verification == .claimed)
    }

    @Test func theServiceIsTheServiceNamedBefore() {
        let found = figures(
            "Two Russian ballistic missiles struck the center of Sumy, killing 35 people and wounding 117, Ukraine's State Emergency Service said.",
            "Among the dead were 2 children, the service said.")
        #expect(found.last?.attribution == .init(who: "Ukraine's State Emergency Service", verb: "said"))
        #expect(found.last?.verification == .claimed)
    }
}
