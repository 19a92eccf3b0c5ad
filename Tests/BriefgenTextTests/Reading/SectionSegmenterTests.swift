@testable import BriefgenText
import Testing

@Test func sectionsSeed001ByItsHeadingsAfterAGeneratedLead() {
    let sections = SeedArticles.read(SeedArticles.negotiations).sections
    #expect(sections == [
        ArticleSection(title: "Mineral deal", titleSource: .generated, firstSentence: 0, lastSentence: 5),
        ArticleSection(title: "Key Questions Remain Unanswered", titleSource: .heading, firstSentence: 6, lastSentence: 12, headingParagraph: 3),
        ArticleSection(title: "Aerial Attacks Continue", titleSource: .heading, firstSentence: 13, lastSentence: 25, headingParagraph: 6),
        ArticleSection(title: "A New Era for Mineral Deal Negotiations", titleSource: .heading, firstSentence: 26, lastSentence: 28, headingParagraph: 18),
    ])
}

@Test func segmentsSeed000ByTopic() {
    let sections = SeedArticles.read(SeedArticles.minerals).sections
    #expect(sections.map { [$0.firstSentence, $0.lastSentence] } == [[0, 5], [6, 11], [12, 15], [16, 19], [20, 22], [23, 26], [27, 29], [30, 33]])
    #expect(sections.map(\.title) == [
        "Mineral resources agreement", "Industry official", "Kremlin spokesman Dmitry Peskov", "Western European leaders",
        "Department spokeswoman Tammy Bruce", "Unconditional 30-day ceasefire", "Civilian casualties", "Decoy drones",
    ])
    #expect(sections.allSatisfy { $0.titleSource == .generated })
}

@Test func findsSeed001BoundariesWithoutItsHeadings() {
    let reading = SeedArticles.read(SeedArticles.negotiations)
    let body = reading.paragraphs.filter { !$0.isHeading }.map(reading.text.text(of:)).joined(separator: "\n")
    let starts = SeedArticles.read(body).sections.map(\.firstSentence)
    for boundary in [6, 13, 26] { #expect(starts.contains(boundary)) }
}

@Test func coversEverySentenceInOrder() {
    for body in [SeedArticles.minerals, SeedArticles.negotiations] {
        let reading = SeedArticles.read(body)
        #expect(reading.sections.first?.firstSentence == 0)
        #expect(reading.sections.last?.lastSentence == reading.sentences.count - 1)
        for (a, b) in zip(reading.sections, reading.sections.dropFirst()) { #expect(a.lastSentence + 1 == b.firstSentence) }
        #expect(reading.sections.allSatisfy { (2...6).contains($0.title.split(separator: " ").count) || $0.titleSource == .heading })
    }
}

@Test func keepsAShortArticleWithoutHeadingsInOneSection() {
    let reading = SeedArticles.read("Russia launched 108 drones overnight. Ukraine shot down 60 of them. The rest hit Kharkiv.")
    #expect(reading.sections.map { [$0.firstSentence, $0.lastSentence] } == [[0, 2]])
}

@Test func splitsWhereTheVocabularyChanges() {
    let drones = [[0, 1, 2], [0, 1, 3], [1, 2, 3], [0, 2, 3]]
    let talks = [[10, 11, 12], [10, 11, 13], [11, 12, 13], [10, 12, 13]]
    #expect(DescriptionLengthSegmenter().boundaries(drones + talks) { _ in true } == [4])
    #expect(DescriptionLengthSegmenter().boundaries(drones + talks) { $0 != 4 } .allSatisfy { $0 != 4 })
    #expect(DescriptionLengthSegmenter().boundaries(drones + drones) { _ in true } == [])
}
