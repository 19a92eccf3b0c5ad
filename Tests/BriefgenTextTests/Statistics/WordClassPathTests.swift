@testable import BriefgenText
import Foundation
import Testing

/// The byte paths of the statistic readers answer as the `String` rules they stand in for.
struct WordClassPathTests {
    /// Sources of every kind: people, titled offices, bodies, places, links, possessives, odd spacing and case.
    private static let sources = [
        "Oleh Syniehubov", "its governor", "a relief worker", "member of a local resistance group", "Ukraine's General Staff",
        "Democratic Voice of Burma", "National Unity Government", "Sudan's foreign minister Ali Youssef", "the ministry",
        "officials", "Kremlin spokesman Dmitry Peskov", "President Volodymyr Zelenskyy", "Amnesty International", "he",
        "", " ", "  Ali  Youssef ", "Ali Youssef of Kyiv", "of the army", "spokesman for the army", "Mayor Ihor Terekhov",
        "Gaza", "Rio de Janeiro", "kyiv", "Kyiv Mayor", "Minister", "MINISTER OF HEALTH", "U.N. official", "a witness",
        "Doctors Without Borders", "the Health Ministry", "Colonel", "captain Ahmed", "John Smith's family", "Ali\tHassan",
        "Ali-Hassan", "head of the office", "Head Office", "Chief", "The Times", "government spokesman Patrick Muyaya",
    ]

    @Test func asciiSourcesArePeopleAsByTheirWords() {
        for who in Self.sources {
            #expect(SpeakerHistory.isPersonASCII(who) == SpeakerHistory.isPersonByWords(who), "\(who)")
        }
    }

    @Test func otherSourcesTakeTheGeneralRule() {
        #expect(SpeakerHistory.isPersonASCII("Zoë Müller") == nil)
        #expect(SpeakerHistory.isPersonASCII("l’armée") == nil)
        #expect(SpeakerHistory.isPersonASCII(String(repeating: "a ", count: 40)) == nil)
        #expect(SpeakerHistory.isPersonByWords(String(repeating: "a ", count: 40)) == false)
    }

    @Test func aPersonNamedBeforeIsAPersonWhateverTheWords() {
        var history = SpeakerHistory()
        #expect(!history.isPerson("Hamas Media Office"))
        history.note([Entity(start: 0, end: 18, type: .person, text: "Hamas Media Office")])
        #expect(history.isPerson("Hamas Media Office"))
    }

    @Test func placeStartsOpenEveryPlaceOfSeveralWords() {
        for place in EntityLexicon.places where place.contains(" ") {
            let words = place.split(separator: " ")
            #expect(words.count <= EntityLexicon.longestPlaceWords)
            #expect(WordClasses.of(String(words[0])).contains(.placeStart), "\(place)")
        }
        #expect(WordClasses.of("kyiv").contains(.place))
        #expect(!WordClasses.of("rio de janeiro").contains(.placeStart))
    }

    @Test func lowerCasingStraightAnswersAsFoundation() {
        for text in ["Ukraine’s", "UKRAINE’S", "rock’n’roll", "plain", "", "’", "’’s", "Ali’", "Zoë’s", "a’\u{301}b", "“Kyiv”",
                     "x\u{2019}\u{301}", "Straße", "İstanbul’s", "The U.N.’s Office", "A–B"] {
            #expect(TextSearch.lowercasedStraight(text) == text.lowercased().replacingOccurrences(of: "’", with: "'"), "\(text)")
        }
    }

    @Test func bytePrefixesAnswerAsHasPrefix() {
        for text in ["verified", "verif", "verif\u{301}y", "ver", "", "unverified", "confirm", "confirmé", "documents", "Verified"] {
            #expect(TextSearch.hasPrefix(text, "verif") == text.hasPrefix("verif"), "\(text)")
            #expect(TextSearch.hasPrefix(text, "confirm") == text.hasPrefix("confirm"), "\(text)")
            #expect(TextSearch.hasPrefix(text, "document") == text.hasPrefix("document"), "\(text)")
        }
    }

