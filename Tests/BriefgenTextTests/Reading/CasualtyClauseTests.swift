@testable import BriefgenText
import Testing

/// The casualty clause reads only the sentences of the gravest figures, in order, until one fits: these pin which
/// figure wins when graver figures stand in sentences without an attack noun or with a cumulative total.
private func clause(_ sentences: [String], _ figures: [(Statistic.Category, Double, Int, String?)], excluding: Int = -1) -> [String] {
    let (text, spans) = StatisticTestSupport.text(sentences)
    let statistics = figures.map { category, value, sentence, place in
        Statistic(value: value, qualifier: value == 45 ? .atLeast : .exact, surface: "x", what: "people", category: category,
                  place: place, verification: .reported, sentence: sentence, start: 0, end: 1)
    }
    return CasualtyClause().variants(text, sentences: spans, statistics: statistics, excluding: excluding)
}

@Test func casualtyClauseSkipsGraverFiguresWithoutAnAttackNoun() {
    let sentences = [
        "The U.N. said 2,641 civilians had died in the region since Jan. 1.",
        "A drone strike on Kharkiv killed 18 people, officials said.",
        "Another attack in Dnipro killed 7.",
    ]
    #expect(clause(sentences, [(.killed, 2_641, 0, nil), (.killed, 18, 1, nil), (.killed, 7, 2, nil)])
        == ["drone strike kills 18 in Kharkiv", "drone strike kills 18"])
}

@Test func casualtyClauseSkipsCumulativeTotalsAndTheExcludedSentence() {
    let sentences = [
        "Russian strikes have killed 13,000 civilians in total.",
        "A missile attack on Odesa killed 12 people.",
        "The shelling of Kherson on April 1-24 injured at least 45 people.",
    ]
    let figures: [(Statistic.Category, Double, Int, String?)] = [(.killed, 13_000, 0, nil), (.killed, 12, 1, nil), (.injured, 45, 2, nil)]
    #expect(clause(sentences, figures) == ["missile attack kills 12 in Odesa", "missile attack kills 12"])
    #expect(clause(sentences, figures, excluding: 1) == ["shelling injures at least 45 in April", "shelling injures at least 45"])
}

@Test func casualtyClauseTakesTheFirstOfEqualFiguresInTextOrder() {
    // Equal rank, value and sentence: the figure first in the list wins (its place), as before. (`April 1-24` after
    // `on` is read as the place in the test above, as it always was.)
    let sentences = ["Strikes on “Zaporizhzhia” and Kyiv wounded 46 people and 46 soldiers, the ministry said."]
    #expect(clause(sentences, [(.injured, 46, 0, "Kyiv"), (.injured, 46, 0, "Zaporizhzhia")])
        == ["strikes injure 46 in Kyiv", "strikes injure 46"])
    #expect(clause(sentences, [(.casualties, 46, 0, ""), (.injured, 46, 0, nil)]) == ["strikes injure 46"])
}

@Test func casualtyClauseReadsSentencesBeyondASCII() {
    let sentences = [
        "Під час атаки загинули 5 людей.",
        "A drone attack on Kramatorsk’s centre killed 3 children, said Ms. Müller.",
        "Das Bombardement tötete 2.",
    ]
    #expect(clause(sentences, [(.killed, 5, 0, nil), (.killed, 3, 1, nil), (.killed, 2, 2, nil)])
        == ["drone attack kills 3 in Kramatorsk’s", "drone attack kills 3"])
}

@Test func casualtyClauseIsEmptyWithoutAFittingFigure() {
    let sentences = ["So far, 30 raids have killed 200 people.", "The toll rose to 46%."]
    #expect(clause(sentences, [(.killed, 200, 0, nil), (.other, 46, 1, nil), (.killed, 0.5, 1, nil)]) == [])
}

@Test func casualtyClauseReadsAnAttackNounWrittenWithTheKelvinSign() {
    // `ATTAC\u{212A}` lower-cases to `attack`: the byte test before reading a sentence lets it through, as before.
    let sentences = ["The U.N. counted 9 dead.", "A drone ATTAC\u{212A} on Sumy killed 4 people."]
    #expect(clause(sentences, [(.killed, 9, 0, nil), (.killed, 4, 1, nil)]) == ["drone attack kills 4 in Sumy", "drone attack kills 4"])
}

/// ``CasualtyClause/mayNameAttack(_:)`` on a string's UTF-8.
private func mayNameAttack(_ text: String) -> Bool {
    var text = text
    return text.withUTF8(CasualtyClause.mayNameAttack)
}

@Test func casualtyClauseByteTestFindsEveryAttackNounStem() {
    #expect(mayNameAttack("AIRSTRIKES hit Gaza.") == true)
    #expect(mayNameAttack("The Bombardment of Mariupol lasted weeks.") == true)
    #expect(mayNameAttack("U.N. raids\r\n") == true)
    #expect(mayNameAttack("A blast—then silence.") == true)
    #expect(mayNameAttack("“Shelling” was heard.") == true)
    #expect(mayNameAttack("ata\u{212A}") == true) // the Kelvin sign alone lets a sentence through
    #expect(mayNameAttack("Jan. 1: 2,641 civilians died, one-fifth of them children (46%).") == false)
    #expect(mayNameAttack("Атака на Київ, غارة, café, über, e\u{301}, 🚀, strik") == false)
    #expect(mayNameAttack("") == false)
    // Every attack noun holds a stem: a sentence without one has no attack noun.
    for noun in CasualtyClause.attackNouns {
        #expect(CasualtyClause.attackStems.contains { stem in noun.utf8.count >= stem.count
            && (0...(noun.utf8.count - stem.count)).contains { Array(Array(noun.utf8)[$0..<($0 + stem.count)]) == stem } })
    }
}
