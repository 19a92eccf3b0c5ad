@testable import BriefgenText
import Testing

/// The fast paths of the statistic readers answer as the plain rules they stand in for.
struct StatisticsFastPathTests {
    /// Names and odd texts: ASCII, curly quotes, initials, digits with separators, letters beyond ASCII, a space before
    /// a combining mark (one character, not a space), spaces at either end, empty text.
    private static let texts = [
        "Dmitry Peskov", "Peskov", "U.N. official", "2,641 people", "Zoë Müller", "Ali  Hassan", " Ali Hassan ", "",
        " ", "   ", "Ali\u{20}\u{301}Hassan", "Ali \u{301}", "O’Brien Smith", "“Kyiv” Post", "a b c", "Ali\tHassan",
        "Ali\r\nHassan", "Jean-Pierre de la Fontaine",
    ]

    @Test func lastWordAnswersAsSplittingOnSpaces() {
        for text in Self.texts {
            #expect(TextSearch.lastWord(of: text) == text.split(separator: " ").last.map(String.init), "\(text)")
        }
        #expect(TextSearch.lastWord(of: "Dmitry Peskov") == "Peskov")
        #expect(TextSearch.lastWord(of: " state media ") == "media")
        #expect(TextSearch.lastWord(of: "  ") == nil)
        #expect(TextSearch.lastWord(of: "Zoë Müller") == "Müller")
        #expect(TextSearch.lastWord(of: "Ali \u{301}") == "Ali \u{301}") // the mark joins the space: no split
    }

    @Test func possessivesAreCutAsTwoCharacters() {
        let texts = ["Ukraine’s", "Ukraine's", "’s", "'s", "Zoë’s", "Müller's", "x\u{600}’s", "\u{600}'s", "A ’s", "U.N.’s", "s’s"]
        for text in texts {
            var cut = text
            EntityRecognizer.removeLastTwoCharacters(&cut, bytes: text.hasSuffix("’s") ? 4 : 2)
            var expected = text
            expected.removeLast(2)
            #expect(cut == expected, "\(text)")
        }
        for text in ["Ukraine’s", "Ukraine's", "’s", "'s", "s", "", "’", "Ukraines", "Ukraine’S", "a\u{2019}s", "x’’s", "ʼs"] {
            let expected = TextSearch.hasSuffix(text, "’s") ? 4 : TextSearch.hasSuffix(text, "'s") ? 2 : 0
            #expect(EntityRecognizer.possessiveSuffixBytes(text) == expected, "\(text)")
        }
        var prepended = "x\u{600}’s" // U+0600 joins the apostrophe into its character: three characters go
        EntityRecognizer.removeLastTwoCharacters(&prepended, bytes: 4)
        #expect(prepended == "x")
        var plain = "Ukraine’s"
        EntityRecognizer.removeLastTwoCharacters(&plain, bytes: 4)
        #expect(plain == "Ukraine")
    }

