import BriefgenText
import Testing

/// Which source gives which figure when a sentence names several, and how the source's side decides verification.
struct AttributionScopeTests {
    private func figures(_ sentences: String...) -> [Statistic] {
        let (text, parts) = StatisticTestSupport.text(sentences)
        let entities = EntityRecognizer().recognize(text, sentences: parts)
        return StatisticExtractor().extract(text, sentences: parts, timexes: [], entities: entities)
    }

    // MARK: - Scope

    @Test func theSourceClosingTheSentenceGivesAFigureAnotherSourceConfirmed() {
        let found = figures("Rescuers confirmed 27 deaths in the collapsed building, regional governor Vadym Filashkin said on Telegram.")
        #expect(found.map(\.value) == [27])
        #expect(found.first?.attribution == .init(who: "regional governor Vadym Filashkin", verb: "said"))
        #expect(found.first?.verification == .claimed)
    }

    @Test func aSourceInARelativeClauseAfterTheFigureDoesNotCloseTheSentence() {
        let found = figures("The ministry said 20 people were killed in the strike on the market, which residents said was crowded.")
        #expect(found.map(\.value) == [20])
        #expect(found.first?.attribution == .init(who: "ministry", verb: "said"))
    }

    @Test func aSourceInARelativeClauseGivesOnlyTheFiguresAfterIt() {
        let found = figures("Hamas is still holding 59 hostages, of whom Israel believes about 24 are alive.")
        #expect(found.map(\.value) == [59, 24])
        #expect(found.first?.attribution == nil)
        #expect(found.first?.verification == .unattributed)
        #expect(found.last?.attribution == .init(who: "Israel", verb: "believes"))
        #expect(found.last?.qualifier == .about)
        #expect(found.last?.what == "hostages")
        #expect(found.last?.verification == .claimed)
    }

    @Test func aSpeakersWeInsideAQuoteIsNotTheSource() {
        let counted = figures("“We counted 52 bodies,” a rescuer told AFP.")
        #expect(counted.first?.attribution == .init(who: "rescuer", verb: "told"))
        #expect(counted.first?.verification == .reported)
        let treated = figures("“We have treated more than 300 wounded people since Friday,” said Marie Dubois, a nurse with Doctors Without Borders.")
        #expect(treated.first?.attribution == .init(who: "Marie Dubois", verb: "said"))
        #expect(treated.first?.qualifier == .moreThan)
        #expect(treated.first?.verification == .reported)
    }

    @Test func anAgeBetweenCommasStandsBetweenTheSpeakerAndTheVerb() {
        let found = figures("Major Andriy Kovalenko, 38, said his unit had destroyed 17 Russian tanks near Pokrovsk.")
        #expect(found.map(\.value) == [17])
        #expect(found.first?.attribution == .init(who: "Major Andriy Kovalenko", verb: "said"))
        #expect(found.first?.verification == .claimed) // his unit fights
    }

    @Test func armedGroupsAndBroadcastersAreSourcesByTheirCommonNoun() {
        let found = figures("The militia said it had captured 40 “mercenaries” in the fighting.")
        #expect(found.map(\.value) == [40])
        #expect(found.first?.what == "mercenaries")
        #expect(found.first?.attribution == .init(who: "militia", verb: "said"))
        #expect(found.first?.verification == .claimed)
    }

    // MARK: - Sides

    @Test func aCountrysPressIsNotItsGovernmentButStateMediaIs() {
        let press = figures("Ukrainian media reported that 9 people were killed in the strike on Odesa.")
        #expect(press.first?.attribution == .init(who: "Ukrainian media", verb: "reported"))
        #expect(press.first?.verification == .reported)
        let state = figures("Russian state media said 15 Ukrainian soldiers had surrendered.")
        #expect(state.first?.attribution == .init(who: "Russian state media", verb: "said"))
        #expect(state.first?.verification == .claimed)
    }

    @Test func aSourceSpeakingOfItsOwnForcesIsACombatant() {
        let found = figures("The U.S. military said its forces had shot down 15 Houthi drones over the Red Sea.")
        #expect(found.first?.attribution == .init(who: "U.S. military", verb: "said"))
        #expect(found.first?.verification == .claimed)
    }

    @Test func aMinisterOfANeutralCountryThatIsTheSubjectIsNoParty() {
        let found = figures("France will send 40 more Scalp missiles to Ukraine, Defence Minister Sébastien Lecornu said.")
        #expect(found.map(\.value) == [40])
        #expect(found.first?.attribution == .init(who: "Defence Minister Sébastien Lecornu", verb: "said"))
        #expect(found.first?.verification == .reported)
    }

