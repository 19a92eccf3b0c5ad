import Testing
@testable import BriefgenText

/// ``TenseDetector``'s word tests after their fast paths: `expect`/`expects` found by a list bit, a past `-ed` word
/// found after a test of its last byte, on ASCII and other words.
struct TenseDetectorWordTests {
    /// The tense read for the token `around` (its base) in `text`.
    private func tense(_ text: String, around word: String) -> TenseDetector.Tense {
        let scalars = ScalarText(text)
        let tokens = TimexRecognizer.Tokens(all: TimexTokenizer().tokens(scalars, from: 0, to: scalars.count))
        let index = tokens.all.firstIndex { $0.base == word }!
        return TenseDetector().tense(tokens, around: index)
    }

    @Test func expectBeforeToReadsAhead() {
        #expect(tense("Experts expect the networks to be restored by Friday.", around: "friday") == .future)
        #expect(tense("The board expects the plan to pass on Friday.", around: "friday") == .future)
        // `expected` is not `expect`: a listed word of its own (`expected to`).
        #expect(tense("The vote is expected on Friday.", around: "friday") == .present)
        // `expect` without `to … word` after it decides nothing: the next verb back (`said`) does.
        #expect(tense("They said they expect nothing on Friday.", around: "friday") == .past)
    }

    @Test func edWordsReadAsPastByTheirEnding() {
        #expect(tense("The plant closed on Friday.", around: "friday") == .past)
        #expect(tense("Officials in Zürich rüstled on Friday.", around: "friday") == .past)  // beyond ASCII, ends in `ed`
        #expect(tense("Talks succeed on Friday.", around: "friday") == .past)  // `-eed`, not a past: nothing decides
        #expect(tense("The plan was approved on Friday.", around: "friday") == .past)
        #expect(tense("A detailed plan is due to pass on Friday.", around: "friday") == .future)
        #expect(tense("A detailed plan is due on Friday.", around: "friday") == .present)  // `is`; `detailed` is not past
        // `e\u{301}d`: the combining mark splits the word (`d` is a word of its own, too short to read as `-ed`).
        #expect(tense("We cre\u{301}d on Friday.", around: "friday") == .past)
    }
}
