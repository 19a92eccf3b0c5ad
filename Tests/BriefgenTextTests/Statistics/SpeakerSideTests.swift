import BriefgenText
import Testing

/// How sure a figure is when the speaker's side or checking is said elsewhere than in the source's own name: a role
/// given with `the` after the text named whose it is, and a speaker who says in a quote that they checked the figure.
struct SpeakerSideTests {
    private func figures(_ sentences: String...) -> [Statistic] {
        let (text, parts) = StatisticTestSupport.text(sentences)
        let entities = EntityRecognizer().recognize(text, sentences: parts)
        return StatisticExtractor().extract(text, sentences: parts, timexes: [], entities: entities)
    }

    @Test func aSpokesmanNamedAfterHisRoleSpeaksForTheGroupNamedBefore() {
        let found = figures(
            "At least 40 people were killed when Myanmar's military bombed a crowded market in Ramree township, a spokesman for the Arakan Army said.",
            "Khine Thu Kha, the spokesman, said more than 50 others were wounded and that most of the victims were civilians.")
        #expect(found.map(\.value) == [40, 50])
        #expect(found.last?.attribution == .init(who: "Khine Thu Kha", verb: "said"))
        #expect(found.last?.qualifier == .moreThan)
        #expect(found.map(\.verification) == [.claimed, .claimed])
    }

    @Test func aSpeakerWhoSaysTheyVerifiedTheFigureGivesAVerifiedFigure() {
        let verified = figures("“We were able to verify the identities of 58 of the dead,” said Ilaria Allegrozzi, senior Sahel researcher at Human Rights Watch.")
        #expect(verified.map(\.value) == [58])
        #expect(verified.first?.attribution == .init(who: "Ilaria Allegrozzi", verb: "said"))
        #expect(verified.first?.verification == .verified)
        let counted = figures("“We counted 52 bodies,” a rescuer told AFP.")
        #expect(counted.first?.verification == .reported)
    }

    @Test func aSpokesmanOfTheBodyNamedBeforeSpeaksForIt() {
        let found = figures(
            "An Israeli strike on a tent camp in al-Mawasi killed at least 25 Palestinians, Gaza's civil defence agency said.",
            "Mahmoud Bassal, the agency's spokesman, said rescuers were still searching for 8 missing people.")
        #expect(found.map(\.value) == [25, 8])
        #expect(found.last?.attribution == .init(who: "Mahmoud Bassal", verb: "said"))
        #expect(found.map(\.verification) == [.claimed, .claimed])
        let head = figures(
            "Kyiv's military administration said 4 people were killed and 22 injured overnight.",
            "Among the injured were 3 children, the administration's head Tymur Tkachenko said.")
        #expect(head.last?.attribution == .init(who: "administration's head Tymur Tkachenko", verb: "said"))
        #expect(head.last?.verification == .claimed)
    }

    @Test func aServiceDescribedByItsCountryIsThatCountrys() {
        let found = figures("Magen David Adom, Israel's emergency service, said 7 people were lightly injured while running to shelters.")
        #expect(found.map(\.value) == [7])
        #expect(found.first?.attribution == .init(who: "Magen David Adom", verb: "said"))
        #expect(found.first?.verification == .claimed)
    }

    @Test func aNeutralCountrysSourceTellingOfItsOwnForcesStrikingIsAParty() {
        let pentagon = figures("In a statement, the Pentagon said U.S. forces had struck 7 Iranian-backed militia sites in Iraq and Syria.")
        #expect(pentagon.first?.attribution == .init(who: "Pentagon", verb: "said"))
        #expect(pentagon.first?.verification == .claimed)
        let turkey = figures("Turkish warplanes struck 31 Kurdish militant targets in northern Iraq, Turkey's Defence Ministry said.")
        #expect(turkey.first?.verification == .claimed)
        let britain = figures("Russia lost an estimated 1,000 soldiers a day on average in May, Britain's defence ministry said.")
        #expect(britain.first?.qualifier == .about)
        #expect(britain.first?.verification == .reported)
    }

    @Test func aSpokespersonForTheGroupSpeaksForTheRebelsNamedBefore() {
        let found = figures(
            "Separatist rebels from the Azawad Liberation Front said the operation had targeted civilians, and that 12 herders had been killed.",
            "A spokesperson for the group, Mohamed Elmaouloud Ramadane, said the victims included 3 children.")
        #expect(found.map(\.value) == [12, 3])
        #expect(found.first?.attribution == .init(who: "Separatist rebels from the Azawad Liberation Front", verb: "said"))
        #expect(found.last?.attribution == .init(who: "Mohamed Elmaouloud Ramadane", verb: "said"))
        #expect(found.map(\.verification) == [.claimed, .claimed])
    }
}