    @Test func theGroupIsJudgedByTheGroupTheTextNamed() {
        let armed = figures("Hamas militants killed 12 soldiers in the ambush, according to the group.")
        #expect(armed.first?.attribution == .init(who: "group", verb: "according to"))
        #expect(armed.first?.verification == .claimed)
        let monitor = figures("Researchers from Human Rights Watch interviewed survivors in Darfur.",
                              "The group said at least 40 civilians were executed in the town.")
        #expect(monitor.first?.attribution == .init(who: "group", verb: "said"))
        #expect(monitor.first?.verification == .reported)
    }

    @Test func aSpokesmanForAWarringGovernmentSpeaksForAParty() {
        let found = figures("Kyaw Zaw, a spokesman for the opposition National Unity Government, said resistance fighters had captured 9 army bases.")
        #expect(found.map(\.value) == [9])
        #expect(found.first?.attribution == .init(who: "Kyaw Zaw", verb: "said"))
        #expect(found.first?.verification == .claimed)
    }

    @Test func aCivilDefenceAgencyIsAStateInstitution() {
        let found = figures("At least 31 people were killed in the strikes, Gaza's civil defence agency said.")
        #expect(found.first?.attribution == .init(who: "Gaza's civil defence agency", verb: "said"))
        #expect(found.first?.qualifier == .atLeast)
        #expect(found.first?.verification == .claimed)
    }
}

/// Sources named in participle clauses, asides, documents and local government.
struct AttributionClauseTests {
    private func figures(_ sentences: String...) -> [Statistic] {
        let (text, parts) = StatisticTestSupport.text(sentences)
        let entities = EntityRecognizer().recognize(text, sentences: parts)
        return StatisticExtractor().extract(text, sentences: parts, timexes: [], entities: entities)
    }

    @Test func aParticipleAfterACommaSpeaksForTheSentencesSubject() {
        let found = figures("Hamas rejected the figures, saying at least 70 of its fighters had been killed.")
        #expect(found.map(\.value) == [70])
        #expect(found.first?.attribution == .init(who: "Hamas", verb: "saying"))
        #expect(found.first?.what == "fighters killed")
        #expect(found.first?.verification == .claimed)
    }

    @Test func aParticipleAsideStandsBetweenTheSpeakerAndTheVerb() {
        let found = figures("Officials in the town, speaking on condition of anonymity, said 11 people were killed.")
        #expect(found.first?.attribution == .init(who: "Officials in the town", verb: "said"))
        #expect(found.first?.verification == .reported)
    }

    @Test func aDocumentsAuthorIsTheSource() {
        let study = figures("According to a study published by the Lancet, more than 64,000 people died from traumatic injuries in the first nine months.")
        #expect(study.first?.attribution == .init(who: "Lancet", verb: "according to"))
        #expect(study.first?.verification == .reported)
        let statement = figures("According to a statement from Sudan's foreign ministry, 32 civilians were killed in the shelling.")
        #expect(statement.first?.attribution == .init(who: "Sudan's foreign ministry", verb: "according to"))
        #expect(statement.first?.verification == .claimed)
    }

    @Test func aCityCouncilIsLocalGovernment() {
        let found = figures("The Mykolaiv city council said 6 ambulances had been damaged.")
        #expect(found.map(\.value) == [6])
        #expect(found.first?.attribution == .init(who: "Mykolaiv city council", verb: "said"))
        #expect(found.first?.verification == .claimed)
        let refugees = figures("The Norwegian Refugee Council said 40,000 people had fled.")
        #expect(refugees.first?.verification == .reported)
    }
}

/// Sources introduced earlier in an article, bare counts after a reporting verb, and the side of a lone fighter.
struct ArticleSourceTests {
    private func figures(_ sentences: String...) -> [Statistic] {
        let (text, parts) = StatisticTestSupport.text(sentences)
        let entities = EntityRecognizer().recognize(text, sentences: parts)
        return StatisticExtractor().extract(text, sentences: parts, timexes: [], entities: entities)
    }

    @Test func anAbbreviatedTitleMakesTheNamedSpeakerAnOfficial() {
        let found = figures("Russian shelling killed 2 people in Nikopol, regional Gov. Serhiy Lysak said.", "Lysak said 5 houses were damaged.")
        #expect(found.map(\.value) == [2, 5])
        #expect(found.last?.attribution == .init(who: "Lysak", verb: "said"))
        #expect(found.map(\.verification) == [.claimed, .claimed])
    }

    @Test func aBareCountAfterAReportingVerbCountsPeople() {
        let found = figures("Officials said that 46 had been released under the deal.")
        #expect(found.map(\.value) == [46])
        #expect(found.first?.what == "people released")
        #expect(found.first?.attribution == .init(who: "Officials", verb: "said"))
    }

