import BriefgenText
import Testing

/// Sentence texts of `body`, split the way articles are (one paragraph per line).
private func sentences(_ body: String) -> [String] {
    let text = ScalarText(body)
    return SentenceSplitter().split(text).map(text.text(of:))
}

@Test func splitsAfterClosingCurlyQuote() {
    #expect(sentences("Zelenskyy said the strikes would not break Ukraine’s resolve. “We will not give up the war.” The Kremlin did not respond.") == [
        "Zelenskyy said the strikes would not break Ukraine’s resolve.",
        "“We will not give up the war.”",
        "The Kremlin did not respond.",
    ])
}

@Test func keepsAttributionAfterQuotedComma() {
    #expect(sentences("“We were not warned about the attack,” he said. Officials later confirmed the toll.") == [
        "“We were not warned about the attack,” he said.",
        "Officials later confirmed the toll.",
    ])
}

@Test func splitsAfterClosingSingleCurlyQuote() {
    #expect(sentences("Zelenskyy called the response ‘surprisingly disappointing.’ At the same time, Russia claimed two villages.") == [
        "Zelenskyy called the response ‘surprisingly disappointing.’",
        "At the same time, Russia claimed two villages.",
    ])
}

@Test func keepsQuestionInsideQuotesBeforeLowerCaseContinuation() {
    #expect(sentences("‘Why now?’ he asked. Nobody answered.") == ["‘Why now?’ he asked.", "Nobody answered."])
    #expect(sentences("She works at Yahoo! in the accounting department.") == ["She works at Yahoo! in the accounting department."])
}

@Test func keepsAbbreviationsBeforeNamesAndNumbers() {
    #expect(sentences("The U.N. Human Rights Monitoring Mission in Ukraine said on Jan. 5 that Lt. Col. Ivan Petrov of Brigade No. 3 was held by Gen. Smith’s unit.") == [
        "The U.N. Human Rights Monitoring Mission in Ukraine said on Jan. 5 that Lt. Col. Ivan Petrov of Brigade No. 3 was held by Gen. Smith’s unit.",
    ])
    #expect(sentences("Mr. Peskov and Dr. Ivanova met at St. Michael’s Monastery at 9 a.m. on Tuesday.") == [
        "Mr. Peskov and Dr. Ivanova met at St. Michael’s Monastery at 9 a.m. on Tuesday.",
    ])
}

@Test func splitsAfterSentenceFinalAbbreviation() {
    #expect(sentences("The deal was signed in the U.S. The next day, Kyiv ratified it.") == [
        "The deal was signed in the U.S.", "The next day, Kyiv ratified it.",
    ])
    #expect(sentences("The contract went to Pitt, Briggs & Co. It was signed at 6 p.m. He left.") == [
        "The contract went to Pitt, Briggs & Co.", "It was signed at 6 p.m.", "He left.",
    ])
}

@Test func keepsAbbreviationBeforeCapitalizedName() {
    #expect(sentences("U.S. President Donald Trump met U.S. Secretary of State Marco Rubio.") == [
        "U.S. President Donald Trump met U.S. Secretary of State Marco Rubio.",
    ])
}

@Test func keepsInitialsInNames() {
    #expect(sentences("Jonas E. Smith met Albert I. Jones in Kyiv. They talked.") == ["Jonas E. Smith met Albert I. Jones in Kyiv.", "They talked."])
    #expect(sentences("We make a good team, you and I. Did you see him?") == ["We make a good team, you and I.", "Did you see him?"])
}

@Test func keepsDecimalsAndGroupedNumbers() {
    #expect(sentences("The U.N. verified 2,641 civilian casualties, a 3.5 percent rise, and pledged $1.2 billion. Aid followed.") == [
        "The U.N. verified 2,641 civilian casualties, a 3.5 percent rise, and pledged $1.2 billion.", "Aid followed.",
    ])
    #expect(sentences("She has $100.00. It is in her bag.") == ["She has $100.00.", "It is in her bag."])
}

