@testable import BriefgenText
import Testing

@Test func writesSeed000HeadlineWithCasualtyClause() {
    let plain = SeedArticles.read(SeedArticles.minerals)
    let lead = SeedArticles.read(SeedArticles.minerals, statistics: SeedStatistics.minerals(plain)).lead
    #expect(lead.headline == Headline(text: "Ukraine poised to sign mineral resources deal with US as drone attack injures at least 45", source: .generated, sentence: 0))
    #expect(lead.dek == "Economy Minister Yulia Svyrydenko is in Washington to finalize the technical details of the agreement, which has been under negotiation for some time.")
}

@Test func writesSeed000HeadlineFromTheLeadAlone() {
    let lead = SeedArticles.read(SeedArticles.minerals).lead
    #expect(lead.headline.text == "Ukraine poised to sign mineral resources deal with US in Washington on Wednesday")
    #expect(lead.headline.source == .generated)
}

@Test func writesSeed001HeadlineWithCasualtyClause() {
    let plain = SeedArticles.read(SeedArticles.negotiations)
    let lead = SeedArticles.read(SeedArticles.negotiations, statistics: SeedStatistics.negotiations(plain)).lead
    #expect(lead.headline == Headline(text: "Ukraine pushes for mineral deal with US as attack kills 18 in Kryvyi Rih", source: .generated, sentence: 0))
    #expect(lead.dek == "Ukraine is sending a major delegation to Washington this week, hoping to close a mineral deal that has been stalled for weeks.")
}

@Test func prefersFrontMatterTitleThenTitleLine() {
    let text = ScalarText("Ukraine Signs Minerals Deal With US\nUkraine signed the deal on Wednesday. Parliament must ratify it.")
    let paragraphs = HeadingDetector().classify(text, paragraphs: ParagraphSplitter().split(text), declared: nil)
    let sentences = SentenceSplitter().split(text, paragraphs: paragraphs)
    let titled = HeadlineWriter().write(text, paragraphs: paragraphs, sentences: sentences, title: " Deal Day ", statistics: [])
    #expect(titled.headline == Headline(text: "Deal Day", source: .frontMatter))
    let lined = HeadlineWriter().write(text, paragraphs: paragraphs, sentences: sentences, title: nil, statistics: [])
    #expect(lined.headline == Headline(text: "Ukraine Signs Minerals Deal With US", source: .titleLine))
    #expect(lined.dek == "Ukraine signed the deal on Wednesday.")
}

/// The generated headline for a one-paragraph article.
private func headline(_ lead: String) -> String {
    SeedArticles.read(lead).lead.headline.text
}

@Test func rewritesNewsLeadsIntoHeadlinese() {
    #expect(headline("Russia has launched a massive drone attack on Kyiv, according to the Ukrainian air force. More follows.") == "Russia launches massive drone attack on Kyiv")
    #expect(headline("Meanwhile, the United Nations is sending a team of monitors to Zaporizhzhia, officials said. More follows.") == "UN sends team of monitors to Zaporizhzhia")
    #expect(headline("Ukrainian President Volodymyr Zelenskyy will travel to Washington on Friday to sign the agreement. More follows.") == "Ukrainian President Volodymyr Zelenskyy to travel to Washington on Friday to sign deal")
    #expect(headline("At least 12 people were killed when a missile struck a residential building in Dnipro. More follows.") == "At least 12 people killed when missile struck residential building in Dnipro")
    #expect(headline("A nighttime drone attack by Russian forces on Kharkiv, Ukraine’s second-largest city, resulted in at least 45 civilian injuries, officials reported. More follows.") == "Nighttime drone attack on Kharkiv results in at least 45 civilian injuries")
    #expect(headline("The current draft of the deal has not been made public, but one sticking point is aid. More follows.") == "Current draft of deal has not been made public")
}

@Test func keepsGeneratedHeadlinesWithinNinetyCharacters() {
    let long = "The European Union’s foreign ministers have agreed in principle on a sweeping new package of sanctions against Russian banks, energy companies, shipping firms and individuals accused of helping Moscow evade earlier restrictions on oil exports."
    let text = headline(long + " More follows.")
    #expect(text.unicodeScalars.count <= 90)
    #expect(text == "EU’s foreign ministers agree in principle on sweeping new package of sanctions")
}

@Test func dropsDatelinesParenthesesAndRelativeClausesFromHeadlines() {
    #expect(headline("THE HAGUE, Netherlands (AP) _ The World Court on Friday rejected U.S. and British objections to a Libyan case. More follows.") == "World Court on Friday rejects US and British objections to Libyan case")
    #expect(headline("The North Atlantic Treaty Organization (NATO) has decided to admit Poland, Hungary and the Czech Republic in early March. More follows.") == "North Atlantic Treaty Organization decides to admit Poland, Hungary and Czech Republic")
    #expect(headline("A Brooklyn woman who was watching her clothes dry was killed on Thursday. More follows.") == "Brooklyn woman who was watching her clothes dry killed on Thursday")
    #expect(headline("Some 1,500 ethnic Albanians marched Sunday in downtown Istanbul. More follows.") == "Some 1,500 ethnic Albanians march Sunday in downtown Istanbul")
    #expect(headline("Total Assets Protection Inc., rebounding from its earlier loss, expects to report a profit. More follows.") == "Total Assets Protection Inc. expects to report profit")
}

@Test func skipsADatelineParagraphWhenChoosingTheLead() {
    let reading = SeedArticles.read("ATLANTA _\nThe small pharmacy on Unity Boulevard in Little Havana is unassuming. It sells cigars.")
    #expect(reading.paragraphs.allSatisfy { !$0.isHeading })
    #expect(reading.lead.headline == Headline(text: "Small pharmacy on Unity Boulevard in Little Havana unassuming", source: .generated, sentence: 1))
}

@Test func readsOddInputsWithoutFailing() {
    let odd = ["", "...", "\n\n", "A", "“”", "1. 2. 3.", String(repeating: "word ", count: 3000), "Heading One\nHeading Two",
               "By Jane Doe", "U.S. U.S. U.S. U.S. U.S. U.S.", "? ! . …", "(", "‘’", "— — —", "KYIV, Ukraine (AP) —"]
    for body in odd {
        let reading = SeedArticles.read(body)
        #expect((reading.sections.last?.lastSentence ?? -1) == reading.sentences.count - 1)
        #expect(reading.lead.headline.text.unicodeScalars.count <= 90)
    }
}

@Test func leavesCumulativeTotalsOutOfTheHeadline() {
    let body = "Ukraine is preparing new talks with Russia in Istanbul. Since 2022, Russian attacks have killed 12,000 civilians."
    let plain = SeedArticles.read(body)
    let total = Statistic(value: 12000, surface: "12,000", what: "civilians", category: .killed, verification: .reported,
                          sentence: 1, start: plain.sentences[1].start + 41, end: plain.sentences[1].start + 47)
    #expect(SeedArticles.read(body, statistics: [total]).lead.headline.text == "Ukraine prepares new talks with Russia in Istanbul")
}
