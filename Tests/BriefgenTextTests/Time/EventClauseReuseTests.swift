import Testing
@testable import BriefgenText

/// Events with their sentence's clause boundaries found once and a one-sentence paragraph's tokens shared: the same
/// boundaries, tokens and summaries as found per use.
struct EventClauseReuseTests {
    private func tokens(_ string: String) -> (ScalarText, TimexRecognizer.Tokens) {
        let text = ScalarText(string)
        return (text, TimexRecognizer.Tokens(all: TimexTokenizer().tokens(text, from: 0, to: text.count)))
    }

    @Test func clauseBoundariesPinned() {
        let (_, t) = tokens("Talks began on Monday; the U.N. said 2,641 died — one-fifth of them children, which shocked many, "
                            + "and in 2024 Russia regained Avdiivka, prompting protests")
        let starts = EventSummarizer.clauseBoundaries(t).map { t.all[$0].text }
        #expect(starts == ["the", "one", "which", "and", "prompting"])
    }

    @Test func summariesWithGivenBoundariesAreTheSame() {
        let sentences = [
            "On Monday, the U.N. verified 2,641 civilian casualties; officials said that its drones struck Kyiv on Jan. 5.",
            "“Zoë’s café closed on April 24,” said the owner, adding that one-fifth (46%) of staff left in 2024.",
            "Київ was hit on Tuesday, which killed 3 people, and in 2024 Russia regained Avdiivka.",
        ]
        for string in sentences {
            let (text, t) = tokens(string)
            let sentence = Sentence(start: 0, end: text.count, paragraph: 0)
            let boundaries = EventSummarizer.clauseBoundaries(t)
            for (i, token) in t.all.enumerated() where token.kind == .number || token.isCapitalized {
                let span = token.start..<token.end
                let given = EventSummarizer().summarize(text, sentence: sentence, tokens: t, clauseBoundaries: boundaries,
                                                        eventSpan: span, dateSpans: [span])
                let found = EventSummarizer().summarize(text, sentence: sentence, tokens: t, eventSpan: span, dateSpans: [span])
                #expect(given == found, "\(string) token \(i)")
            }
        }
    }

    @Test func oneSentenceParagraphSharesItsTokens() {
        let text = ScalarText("Talks began on Jan. 5 in Zürich.\n\nКиїв was hit on Tuesday. A second sentence followed.")
        let sentences = SentenceSplitter().split(text)
        let blocks = TokenBlocks(text, sentences: sentences)
        for (s, sentence) in sentences.enumerated() {
            let own = TimexTokenizer().tokens(text, from: sentence.start, to: sentence.end)
            #expect(blocks.sentenceTokens(s, span: sentence) == own, "sentence \(s)")
        }
        #expect(blocks.sentenceTokens(0, span: sentences[0])?.map(\.text) == ["Talks", "began", "on", "Jan", ".", "5", "in",
                                                                             "Zürich", "."])
    }

    @Test func eventsOfAwkwardTextPinned() {
        let found = TimeFixture.analyze(
            "The U.N. said 2,641 civilians died between April 1-24. “Zoë’s café closed on March 3,” the owner said; "
                + "Київ was hit on Tuesday.", published: "2025-04-25").events
        // As the code before this change extracted them.
        #expect(found.map(\.date) == ["2025-04-01", "2025-03-03", "2025-04-22"])
        #expect(found.map(\.end) == ["2025-04-24", nil, nil])
        #expect(found.map(\.summary) == ["U.N. said 2,641 civilians died", "Owner: Zoë’s café closed", "Київ was hit"])
    }
}