    @Test func byteSearchesFindWhatFoundationFinds() {
        let texts = [" ukraine's general staff ", " the u.n. human rights office ", " state media ", "", "a", " rsf ",
                     "could not be independently verified.", " kyiv mayor vitali klitschko ", " l’armée ", " zoë ",
                     " a spokesman for the houthi-run health ministry ", " gov . ", "ab", " x y z "]
        let needleLists = [VerificationJudge.partyMarkers, VerificationJudge.neutralMarkers, VerificationJudge.stateTitles,
                           VerificationJudge.combatants, VerificationJudge.unverifiable, ["a", "b", " ", "", "ab", "ba"]]
        for text in texts {
            for needles in needleLists {
                for needle in needles {
                    #expect(TextSearch.containsAny([needle], in: text) == text.contains(needle), "\(needle) in \(text)")
                }
                #expect(TextSearch.containsAny(needles, in: text) == needles.contains { text.contains($0) }, "\(text)")
            }
        }
    }

    /// The category rule on a set of the words, as it was written before the word classes.
    private func categoryBySet(_ words: [String]) -> Statistic.Category {
        let set = Set(words)
        let military = !set.isDisjoint(with: CategoryClassifier.militaryWords) && !set.contains("civilians") && !set.contains("civilian")
        if military, !set.isDisjoint(with: CategoryClassifier.lossWords) { return .militaryLosses }
        if !set.isDisjoint(with: CategoryClassifier.killedWords) { return .killed }
        if !set.isDisjoint(with: CategoryClassifier.injuredWords) { return .injured }
        if !set.isDisjoint(with: CategoryClassifier.casualtyWords) { return .casualties }
        if !set.isDisjoint(with: CategoryClassifier.displacedWords) { return .displaced }
        if let head = words.last, CategoryClassifier.attackWords.contains(head) { return .attacks }
        if !set.isDisjoint(with: CategoryClassifier.attackWords), words.count <= 3 { return .attacks }
        return .other
    }

    @Test func categoriesFromWordClassesAsFromSets() {
        let phrases: [[String]] = [
            [], ["people", "killed"], ["soldiers", "killed"], ["civilian", "soldiers", "killed"], ["drones"], ["drones", "and", "missiles", "of", "war"],
            ["shahed", "drones", "launched", "overnight"], ["civilians", "injured"], ["casualties"], ["refugees"], ["tanks", "destroyed"],
            ["homes"], ["attacks", "on", "civilians", "in", "towns"], ["dead"], ["zoë"], ["strikes", "wounded"], ["aircraft", "lost"],
        ]
        let mention = NumberMention(firstToken: 0, endToken: 1, start: 0, end: 1, value: 12)
        for words in phrases {
            #expect(CategoryClassifier().category(of: mention, what: words) == categoryBySet(words), "\(words)")
        }
    }

    @Test func tokensTakeTheClassesOfTheirLowerCasedText() {
        for byte in UInt8(0)..<128 {
            #expect(WordClasses.ofASCII(byte) == WordClasses.of(String(decoding: [byte], as: UTF8.self)), "\(byte)")
        }
        let text = ScalarText("A US$ 5 - Kyiv’s 2,641 and 3.5 ½ THE per cent I")
        for token in WordTokenizer().tokens(text) {
            #expect(token.classes == WordClasses.of(token.lower), "\(token.text)")
        }
    }

    @Test func tokensBeyondASCIIKeepTheirSpellings() {
        let text = ScalarText("Zoë’s «Kyiv» İstanbul’s “MÜNCHEN” Ukraine’s – Straße")
        let tokens = WordTokenizer().tokens(text)
        #expect(tokens.map(\.text) == ["Zoë’s", "«", "Kyiv", "»", "İstanbul’s", "“", "MÜNCHEN", "”", "Ukraine’s", "–", "Straße"])
        #expect(tokens.map(\.lower) == ["zoë's", "«", "kyiv", "»", "i̇stanbul's", "“", "münchen", "”", "ukraine's", "–", "straße"])
    }
}
