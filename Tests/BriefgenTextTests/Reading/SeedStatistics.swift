import BriefgenText

/// Figures of the seed articles as the statistics extractor reports them, built by hand for headline tests.
enum SeedStatistics {
    /// Seed 000: at least 45 injured in the Kharkiv drone attack; 2,641 casualties verified by the U.N.; 46%.
    static func minerals(_ reading: SeedArticles.Reading) -> [Statistic] {
        [
            figure(reading, sentence: 10, surface: "45", value: 45, qualifier: .atLeast, what: "civilian injuries", category: .injured),
            figure(reading, sentence: 28, surface: "2,641", value: 2641, what: "civilian casualties", category: .casualties),
            figure(reading, sentence: 29, surface: "46%", value: 46, what: "rise in civilian casualties", category: .percentage),
        ]
    }

    /// Seed 001: 18 killed in Kryvyi Rih; over 1,000 airstrikes since 2014; over 13,000 killed since 2014.
    static func negotiations(_ reading: SeedArticles.Reading) -> [Statistic] {
        [
            figure(reading, sentence: 14, surface: "18", value: 18, what: "deaths", category: .killed),
            figure(reading, sentence: 16, surface: "1,000", value: 1000, qualifier: .moreThan, what: "airstrikes", category: .attacks),
            figure(reading, sentence: 24, surface: "13,000", value: 13000, qualifier: .moreThan, what: "people killed", category: .killed),
        ]
    }

    private static func figure(
        _ reading: SeedArticles.Reading, sentence: Int, surface: String, value: Double, qualifier: Statistic.Qualifier = .exact,
        what: String, category: Statistic.Category
    ) -> Statistic {
        let sentenceText = reading.sentenceTexts[sentence]
        let offset = sentenceText.range(of: surface).map { sentenceText.unicodeScalars.distance(from: sentenceText.startIndex, to: $0.lowerBound) } ?? 0
        let start = reading.sentences[sentence].start + offset
        return Statistic(value: value, qualifier: qualifier, surface: surface, what: what, category: category,
                         verification: .reported, sentence: sentence, start: start, end: start + surface.unicodeScalars.count)
    }
}
