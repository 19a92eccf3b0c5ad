@testable import BriefgenText
import Foundation
import Testing

/// Awkward texts for the byte searches: abbreviations, numbers, curly quotes, accents, CRLF, combining marks, other
/// scripts, emoji.
private let awkward = [
    " the u.n. said 2,641 civilians were killed in jan. 1-24 ",
    " ukraine’s defence ministry ", " “the kremlin” ", " kyiv's mayor ", " café owner in kiev ", " über-reporter ",
    " a russian\r\nofficial ", " e\u{301}lise, a hamas fighter ", " министерство обороны россии ", " وزارة الصحة ",
    " 🚀 idf spokesman ", " one-fifth of 46% ", "", " ", "the", " state-run tv ", " the times of israel ",
    " gov. kim ", " a u.s. official ", " un ", " the un ", " rsf ", " ria novosti ", " rt ", "rt", " unicef ",
]

@Test func needleSetAnswersAsEachNeedleSearchedInTurn() {
    let lists = [VerificationJudge.partyMarkers, VerificationJudge.neutralMarkers, VerificationJudge.stateTitles,
                 VerificationJudge.combatants, VerificationJudge.stateOutlets, VerificationJudge.newspaperNames,
                 VerificationJudge.unverifiable, ["neither", "none of"], ["", "x"], []]
    for list in lists {
        let set = NeedleSet(list)
        for text in awkward {
            #expect(TextSearch.containsAny(set, in: text) == TextSearch.containsAny(list, in: text), "\(list) \(text)")
            #expect(TextSearch.containsAny(set, in: text) == list.contains { !$0.isEmpty && text.contains($0) }, "\(list) \(text)")
        }
    }
}

@Test func needleSetFindsNeedlesAtTheEdgesOfTheText() {
    let set = NeedleSet(["rt ", "ria ", "tass", " un "])
    #expect(TextSearch.containsAny(set, in: "tass") == true)
    #expect(TextSearch.containsAny(set, in: "tas") == false)
    #expect(TextSearch.containsAny(set, in: "the rt") == false)
    #expect(TextSearch.containsAny(set, in: "rt said") == true)
    #expect(TextSearch.containsAny(set, in: "the un said") == true)
    #expect(TextSearch.containsAny(set, in: "the u.n. said") == false)
    #expect(TextSearch.containsAny(set, in: "ria novosti’s “tass”") == true)
    #expect(TextSearch.containsAny(set, in: "é tass") == true) // beyond plain text: Foundation's answer
    #expect(TextSearch.containsAny(NeedleSet([]), in: "anything") == false)
    #expect(TextSearch.containsAny(NeedleSet([""]), in: "anything") == false)
}

@Test func saysUnverifiableInPlaceAnswersAsOnTheLowerCasedString() {
    let texts = [
        "The U.N. said 2,641 civilians died. The figures Could Not Be Independently Verified.",
        "Neither claim could be independently CONFIRMED.\r\nOfficials said so on Jan. 1.",
        "“None of the figures could be verified,” she said.",
        "Café owners said 46% of homes were hit — a figure that could not be confirmed.",
        "Münster’s mayor said the toll was unverifiable.",
        "Е\u{301}ще 5 человек погибли; это не удалось проверить.",
        "THE TOLL COULD NOT BE VERIFIED 🚀",
        "Death toll is 18, the ministry said.",
        "Neither side commented.",
        "The ATTAC\u{212A} could not be independently verified.",
    ]
    let expected = [true, true, true, true, false, false, true, false, false, true]
    for (text, answer) in zip(texts, expected) {
        let scalars = ScalarText("Lead. " + text + " Tail.")
        let start = 6, end = 6 + text.unicodeScalars.count
        #expect(VerificationJudge.saysUnverifiable(scalars, start, end) == answer, "\(text)")
        #expect(VerificationJudge.saysUnverifiable(scalars, start, end) == VerificationJudge.saysUnverifiable(text), "\(text)")
        #expect(VerificationJudge.saysUnverifiable(scalars.compacted(), start, end) == answer, "\(text)")
    }
}
