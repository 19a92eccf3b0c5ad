import BriefgenText
import Testing

/// Figures read with the sentences around them: a quote that goes on after its speaker, counts that go on from the
/// sentence before, sources set off by long asides or named only by a common noun.
struct ParagraphContextTests {
    private func figures(_ sentences: String...) -> [Statistic] {
        let (text, parts) = StatisticTestSupport.text(sentences)
        let entities = EntityRecognizer().recognize(text, sentences: parts)
        return StatisticExtractor().extract(text, sentences: parts, timexes: [], entities: entities)
    }

    @Test func aQuoteAfterAQuotedSpeakerGoesOnWithTheirWords() {
        let found = figures(
            "In a briefing to the Security Council, U.N. aid chief Tom Fletcher said about 600 trucks of aid were needed every day.",
            "“We are getting in a fraction of that,” he said.",
            "“On some days only 80 trucks get in.”",
            "Israel's military agency COGAT says it has facilitated the entry of more than 1,200 aid trucks in the past week.")
        #expect(found.map(\.value) == [600, 80, 1200])
        #expect(found.map { $0.attribution?.who } == ["U.N. aid chief Tom Fletcher", "U.N. aid chief Tom Fletcher", "Israel's military agency COGAT"])
        #expect(found.map(\.verification) == [.reported, .reported, .claimed])
    }

    @Test func countsAfterAnotherGoOnCountingWhatTheSentenceBeforeCounted() {
        let found = figures(
            "Humanitarian partners reported that 56 of 131 requests to coordinate aid movements were facilitated by Israeli authorities.",
            "Another 38 were denied outright, 21 were impeded and 16 were cancelled for logistical or security reasons.")
        #expect(found.map(\.value) == [56, 131, 38, 21, 16])
        #expect(found.suffix(3).map(\.what) == ["requests", "requests", "requests"])
        #expect(found.suffix(3).map { $0.attribution?.who } == ["Humanitarian partners", "Humanitarian partners", "Humanitarian partners"])
    }

    @Test func aPartOfTheDeadInsideAQuoteIsAPartOfTheDead() {
        let found = figures("“Among the dead are 3 prison guards,” the Information Ministry said in a statement.")
        #expect(found.map(\.value) == [3])
        #expect(found.first?.category == .killed)
        #expect(found.first?.attribution == .init(who: "Information Ministry", verb: "said"))
        #expect(found.first?.verification == .claimed)
    }

    @Test func aSourceSetOffByALongOrParticipleAsideIsTheSubject() {
        let known = figures("Ukraine's military intelligence agency, known as HUR, said on Friday that its drones had struck 3 Russian air defence systems in occupied Crimea.")
        #expect(known.map(\.value) == [3])
        #expect(known.first?.attribution == .init(who: "Ukraine's military intelligence agency", verb: "said"))
        #expect(known.first?.verification == .claimed)
        let long = figures("The official, who asked not to be identified because he was not authorised to speak to the media, said 18 of the victims were children.")
        #expect(long.first?.attribution == .init(who: "official", verb: "said"))
    }

    @Test func anArmedGroupNamedByACommonNounIsTheGroupNamedBefore() {
        let found = figures(
            "Myanmar's Arakan Army said it had captured 2 more military bases in Rakhine state and taken about 300 junta soldiers prisoner.",
            "The ethnic armed group, which controls most of the state, said 16 of its own fighters had been killed.")
        #expect(found.map(\.value) == [2, 300, 16])
        #expect(found.last?.attribution == .init(who: "Myanmar's Arakan Army", verb: "said"))
        #expect(found.last?.verification == .claimed)
    }

    @Test func dozensInjuredAndSmallCountsOfSurvivorsAreFigures() {
        let found = figures(
            "At least 17 people were killed and dozens injured when an Israeli strike hit a residential building in Dahiyeh, Lebanon's Health Ministry said.",
            "Civil defence workers pulled 4 survivors from the rubble overnight, the National News Agency reported.")
        #expect(found.map(\.value) == [17, 12, 4])
        #expect(found[1].qualifier == .moreThan)
        #expect(found[1].category == .injured)
        #expect(found.last?.attribution == .init(who: "National News Agency", verb: "reported"))
    }

    @Test func aTitleWithItsPlaceAndTheNameSetOffAfterItIsTheSpeaker() {
        let found = figures("“We have lost contact with 11 of our staff in El Fasher,” said Doctors Without Borders’ emergency coordinator in Sudan, Claire Nicolet.")
        #expect(found.map(\.value) == [11])
        #expect(found.first?.what == "staff")
        #expect(found.first?.attribution == .init(who: "Doctors Without Borders’ emergency coordinator in Sudan Claire Nicolet", verb: "said"))
        #expect(found.first?.verification == .reported)
    }

    @Test func countsJoinedByAndShareTheirOutcomeAndNeitherClaimIsVerified() {
        let found = figures(
            "Myanmar's military government said that 4 soldiers and 11 “terrorists” were killed when resistance fighters attacked a police station.",
            "The Mandalay People's Defense Force, which claimed the attack, said it had killed 23 members of the security forces.",
            "Neither claim could be independently confirmed.")
        #expect(found.map(\.value) == [4, 11, 23])
        #expect(found.first?.what == "soldiers killed")
        #expect(found.map(\.verification) == [.claimed, .claimed, .claimed])
    }

    @Test func aSourceThatSaysAfterButIsTheSentencesSubject() {
        let found = figures("The ministry does not distinguish between civilians and combatants, but says more than half of the dead have been women and children.")
        #expect(found.map(\.value) == [0.5])
        #expect(found.first?.attribution == .init(who: "ministry", verb: "says"))
        #expect(found.first?.qualifier == .moreThan)
    }

    @Test func citingReportsWithoutASourceKeepsTheSourceThatCitesThem() {
        let found = figures("The RSF killed at least 460 people at the Saudi Maternity Hospital, the World Health Organization said, citing reports it had received.")
        #expect(found.first?.attribution == .init(who: "World Health Organization", verb: "said"))
        #expect(found.first?.verification == .reported)
        let found2 = figures("Israel's military said it had killed about 30 Hamas militants in Rafah over the past week, and had found 5 tunnel shafts.")
        #expect(found2.map(\.value) == [30, 5])
    }
}
