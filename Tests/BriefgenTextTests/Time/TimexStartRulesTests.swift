import Testing
@testable import BriefgenText

/// The pre-check of which rules can start at a token (`TimexRecognizer.rules(at:in:)`) never leaves out a rule that
/// would have matched there; a sentence's tokens taken from its block are the sentence's own.
struct TimexStartRulesTests {
    /// Every rule the pre-check leaves out at the first token of `text` finds nothing there.
    private func expectLeftOutRulesFindNothing(_ text: String) {
        let scalars = ScalarText(text)
        let tokens = TimexRecognizer.Tokens(all: TimexTokenizer().tokens(scalars, from: 0, to: scalars.scalars.count))
        guard tokens[0] != nil else { return }
        let recognizer = TimexRecognizer()
        let rules = TimexRecognizer.rules(at: 0, in: tokens)
        let checks: [(TimexRecognizer.Rules, (TimexRecognizer.Tokens, Int) -> TimexRecognizer.Match?)] = [
            (.calendar, recognizer.matchCalendar), (.relative, recognizer.matchRelative), (.clock, recognizer.matchClock),
            (.duration, recognizer.matchDuration), (.set, recognizer.matchSet),
        ]
        for (rule, match) in checks where !rules.contains(rule) {
            #expect(match(tokens, 0) == nil, "\(rule.rawValue) at `\(text)`")
        }
    }

    /// Words of the lexicons and rules, a few others, numbers and marks: every first word against every second one.
    @Test func leftOutRulesFindNothingAtAnyPairOfWords() {
        var words = TimexRecognizer.startWords
        for (_, firstWords) in TimexRecognizer.firstWords { words.formUnion(firstWords) }
        for (_, spec) in TimexRecognizer.followerSpecs {
            for (_, followers) in spec.words { words.formUnion(followers) }
        }
        words.formUnion(["its", "of", "times", "ago", "later", "ended", "old", "century", "half", "term", "future", "day",
                         "eve", "quarter", "period", "nineties", "present", "24", "1990s", "2014", "24th", "1430", "10:35",
                         "'", "’", "-", ",", ".", "½", "1/2", "a.m.", "gmt"])
        let sorted = words.sorted()
        for first in sorted {
            let capitalized = first.prefix(1).uppercased() + first.dropFirst()
            for second in sorted {
                for lead in Set([first, capitalized]) {
                    expectLeftOutRulesFindNothing("\(lead) \(second) year")
                    expectLeftOutRulesFindNothing("\(lead) \(second.prefix(1).uppercased() + second.dropFirst()) 24")
                }
                for tail in ["a week", "of 2014", "year ago"] { expectLeftOutRulesFindNothing("\(first) \(second) \(tail)") }
            }
        }
    }

    @Test func leftOutRulesFindNothingInTheSeedArticles() throws {
        for name in ["000_4482b8ed06c74029.txt", "001_d30e6bfd71bd188e.txt"] {
            let text = ScalarText(try TimeFixture.seed(name))
            let all = TimexTokenizer().tokens(text, from: 0, to: text.scalars.count)
            let tokens = TimexRecognizer.Tokens(all: all)
            let recognizer = TimexRecognizer()
            for i in all.indices {
                let rules = TimexRecognizer.rules(at: i, in: tokens)
                if !rules.contains(.calendar) { #expect(recognizer.matchCalendar(tokens, i) == nil) }
                if !rules.contains(.relative) { #expect(recognizer.matchRelative(tokens, i) == nil) }
                if !rules.contains(.clock) { #expect(recognizer.matchClock(tokens, i) == nil) }
                if !rules.contains(.duration) { #expect(recognizer.matchDuration(tokens, i) == nil) }
                if !rules.contains(.set) { #expect(recognizer.matchSet(tokens, i) == nil) }
            }
        }
    }

    @Test func aSentenceTakesTheTokensOfItsBlockOnlyWhenTheyAreItsOwn() throws {
        for name in ["000_4482b8ed06c74029.txt", "001_d30e6bfd71bd188e.txt"] {
            let text = ScalarText(try TimeFixture.seed(name) + " Sales rose 5,1 percent in the 1990s. It fell 3.2%. Done")
            let sentences = TimeFixture.sentences(text)
            let blocks = TokenBlocks(text, sentences: sentences)
            var reused = 0
            for (s, sentence) in sentences.enumerated() {
                guard let tokens = blocks.sentenceTokens(s, span: sentence) else { continue }
                reused += 1
                #expect(tokens == TimexTokenizer().tokens(text, from: sentence.start, to: sentence.end))
            }
            #expect(reused > sentences.count / 2)
        }
        // A span cut inside a token (`In the 5s` | `x era`) is not its block's: alone it ends on `5s`, while the block
        // reads `5` and `sx`, which straddles the cut.
        let text = ScalarText("In the 5sx era it rose.")
        let cut = Sentence(start: 0, end: 9, paragraph: 0)
        let blocks = TokenBlocks(text, sentences: [cut, Sentence(start: 9, end: text.scalars.count, paragraph: 0)])
        #expect(blocks.sentenceTokens(0, span: cut) == nil)
        #expect(TimexTokenizer().tokens(text, from: 0, to: 9).last?.text == "5s")
    }
}
