import BriefgenText
import Testing

@Test func dumpSeedStatistics() throws {
    for name in ["000_4482b8ed06c74029.txt", "001_d30e6bfd71bd188e.txt"] {
        let (text, sentences) = try StatisticTestSupport.seed(name)
        let entities = EntityRecognizer().recognize(text, sentences: sentences)
        print("SEED \(name) sentences \(sentences.count)")
        for e in entities { print("ENTITY \(e.type.rawValue) \(e.text)") }
        for s in StatisticExtractor().extract(text, sentences: sentences, timexes: [], entities: entities) {
            func q(_ x: String?) -> String { x.map { "\"\($0)\"" } ?? "nil" }
            let period = s.period.map { "Statistic.Period(start: \(q($0.start)), end: \(q($0.end)))" } ?? "nil"
            let attribution = s.attribution.map { "Statistic.Attribution(who: \(q($0.who)), verb: \(q($0.verb)))" } ?? "nil"
            print("LIT Statistic(value: \(s.value), qualifier: .\(s.qualifier), surface: \(q(s.surface)), unit: \(q(s.unit)), what: \(q(s.what)), category: .\(s.category), place: \(q(s.place)), period: \(period), attribution: \(attribution), verification: .\(s.verification), sentence: \(s.sentence), start: \(s.start), end: \(s.end)),")
        }
    }
}
