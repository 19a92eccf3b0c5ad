import BriefgenText
import Testing

/// Named entities from capitalized sequences, titles and organization words.
struct EntityRecognizerTests {
    private func entities(_ sentence: String) -> [String] {
        let (text, sentences) = StatisticTestSupport.text([sentence])
        return EntityRecognizer().recognize(text, sentences: sentences).map { "\($0.type.rawValue) \($0.text)" }
    }

    @Test func splitsTitlesFromPeopleAndOrganizations() {
        #expect(entities("Kremlin spokesman Dmitry Peskov conveyed that President Vladimir Putin supports a ceasefire.")
            == ["ORG Kremlin", "PER Dmitry Peskov", "PER Vladimir Putin"])
    }

    @Test func recognizesOrganizationsAndPlaces() {
        #expect(entities("The Ukrainian Security Service said its drones hit a plant in Kharkiv.")
            == ["ORG Ukrainian Security Service", "LOC Kharkiv"])
        #expect(entities("Between January and March, the U.N. verified 2,641 civilian casualties.") == ["ORG U.N."])
    }

    @Test func keepsTitleWordsOutOfNames() {
        #expect(entities("U.S. Secretary of State Marco Rubio met Russian Foreign Minister Sergey Lavrov in Rio de Janeiro.")
            == ["LOC U.S.", "PER Marco Rubio", "PER Sergey Lavrov", "LOC Rio de Janeiro"])
    }

    @Test func dropsPossessivesFromNames() {
        #expect(entities("The deal stalled after Ukraine’s Zelenskyy left the White House.") == ["PER Zelenskyy", "ORG White House"])
    }

    @Test func readsAcronymsAsOrganizationsAndCompassNamesAsPlaces() {
        #expect(entities("Around 170 children reached the camp, the NRC said.") == ["ORG NRC"])
        #expect(entities("South Korea said troops from North Korea were sent to the Golan Heights.")
            == ["LOC South Korea", "LOC North Korea", "LOC Golan Heights"])
    }

    @Test func skipsCapitalizedCommonWordsOpeningASentence() {
        #expect(entities("Officials said the strike on Oct. 7 hit the West Bank.") == ["LOC West Bank"])
    }
}