    @Test func aSingleSoldierOrOfficerIsASource() {
        let officer = figures("A Ukrainian officer told Reuters that 30 Russian soldiers had been captured.")
        #expect(officer.first?.attribution == .init(who: "Ukrainian officer", verb: "told"))
        #expect(officer.first?.verification == .claimed)
        let fighter = figures("At least 20 villagers were killed, a resistance fighter told Reuters.")
        #expect(fighter.first?.attribution == .init(who: "resistance fighter", verb: "told"))
        #expect(fighter.first?.verification == .claimed)
        let centre = figures("The British military's maritime security centre said 22 crew members were rescued.")
        #expect(centre.first?.attribution == .init(who: "British military's maritime security centre", verb: "said"))
        #expect(centre.first?.verification == .reported)
    }

    @Test func theNounAfterTheNamesTheSourceTheTextIntroduced() {
        let found = figures("At least 70% of the city's water network is out of service, the company said.")
        #expect(found.map(\.value) == [70])
        #expect(found.first?.attribution == .init(who: "company", verb: "said"))
        #expect(found.first?.verification == .reported)
    }

    @Test func theGroupIsTheSourceNamedJustBefore() {
        let found = figures("The Sudan Doctors Network said 14 people were killed in the attack.",
                            "The group said another 31 were injured and blamed the RSF.")
        #expect(found.map(\.value) == [14, 31])
        #expect(found.last?.attribution == .init(who: "Sudan Doctors Network", verb: "said")) // named, not `group`
        #expect(found.last?.what == "people injured")
        #expect(found.last?.verification == .reported)
    }

    @Test func aSentenceAboutTheFiguresCoversTheTwoBeforeIt() {
        let found = figures("A civil society group said 18 people were killed in the raid.",
                            "Its coordinator said 40 more were wounded.",
                            "The figures could not be independently verified.")
        #expect(found.map(\.value) == [18, 40])
        #expect(found.map(\.verification) == [.claimed, .claimed])
    }
}

/// What a participle after a figure counts.
struct ParticipleCountTests {
    @Test func aParticipleAfterAFigureCountsPartOfIt() {
        let found = StatisticTestSupport.statistics("The militants attacked 30 villages last year, burning 12.")
        #expect(found.map(\.value) == [30, 12])
        #expect(found.map(\.what) == ["villages", "villages"])
    }
}

/// A named source keeps its figure when a relaying outlet closes the sentence.
struct RelayedSourceTests {
    @Test func aNamedSourceBeforeTheFigureKeepsItOverTheOutletClosingTheSentence() {
        let found = StatisticTestSupport.statistics("Russia's Defence Ministry said its forces had downed 15 Ukrainian drones, the RIA news agency reported.")
        #expect(found.map(\.value) == [15])
        #expect(found.first?.attribution == .init(who: "Russia's Defence Ministry", verb: "said"))
        #expect(found.first?.verification == .claimed)
    }
}

/// Armed wings, relatives and humanitarian societies as sources.
struct SourceNameTests {
    @Test func anArmedWingIsItsMovementsSourceAndNotWhatItSaid() {
        let found = StatisticTestSupport.statistics("Hamas's armed wing, the Qassam Brigades, said its fighters had destroyed 5 Israeli tanks in Jabalia.")
        #expect(found.map(\.value) == [5])
        #expect(found.first?.attribution == .init(who: "Hamas's armed wing", verb: "said"))
        #expect(found.first?.verification == .claimed)
    }

    @Test func aRelativeIsASource() {
        let found = StatisticTestSupport.statistics("The boy, 12, was among 9 people killed in the strike, his uncle told the BBC.")
        #expect(found.map(\.value) == [9])
        #expect(found.first?.attribution == .init(who: "uncle", verb: "told"))
        #expect(found.first?.verification == .reported)
    }

    @Test func aRedCrescentSocietyIsNoParty() {
        let found = StatisticTestSupport.statistics("The Palestinian Red Crescent said its crews had rescued 11 people.")
        #expect(found.first?.attribution == .init(who: "Palestinian Red Crescent", verb: "said"))
        #expect(found.first?.verification == .reported)
    }

    @Test func allBetweenACasualtyVerbAndTheFigure() {
        let found = StatisticTestSupport.statistics(
            "Sudan's paramilitary Rapid Support Forces said on Sunday they had shot down a military aircraft, killing all 4 crew members.",
            "The Associated Press could not verify the claim.")
        #expect(found.map(\.value) == [4])
        #expect(found.first?.what == "crew members killed")
        #expect(found.first?.verification == .claimed)
    }
}

