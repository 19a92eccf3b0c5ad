import Testing
@testable import BriefgenText

/// ``EventSummarizer/finishASCII(_:)``: the bytes of a summary in ASCII and the marks `‘ ’ “ ” – —` give what its
/// characters give (``EventSummarizer/finishCharacters(_:)``), and other text is left to the characters.
struct EventSummaryASCIIFinishTests {
    static let samples = [
        "U.N. verified 2,641 civilian casualties", "Furthermore, the U.N. verified 2,641 civilian casualties between April 1-24",
        "However , and the attack on Kharkiv's power plant", ", , and", "", " ", "A ,", "a", "the", "The the",
        "Earlier Then a deal was reached with  two  spaces and a dangling to", "short words of the",
        "ends on marks of every kind of the ( - : ; , .", "one-fifth (46%) of the investors' money fled in April 1-24 as",
        "1234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123 word",
        "123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789 a b",
        "Speaker: the markets fell by 12% in the first week of trading after the announcement of the new tariffs on",
        "word's", "the government's", "and", "So, then, the Jan. 5 talks of the", "   leading and trailing spaces   ",
        "tab\tinside words of the", "MIXED Case Words OF THE", "x", "(", "of (",
        "“Quoted”", "Russia’s", "the Kremlin’s", "Kharkiv’s attack — the", "ends on a dash —", "ends on a dash –",
        "‘single’ quotes of the", "—", "– –", "’s", "the ’s", "a’s", "Zelenskiy’S", "“", "”and the",
        "the markets fell by 12% — in the first week of “trading” after the announcement of the new tariffs on Russia’s",
        "————————————————————————————————————————————————————————————————————————————————————————————————————————— word",
    ]

    @Test func asciiIsTheCharacterVersion() {
        let summarizer = EventSummarizer()
        var generator = SystemRandomNumberGenerator()
        let pieces = ["the", "a", "of", "And", "However,", ",", "U.N.", "2,641", "46%", "April", "1-24", "one-fifth", "Jan.",
                      "investors'", "Kharkiv's", "(", ":", "-", ";", ".", "...", "said", "verified", "casualties", "to", "  ",
                      "Russia’s", "’s", "“Quoted”", "—", "–", "‘", "’", "of—", "—the", "“", "”", "–to", "Kyiv–"]
        var generated: [String] = []
        for _ in 0..<3000 {
            let count = Int.random(in: 0...40, using: &generator)
            generated.append((0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: " "))
        }
        for raw in Self.samples + generated {
            #expect(summarizer.finishASCII(raw) == summarizer.finishCharacters(raw), "\(raw)")
        }
    }

    @Test func otherTextIsLeftToTheCharacters() {
        let summarizer = EventSummarizer()
        for raw in ["Zoë’s café", "line\r\n", "a\u{301}b", "Київ", "قال", "👍🏽 ok", "’\u{301}s", "— \u{301}", "a…",
                    "\u{2012}", "\u{201E}"] {
            #expect(summarizer.finishASCII(raw) == nil, "\(raw)")
        }
        #expect(summarizer.finish("So, then, the Jan. 5 talks of the") == "Jan. 5 talks")
        // A shortened summary loses a trailing possessive, here its only word (as the characters gave it).
        #expect(summarizer.finish("the government's") == "")
        #expect(summarizer.finish("the government's plan") == "Government's plan")
        // Curly quotes and dashes are read on bytes too, as their characters give them.
        #expect(summarizer.finishASCII("the Kremlin’s “plan” —") == "Kremlin’s “plan”")
        #expect(summarizer.finishASCII("However, Russia’s attack – the") == "Russia’s attack")
        #expect(summarizer.finishCharacters("However, Russia’s attack – the") == "Russia’s attack")
        #expect(EventSummarizer.readsAsBytes(UnsafeBufferPointer(start: nil, count: 0)) == true)
    }
}
