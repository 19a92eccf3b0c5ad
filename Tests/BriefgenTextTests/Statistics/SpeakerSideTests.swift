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
}