@Test func handlesEllipses() {
    #expect(sentences("I never meant that.... She left the store.") == ["I never meant that....", "She left the store."])
    #expect(sentences("The talks were, he said, … well, complicated.") == ["The talks were, he said, … well, complicated."])
    #expect(sentences("The habit was weakened . . . was that of combining words. . . . The practice was not abandoned.") == [
        "The habit was weakened . . . was that of combining words.", ". . . The practice was not abandoned.",
    ])
}

@Test func keepsPeriodsInsideParentheses() {
    #expect(sentences("He teaches science (He previously worked for 5 years as an engineer.) at the local University.") == [
        "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
    ])
    #expect(sentences("Russia struck Kharkiv overnight. (Ukraine said 45 were hurt.) Talks continue.") == [
        "Russia struck Kharkiv overnight.", "(Ukraine said 45 were hurt.)", "Talks continue.",
    ])
}

@Test func splitsInlineListItems() {
    #expect(sentences("1. The first item 2. The second item") == ["1. The first item", "2. The second item"])
    #expect(sentences("a) Ceasefire first. b) Talks next.") == ["a) Ceasefire first.", "b) Talks next."])
    #expect(sentences("• 9. The first item • 10. The second item") == ["• 9. The first item", "• 10. The second item"])
}

@Test func keepsUrlsAndEmailAddresses() {
    #expect(sentences("Her email is Jane.Doe@example.com. Read https://www.example.50.com/new-site/awesome_content.html. Then reply.") == [
        "Her email is Jane.Doe@example.com.", "Read https://www.example.50.com/new-site/awesome_content.html.", "Then reply.",
    ])
}

@Test func reportsExactScalarOffsetsAndParagraphs() {
    let body = "Ukraine’s air force said 108 drones attacked. Kharkiv was hit.\n\nThe U.N. reported a spike. 🇺🇦 Aid arrived."
    let text = ScalarText(body)
    let result = SentenceSplitter().split(text)
    let scalars = Array(body.unicodeScalars)
    #expect(result.map(\.paragraph) == [0, 0, 1, 1])
    #expect(result.map { [$0.start, $0.end] } == [[0, 45], [46, 62], [64, 90], [91, 106]])
    for sentence in result {
        #expect(String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])) == text.text(of: sentence))
    }
    #expect(text.text(of: result[3]) == "🇺🇦 Aid arrived.")
}

@Test func skipsHeadingParagraphs() {
    let text = ScalarText("Aerial Attacks Continue\nRussia struck Kyiv. Ukraine responded.")
    let paragraphs = [TextParagraph(start: 0, end: 23, kind: .heading(level: 2)), TextParagraph(start: 24, end: 62)]
    let result = SentenceSplitter().split(text, paragraphs: paragraphs)
    #expect(result.map(text.text(of:)) == ["Russia struck Kyiv.", "Ukraine responded."])
    #expect(result.map(\.paragraph) == [1, 1])
}

@Test func splitsSeedArticles() {
    let minerals = SeedArticles.read(SeedArticles.minerals)
    #expect(minerals.sentences.count == 34)
    #expect(minerals.sentenceTexts[17] == "Trump has criticized Ukrainian President Volodymyr Zelenskyy for actions he believes are prolonging what he refers to as a ‘killing field.’")
    let negotiations = SeedArticles.read(SeedArticles.negotiations)
    #expect(negotiations.sentences.count == 29)
    #expect(negotiations.sentenceTexts[0] == "Ukraine is pushing for a mineral deal with the US, as President Zelenskyy seeks to close a stalled agreement in exchange for aid.")
    #expect(negotiations.sentenceTexts[1] == "A fresh start for negotiations marks a new era in relations between the two nations.")
}

@Test func readsAOneMegabyteArticleCompletely() {
    let paragraph = SeedArticles.minerals.split(separator: "\n").prefix(5).joined(separator: "\n")
    let perCopy = SentenceSplitter().split(ScalarText(paragraph)).count
    var copies = 0
    var body = ""
    while body.utf8.count < 1_000_000 {
        body += paragraph + "\n"
        copies += 1
    }
    let text = ScalarText(body)
    let result = SentenceSplitter().split(text)
    #expect(result.count == perCopy * copies)
    #expect(text.text(of: result[result.count - 1]) == text.text(of: result[perCopy - 1]))
    #expect(zip(result, result.dropFirst()).allSatisfy { $0.end < $1.start })
}
