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
}
