import Testing
@testable import BriefgenText

/// The last step of an event summary (``EventSummarizer/finish(_:)``), on bytes, against the character-based version
/// it replaced.
struct EventSummaryFinishTests {
    /// The character-based version: words split and lengths counted on characters.
    private func characterFinish(_ raw: String) -> String {
        var words = raw.split(separator: " ").map(String.init)
        while let first = words.first, EventSummarizer.openers.contains(first.lowercased().filter { $0 != "," }) || first == "," {
            words.removeFirst()
        }
        if words.first?.lowercased() == "the" || words.first?.lowercased() == "a" { words.removeFirst() }
        var result = ""
        for word in words {
            let next = result.isEmpty ? word : result + " " + word
            if next.count > EventSummarizer.maximumLength { break }
            result = next
        }
        var trimmed = result
        while true {
            while let last = trimmed.last, ".,;:—-–(".contains(last) || last == " " { trimmed.removeLast() }
            guard let lastWord = trimmed.split(separator: " ").last,
                  result.count < raw.count || EventSummarizer.dangling.contains(lastWord.lowercased()),
                  EventSummarizer.dangling.contains(lastWord.lowercased()) || lastWord.hasSuffix("’s") || lastWord.hasSuffix("'s")
            else { break }
            trimmed.removeLast(lastWord.count)
        }
        guard let first = trimmed.first else { return trimmed }
        return first.uppercased() + trimmed.dropFirst()
    }

    private let samples = [
        "U.N. verified 2,641 civilian casualties",
        "Furthermore, the U.N. verified 2,641 civilian casualties between April 1-24",
        "However , and the attack on Kharkiv’s power plant",
        "the Ukrainian Security Service’s long-range drones targeted the Murom Instrument Engineering Plant in Russia’s Vladimir region, east of Moscow, leading to five explosions and a fire",
        "Officials in São Paulo and Zürich said the café’s owner fled on Jan. 5 — and returned later to the",
        "“Our forces will not stop,” Zelensky: the strikes hit Odesa’s port and the grain terminal of the city of the",
        "Earlier Then a deal was reached with  two  spaces and a dangling to",
        "e\u{301}lite units of the army advanced into the town of Pokrovsk after weeks of fighting in the region of",
        "a caf\u{E9} \u{301}owner and a long tail of words that goes on well past the hundred character limit of summaries",
        "A ,",
        ", , and",
        "",
        "Kharkiv’",
        "résumé résumé résumé résumé résumé résumé résumé résumé résumé résumé résumé résumé résumé résumé résumé résumé résumé",
        "Investors’ money fled the market as prices fell by 12% in the first week of trading after the announcement of the",
        "1234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123 word",
        "short words of the",
        "\u{600} \u{600}prepended marks around spaces",
        "ends on a Greek question mark \u{37E}",
        "ends on marks of every kind of the ( – — : ; , .",
        "line\r\n",
    ]

    @Test func matchesTheCharacterBasedVersion() {
        let summarizer = EventSummarizer()
        for raw in samples {
            #expect(summarizer.finish(raw) == characterFinish(raw), "\(raw)")
        }
    }

    @Test func dropsOpenersCutsAtAWordAndCapitalizes() {
        let summarizer = EventSummarizer()
        #expect(summarizer.finish("Furthermore, the U.N. verified 2,641 civilian casualties between April 1-24")
            == "U.N. verified 2,641 civilian casualties between April 1-24")
        #expect(summarizer.finish("However , and the attack on Kharkiv’s power plant") == "Attack on Kharkiv’s power plant")
        #expect(summarizer.finish(samples[3]) == "Ukrainian Security Service’s long-range drones targeted the Murom Instrument Engineering Plant")
        #expect(summarizer.finish(samples[4]) == "Officials in São Paulo and Zürich said the café’s owner fled on Jan. 5 — and returned later")
        #expect(summarizer.finish("short words of the") == "Short words")
        #expect(summarizer.finish(", , and") == "")
    }
}