/// Local government bodies of a country at war.
struct LocalGovernmentTests {
    @Test func aCityAdministrationIsLocalGovernment() {
        let found = StatisticTestSupport.statistics("No fewer than 12 drones were shot down over Kyiv, the city administration said.")
        #expect(found.map(\.value) == [12])
        #expect(found.first?.qualifier == .atLeast)
        #expect(found.first?.attribution == .init(who: "city administration", verb: "said"))
        #expect(found.first?.verification == .claimed)
    }
}

/// Small counts of people something happened to, carried by a named speaker across sentences.
struct SmallHarmCountTests {
    @Test func aSmallCountOfMissingPeopleIsAFigure() {
        let found = StatisticTestSupport.statistics(
            "A senior Hamas official, Basem Naim, told Reuters that 12 hostages were killed in Israeli strikes.",
            "Israel says the group is responsible for their deaths.",
            "Naim said another 5 were missing.")
        #expect(found.map(\.value) == [12, 5])
        #expect(found.last?.what == "people missing")
        #expect(found.last?.attribution == .init(who: "Naim", verb: "said"))
        #expect(found.last?.verification == .claimed)
    }

    @Test func aBareCountOfThingsIsNotCountedAsPeople() {
        let found = StatisticTestSupport.statistics(
            "The Israeli military said 30 rockets were fired from Lebanon.", "It added that 12 were intercepted.")
        #expect(found.map(\.value) == [30, 12])
        #expect(found.last?.what == "rockets intercepted") // what the sentence before counted
        #expect(found.last?.attribution == .init(who: "Israeli military", verb: "added"))
        #expect(found.last?.verification == .claimed)
    }
}

/// Newspapers named after a country at war are its press, not its government.
struct NewspaperTests {
    @Test func aNewspaperNamedAfterAPartyIsThePress() {
        let israel = StatisticTestSupport.statistics("The Times of Israel reported that 12 soldiers were wounded in the ambush.")
        #expect(israel.first?.attribution == .init(who: "Times of Israel", verb: "reported"))
        #expect(israel.first?.verification == .reported)
        let kyiv = StatisticTestSupport.statistics("The Kyiv Independent reported that 14 people were killed in the strike.")
        #expect(kyiv.first?.verification == .reported)
        let tass = StatisticTestSupport.statistics("The TASS news agency said 14 Ukrainian soldiers had surrendered.")
        #expect(tass.first?.verification == .claimed)
    }
}

/// A title and the name set off after it, a source citing itself, adverbs before an outcome.
struct TitleThenNameTests {
    @Test func theNameAfterATitleIsPartOfTheSource() {
        let found = StatisticTestSupport.statistics(
            "Russian glide bombs struck Kharkiv on Thursday, killing three people and wounding 29, according to the regional governor, Oleh Syniehubov.",
            "Among the wounded were four children, he said.")
        #expect(found.map(\.value) == [3, 29, 4])
        #expect(found.first?.attribution == .init(who: "regional governor Oleh Syniehubov", verb: "according to"))
        #expect(found.last?.attribution == .init(who: "regional governor Oleh Syniehubov", verb: "said"))
        #expect(found.map(\.verification) == [.claimed, .claimed, .claimed])
    }

    @Test func aSourceCitingItsOwnDataIsTheSource() {
        let found = StatisticTestSupport.statistics(
            "The Myanmar military has carried out 1,500 air strikes since the coup, the research group Myanmar Witness said, citing its own database.")
        #expect(found.first?.attribution == .init(who: "research group Myanmar Witness", verb: "said"))
        #expect(found.first?.verification == .reported)
    }

    @Test func anAdverbStandsBeforeTheOutcome() {
        let found = StatisticTestSupport.statistics(
            "Israeli police said two people were killed and five were seriously wounded in a shooting attack in Jerusalem.")
        #expect(found.map(\.value) == [2, 5])
        #expect(found.last?.what == "people wounded")
        #expect(found.last?.category == .injured)
        #expect(found.last?.verification == .claimed)
    }
}

/// Firefighters fight no war; a neutral country's ministry is no party.
struct NonCombatantTests {
    @Test func firefightersAreNoParty() {
        let found = StatisticTestSupport.statistics("Firefighters said 3 people were injured in the blaze.")
        #expect(found.first?.attribution == .init(who: "Firefighters", verb: "said"))
        #expect(found.first?.verification == .reported)
    }

    @Test func aNeutralCountrysMinistryIsNoParty() {
        let found = StatisticTestSupport.statistics("Britain's defence ministry said Russia had lost 1,000 troops a day in May.")
        #expect(found.first?.attribution == .init(who: "Britain's defence ministry", verb: "said"))
        #expect(found.first?.verification == .reported)
    }
}
