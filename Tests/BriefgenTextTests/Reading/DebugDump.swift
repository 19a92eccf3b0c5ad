@testable import BriefgenText
import Testing

@Test func dumpSeeds() {
    for body in [SeedArticles.minerals, SeedArticles.negotiations] {
        let reading = SeedArticles.read(body)
        print("HEADLINE:", reading.lead.headline.text, reading.lead.headline.source, reading.lead.headline.sentence ?? -1)
        print("DEK:", reading.lead.dek ?? "nil")
        for (i, p) in reading.paragraphs.enumerated() where p.isHeading { print("HEADING", i, p.kind, reading.text.text(of: p)) }
        for s in reading.sections { print("SECTION", s.firstSentence, s.lastSentence, s.titleSource, s.title) }
        for (i, s) in reading.sentences.enumerated() {
            print("  H\(i):", HeadlineWriter().generate(reading.text, sentences: reading.sentences, source: i, statistics: []))
        }
    }
}