    @Test func spansIntoABufferAreTheSpansOfEachSentence() {
        let sentences = [
            "Kremlin spokesman Dmitry Peskov said President Vladimir Putin supports it.",
            "The U.N. verified 2,641 civilian casualties in Kharkiv.",
            "no names here at all",
            "Ukraine’s Zelenskyy met Rio de Janeiro’s mayor.",
        ]
        var buffer: [NameSpans.Span] = []
        for sentence in sentences {
            let (text, split) = StatisticTestSupport.text([sentence])
            let tokens = WordTokenizer.readable(text, split[0])
            NameSpans().spans(in: tokens, into: &buffer)
            let plain = NameSpans().spans(in: tokens)
            #expect(buffer.map { [$0.start, $0.end] } == plain.map { [$0.start, $0.end] }, "\(sentence)")
            #expect(buffer.map { [$0.afterTitle, $0.afterPossessive, $0.beforeTitle] }
                == plain.map { [$0.afterTitle, $0.afterPossessive, $0.beforeTitle] }, "\(sentence)")
        }
        #expect(buffer.isEmpty == false)
    }

    @Test func wordClassesOfNumberOpenersAndCurrencyWordsAreTheirLists() {
        for word in NumberWords.openers { #expect(WordClasses.of(word).contains(.numberWordOpener), "\(word)") }
        for word in NumberParser.currencyWords.keys { #expect(WordClasses.of(word).contains(.currencyWord), "\(word)") }
        for word in NumberWords.vagueMagnitudes.keys { #expect(WordClasses.of(word).contains(.vagueMagnitude), "\(word)") }
        for word in ["us", "c", "the", "dollarS", "Euros", "euro’s", "€", "$", "1,000", "pounds", "", "hryvnia’s", "dozen"] {
            #expect(WordClasses.of(word).contains(.vagueMagnitude) == (NumberWords.vagueMagnitudes[word] != nil), "\(word)")
            #expect(WordClasses.of(word).contains(.numberWordOpener) == NumberWords.openers.contains(word), "\(word)")
            #expect(WordClasses.of(word).contains(.currencyWord) == (NumberParser.currencyWords[word] != nil), "\(word)")
        }
    }

    @Test func currencyPrefixesAndWordsStillRead() {
        let values = { (sentence: String) -> [String] in
            let (text, split) = StatisticTestSupport.text([sentence])
            return NumberParser().mentions(in: WordTokenizer.readable(text, split[0])).map { "\($0.value) \($0.currency ?? "-")" }
        }
        #expect(values("They paid US$500 and A$20 and C$3.") == ["500.0 USD", "20.0 AUD", "3.0 CAD"])
        #expect(values("Aid of 20 euros, 5 hryvnia's and €-4 arrived.") == ["20.0 EUR", "5.0 UAH", "-4.0 EUR"])
        #expect(values("Eighteen were hurt and a third of them fled; 2,641 dollars")
            == ["18.0 -", "0.3333333333333333 -", "2641.0 USD"])
        #expect(values("Eighteen were hurt and a third fled") == ["18.0 -"]) // `a third` alone is no fraction
    }

    @Test func checkingWordsAreFoundInPlace() {
        let tokens = { (sentence: String) -> [WordToken] in
            let (text, split) = StatisticTestSupport.text([sentence])
            return WordTokenizer.readable(text, split[0])
        }
        #expect(StatisticExtractor.mentionsChecking(tokens("The figures could not be independently verified.")))
        #expect(StatisticExtractor.mentionsChecking(tokens("Officials CONFIRMED 12 deaths.")))
        #expect(StatisticExtractor.mentionsChecking(tokens("The toll is unverified.")))
        #expect(!StatisticExtractor.mentionsChecking(tokens("The toll is unverifiable, conf, veri, U.N. 2,641.")))
        #expect(StatisticExtractor.mentionsChecking(tokens("Zoë “confirmé”"))) // `confirm` and a letter beyond ASCII
        #expect(!StatisticExtractor.mentionsChecking(tokens("Zoë a vérifié")))
        #expect(!StatisticExtractor.mentionsChecking([]))
    }

    @Test func periodOpenersAreAWordClass() {
        for word in PeriodReader.openers { #expect(WordClasses.of(word).contains(.periodOpener), "\(word)") }
        for word in ["Since", "sinc", "until", "through", "fromm", "in’", "", "2023"] {
            #expect(WordClasses.of(word).contains(.periodOpener) == PeriodReader.openers.contains(word), "\(word)")
        }
        let period = { (sentence: String) -> String in
            let (text, split) = StatisticTestSupport.text([sentence])
            let found = PeriodReader().period(in: WordTokenizer.readable(text, split[0]), timexes: [])
            return found.map { "\($0.start ?? "-") \($0.end ?? "-")" } ?? "none"
        }
        #expect(period("At least 12 were killed since 2014, officials said.") == "2014 -")
        #expect(period("Between January and March, the U.N. verified 2,641 casualties.") != "none")
        #expect(period("The U.N. verified 2,641 casualties.") == "none")
    }

    @Test func wordLookupFindsEveryListedWordAndNoOther() {
        let table = ["said": 1, "u.n.": 2, "zoë": 3, "": 4, "a": 5, "confirmed": 6, "officials": 7]
        let lookup = WordLookup(table)
        for (word, value) in table { #expect(lookup.value(of: word) == value, "\(word)") }
        for word in ["Said", "sai", "saidd", "u.n", "zoe", "zoë ", "b", "confirme", "officialsx", "’"] {
            #expect(lookup.value(of: word) == nil, "\(word)")
        }
    }
}
