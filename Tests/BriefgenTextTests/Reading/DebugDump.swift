@testable import BriefgenText
import Testing

@Test func dumpSeeds() {
    for (n, body) in [SeedArticles.minerals, SeedArticles.negotiations].enumerated() {
        let plain = SeedArticles.read(body)
        let stats = n == 0 ? SeedStatistics.minerals(plain) : SeedStatistics.negotiations(plain)
        let reading = SeedArticles.read(body, statistics: stats)
        print("HEADLINE:", reading.lead.headline.text, reading.lead.headline.text.unicodeScalars.count)
        for s in reading.sections { print("SECTION", s.firstSentence, s.lastSentence, s.titleSource, s.title) }
    }
}
