import Testing
@testable import BriefgenText

/// Found by fuzzing: a run of 20 or more digits overflowed the list-marker reader and trapped the whole build.
struct LongDigitRunTests {
    @Test func longDigitRunIsReadWithoutTrapping() {
        let text = "1234567890123456789012345678901234567890. Reference 777777777777777777777 was given to 12 people.\n"
        let analysis = ArticleAnalyzer().analyze(ArticleInput(text: text))
        #expect(analysis.sentences.count == 2)
        #expect(analysis.statistics.map(\.value) == [12])
    }
}
