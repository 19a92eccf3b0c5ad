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
}
