import Testing
@testable import BriefgenText

/// ``WordSet`` answers `contains` as the `Set<String>` of its words, for any string: listed words, near misses, strings
/// beyond ASCII (some canonically equal to ASCII ones), long strings and sliced strings; for lists of ASCII words and
/// lists with words beyond ASCII or with `K`, `;`, `` ` `` (asked of the set for strings beyond ASCII).
struct WordSetTests {
    /// Strings to ask about: the timex test words and awkward ones.
    static var asked: [String] {
        WordGateTests.words + [
            "since", "Since", "SINCE", "sinc", "sincee", "since\u{301}", "café", "cafe\u{301}", "\u{212A}m", "km", "Km",
            "\u{37E}", ";", "\u{1FEF}", "`", "\u{212A}an", "\u{212A}y", "Kan", "kan", "n°", "no", "cafe", "naïve",
            "nai\u{308}ve", "–", "-", "gmt", "GMT", "est", "compared", "versus", "vs", "vs.", "’s", "'s",
            String("a since b".split(separator: " ")[1]), String(repeating: "x", count: 40), "",
        ]
    }

    /// The word lists of the timex rules and events that are word sets.
    static let lists: [WordSet] = [
        TimexLexicon.vagueNumbers, TimexLexicon.yearCues, TimexRecognizer.monthCues, TimexRecognizer.notAfterAYear,
        TimexRecognizer.seasonCues, TimexRecognizer.durationLeads, TimexRecognizer.unitAdjectives,
        TimexRecognizer.clockZones, TimexRecognizer.genericDayNouns, TimexRecognizer.overnightTerms,
        TimexRecognizer.partsOfTheYear, TimexRecognizer.partsOfTheYearLeads, TimexRecognizer.eventPhraseEnds,
        TimexRecognizer.eventDeterminers, TimexRecognizer.notTheYearUnderDiscussion, EventExtractor.reportingVerbs,
        EventExtractor.irregularPastVerbs, EventExtractor.subjectOpeners, EventExtractor.finiteVerbs,
        EventExtractor.irregularParticiples, EventExtractor.reducedParticiples, EventExtractor.spanWords,
        EventSummarizer.openers, EventSummarizer.dangling, EventSummarizer.clauseOpeners, EventSummarizer.datePrepositions,
        EventSummarizer.nounPhraseLeads, EventSummarizer.reportingVerbs, EventSummarizer.trailingAttributionVerbs,
        TemporalAnalyzer.chargeWords, TemporalAnalyzer.scheduledPresent, TemporalAnalyzer.deadlineCues,
        TemporalAnalyzer.termCues, HeadlineCompressor.articles, HeadlineCompressor.fillerAdjectives,
        HeadlineCompressor.phraseOpeners, HeadlineCompressor.danglers, ClauseTrimmer.reportingVerbs, ClauseTrimmer.auxiliaries,
        CasualtyClause.attackNouns, TimexRecognizer.approximationOpeners,
        ["since", "until", "km", "compared", "a"],
        ["Kan", "Ky", "n°", "café", "–", ";", "`", "naïve"],
    ]

    @Test func answersAsTheSet() {
        for list in Self.lists {
            let set = list.words
            for word in Self.asked + Array(set) + set.map { $0.uppercased() } + set.map { $0 + "s" } {
                #expect(list.contains(word) == set.contains(word), "\(word)")
            }
        }
    }

    @Test func approximationOpenersPinned() {
        #expect(TimexRecognizer.approximationOpeners.words == ["no", "more", "less", "fewer", "at", "up", "nearly", "almost"])
        #expect(TimeFixture.timexes("It lasted no more than 3 days, at least two weeks and nearly a year.", published: "2024-05-01")
            .map(\.text) == ["no more than 3 days", "at least two weeks", "nearly a year"])
    }

    @Test func pinned() {
        let list: WordSet = ["since", "until", "km"]
        #expect(list.contains("since") && list.contains("km"))
        #expect(!list.contains("Since") && !list.contains("\u{212A}m") && !list.contains("kms") && !list.contains(""))
        #expect(list.words == ["since", "until", "km"])
        #expect(Set(list) == ["since", "until", "km"])
        #expect(list.union(["by"]).contains("by"))
        // The Kelvin sign equals `K`: a list with `Kan` has `\u{212A}an` (asked of the set), as a decomposed `café` has.
        #expect("\u{212A}m" == "Km")
        let special: WordSet = ["Kan", "café", "n°"]
        #expect(special.contains("\u{212A}an") && special.contains("Kan") && !special.contains("kan"))
        #expect(special.contains("cafe\u{301}") && special.contains("café") && !special.contains("cafe"))
        #expect(special.contains("n°") && !special.contains("no"))
    }
}
