import BriefgenText
import Testing

/// The full list of figures of each seed article, record by record.
struct SeedStatisticsFixtureTests {
    private func statistics(of seed: String) throws -> [Statistic] {
        let (text, sentences) = try StatisticTestSupport.seed(seed)
        let entities = EntityRecognizer().recognize(text, sentences: sentences)
        return StatisticExtractor().extract(text, sentences: sentences, timexes: [], entities: entities)
    }

    @Test func seedMineralDealArticleYieldsItsSevenFigures() throws {
        let expected = [
            Statistic(value: 45, qualifier: .atLeast, surface: "45", unit: "people", what: "civilian injuries", category: .injured,
                      place: "Kharkiv", attribution: .init(who: "officials", verb: "reported"), verification: .reported,
                      sentence: 10, start: 1830, end: 1832),
            Statistic(value: 0.2, qualifier: .nearly, surface: "one-fifth", unit: "fraction", what: "Ukraine’s territory",
                      category: .other, period: .init(start: "2022-02-24", end: nil), verification: .unattributed,
                      sentence: 16, start: 2930, end: 2939),
            Statistic(value: 2641, surface: "2,641", unit: "people", what: "civilian casualties", category: .casualties,
                      period: .init(start: "XXXX-01", end: "XXXX-03"), attribution: .init(who: "U.N.", verb: "verified"),
                      verification: .verified, sentence: 28, start: 5063, end: 5068),
            Statistic(value: 900, qualifier: .nearly, surface: "900", unit: "people", what: "increase in civilian casualties",
                      category: .casualties, period: .init(start: "XXXX-01", end: "XXXX-03"),
                      attribution: .init(who: "U.N.", verb: "verified"), verification: .verified, sentence: 28, start: 5112, end: 5115),
            Statistic(value: 46, surface: "46%", unit: "percent", what: "rise in civilian casualties", category: .percentage,
                      period: .init(start: "XXXX-04-01", end: "XXXX-04-24"), attribution: .init(who: "reports", verb: "indicate"),
                      verification: .reported, sentence: 29, start: 5250, end: 5253),
            Statistic(value: 108, surface: "108", unit: "drones", what: "Shahed and decoy drones", category: .attacks,
                      place: "Dnipro and Kharkiv", attribution: .init(who: "Ukrainian air force", verb: "reported"),
                      verification: .claimed, sentence: 30, start: 5400, end: 5403),
            Statistic(value: 5, surface: "five", unit: "explosions", what: "explosions", category: .attacks,
                      place: "Russia’s Vladimir region", attribution: .init(who: "Ukrainian Security Service", verb: "claimed"),
                      verification: .claimed, sentence: 31, start: 5649, end: 5653),
        ]
        #expect(try statistics(of: "000_4482b8ed06c74029.txt") == expected)
    }

    @Test func seedAerialAttacksArticleYieldsItsFourFigures() throws {
        let expected = [
            Statistic(value: 18, surface: "18", unit: "people", what: "deaths", category: .killed, place: "Kryvyi Rih",
                      verification: .unattributed, sentence: 14, start: 2075, end: 2077),
            Statistic(value: 1000, qualifier: .moreThan, surface: "1,000", unit: "airstrikes", what: "airstrikes",
                      category: .attacks, period: .init(start: "2014", end: nil),
                      attribution: .init(who: "reports", verb: "according to"), verification: .reported,
                      sentence: 16, start: 2385, end: 2390),
            Statistic(value: 2, surface: "two", unit: "villages", what: "villages", category: .other, place: "eastern Ukraine",
                      attribution: .init(who: "Russia", verb: "claimed"), verification: .claimed, sentence: 20, start: 2994, end: 2997),
            Statistic(value: 13000, qualifier: .moreThan, surface: "13,000", unit: "people", what: "people killed",
                      category: .killed, period: .init(start: "2014", end: nil),
                      attribution: .init(who: "United Nations", verb: "according to"), verification: .reported,
                      sentence: 24, start: 3377, end: 3383),
        ]
        #expect(try statistics(of: "001_d30e6bfd71bd188e.txt") == expected)
    }

    @Test func seedPeriodComesFromDateExtractorWhenItGivesOne() throws {
        let (text, sentences) = try StatisticTestSupport.seed("000_4482b8ed06c74029.txt")
        let sentence = sentences[28]
        let timex = Timex(start: sentence.start, end: sentence.start + 25, text: "Between January and March", type: .date,
                          value: "2025-01/2025-03", sentence: 28)
        let figures = StatisticExtractor().extract(text, sentences: sentences, timexes: [timex], entities: [])
        #expect(figures.first { $0.surface == "2,641" }?.period == .init(start: "2025-01", end: "2025-03"))
    }
}
