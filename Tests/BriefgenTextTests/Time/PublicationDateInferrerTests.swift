import Testing
@testable import BriefgenText

/// Publication dates inferred only where the text fixes them.
struct PublicationDateInferrerTests {
    private func infer(_ text: String) -> PublicationDate {
        let scalars = ScalarText(text)
        return PublicationDateInferrer().infer(scalars, sentences: TimeFixture.sentences(scalars))
    }

    @Test func infersLowerBoundFromThisYearComparedWithAYear() {
        let sentence = "Furthermore, reports indicate that civilian casualties had risen by 46% from April 1-24 of this year compared to the same weeks in 2024."
        #expect(infer("Peace talks stalled. " + sentence) == PublicationDate(
            value: "2025-04-24", source: .textInferred, evidence: sentence, precision: .day, isLowerBound: true))
    }

    @Test func infersYearFromLastYearInApposition() {
        let sentence = "Exports fell sharply last year (2024), the ministry said."
        #expect(infer(sentence) == PublicationDate(value: "2025", source: .textInferred, evidence: sentence, precision: .year))
    }

    @Test func infersYearFromThisYearComparedWithoutAFullDate() {
        let sentence = "Grain exports this year are far below those of 2023, compared with the levels before the war."
        #expect(infer(sentence).value == nil)
        #expect(infer("Casualties this year are higher than in 2019.") == .unknown)
        let compared = "Quarterly net income this year has risen just over comparable periods in 1988."
        #expect(infer(compared) == PublicationDate(value: "1989", source: .textInferred, evidence: compared, precision: .year))
    }

    @Test func neverGuessesFromABareYear() {
        #expect(infer("Russia annexed Crimea in 2014. Fighting continues this year.") == .unknown)
        #expect(infer("The deal was signed on February 24, 2022.") == .unknown)
    }

    @Test func givenDateWinsOverTheText() {
        let given = PublicationDate(value: "2025-04-25", source: .frontMatter)
        let text = ScalarText("Casualties had risen by 46% from April 1-24 of this year compared to the same weeks in 2024.")
        let result = TemporalAnalyzer().analyze(text, sentences: TimeFixture.sentences(text), published: given)
        #expect(result.published == given)
    }
}

/// A month the text fixes, and what it resolves.
struct PublicationMonthTests {
    @Test func infersMonthFromThisMonthBesideAFullDate() {
        let sentence = "Earlier this month, on April 3, 2025, a missile struck Kryvyi Rih."
        let result = TimeFixture.analyze(sentence + " Ukraine said last month that talks had stalled.")
        #expect(result.published == PublicationDate(value: "2025-04", source: .textInferred, evidence: sentence, precision: .month))
        #expect(result.timexes.map(\.value) == ["2025-04", "2025-04-03", "2025-03"])
    }
}
