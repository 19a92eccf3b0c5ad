import BriefgenText
import Testing

/// Paragraph index → heading level for `body`, detected from the plain text.
private func headings(_ body: String, declared: [Int: Int]? = nil) -> [Int: Int] {
    let text = ScalarText(body)
    let paragraphs = HeadingDetector().classify(text, paragraphs: ParagraphSplitter().split(text), declared: declared)
    var result: [Int: Int] = [:]
    for (index, paragraph) in paragraphs.enumerated() {
        if case .heading(let level) = paragraph.kind { result[index] = level }
    }
    return result
}

@Test func findsTheThreeHeadingsOfSeed001() {
    let reading = SeedArticles.read(SeedArticles.negotiations)
    let found = reading.paragraphs.enumerated().filter { $0.element.isHeading }
    #expect(found.map { reading.text.text(of: $0.element) } == [
        "Key Questions Remain Unanswered", "Aerial Attacks Continue", "A New Era for Mineral Deal Negotiations",
    ])
    #expect(found.allSatisfy { $0.element.kind == .heading(level: 2) })
}

@Test func findsNoHeadingInSeed000() {
    #expect(headings(SeedArticles.minerals).isEmpty)
}

@Test func marksATitleFirstLineAsLevelOne() {
    let body = """
    Ukraine Signs Minerals Deal With US
    KYIV, Ukraine (AP) — Ukraine signed the long-awaited minerals agreement with the United States on Wednesday.
    The deal still needs ratification by parliament.
    """
    #expect(headings(body) == [0: 1])
}

@Test func marksASentenceCaseTitleFirstLineAsLevelOne() {
    let body = """
    Ukraine poised to sign minerals deal with US
    By Jane Doe
    Ukraine is poised to sign a significant mineral resources agreement with the United States on Wednesday.
    """
    #expect(headings(body) == [0: 1])
}

@Test func ignoresDatelinesBylinesAndQuotes() {
    let body = """
    Drone attack hits Kharkiv overnight, injuring dozens of civilians in the city.
    By Jane Doe
    KYIV, Ukraine (AP) —
    “We will not surrender”
    The strike hit an apartment block near the center, officials said.
    """
    #expect(headings(body).isEmpty)
}

@Test func doesNotTakeAShortSentenceWithoutPeriodForAHeading() {
    let body = """
    Russia launched 108 drones overnight, the Ukrainian air force said.
    Russia denies the claims made by officials in Kyiv
    The Kremlin did not comment on the figures.
    """
    #expect(headings(body).isEmpty)
}

@Test func requiresBodyTextAfterAHeading() {
    let body = """
    Russia launched 108 drones overnight, the Ukrainian air force said.
    Aerial Attacks Continue
    """
    #expect(headings(body).isEmpty)
}

@Test func appliesDeclaredMarkdownHeadings() {
    let body = "Ceasefire Talks\nRussia and Ukraine met. Talks ended.\nWhat Comes Next\nNobody knows."
    #expect(headings(body, declared: [0: 1, 2: 2]) == [0: 1, 2: 2])
    #expect(headings("Just text. More text.\nSecond line.", declared: [:]).isEmpty)
}
