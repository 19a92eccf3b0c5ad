// MARK: - Days counted from an event: `the day after the coup`, `Oct. 12, the day before the plunge`

extension TemporalAnalyzer {
    /// Words that name the same event as a head noun after `the day before`/`after`: the noun, its plural and the
    /// verbs a report uses for it (`the attack` ← `extremists attacked a beach on Friday`). A noun not listed names
    /// its event by itself.
    static let eventWords: [String: Set<String>] = {
        let death: Set<String> = ["death", "killing", "killed", "murder", "murdered", "slaying", "slain", "assassination",
                                  "assassinated", "died", "shot"]
        let vote: Set<String> = ["election", "elections", "vote", "voted", "referendum", "polls", "ballot"]
        let blast: Set<String> = ["blast", "explosion", "exploded", "bombing", "bombed"]
        var words: [String: Set<String>] = [
            "attack": ["attack", "attacks", "attacked"], "attacks": ["attack", "attacks", "attacked"],
            "bombing": blast, "bombings": blast, "blast": blast, "explosion": blast,
            "shooting": ["shooting", "shot", "gunman", "gunmen"], "coup": ["coup", "toppled", "ousted", "overthrew", "deposed"],
            "invasion": ["invasion", "invaded"], "raid": ["raid", "raided"], "ambush": ["ambush", "ambushed"],
            "massacre": ["massacre", "massacred"], "arrest": ["arrest", "arrested"], "crash": ["crash", "crashed"],
            "earthquake": ["earthquake", "quake"], "quake": ["earthquake", "quake"], "ruling": ["ruling", "ruled"],
            "verdict": ["verdict", "convicted", "acquitted"], "announcement": ["announcement", "announced"],
            "signing": ["signing", "signed"], "inauguration": ["inauguration", "inaugurated", "sworn"],
            "meeting": ["meeting", "met"], "landfall": ["landfall", "hurricane", "storm"],
            "airstrike": ["airstrike", "airstrikes", "strike", "strikes"], "strike": ["strike", "strikes", "airstrike", "struck"],
        ]
        for noun in ["death", "killing", "killings", "murder", "slaying", "assassination"] { words[noun] = death }
        for noun in ["election", "vote", "referendum", "polls", "ballot"] { words[noun] = vote }
        return words
    }()

    /// Words before a date that make it a date of saying (`said on Saturday`) or a bound (`since July 26`), not the
    /// date of the event the sentence names.
    private static let notTheEventsDay: WordSet = [
        "said", "says", "told", "reported", "announced", "added", "stated", "confirmed", "claimed", "wrote", "warned",
        "since", "until", "till", "by", "before", "after", "than",
    ]

    /// Whether the word at `i` opens a clause dated apart from the one before it: `since`, `until`, or a span of time
    /// and `after`/`before` (`days after`, `hours before`); not `shortly after`, which leaves both at one time.
    private static func separatesClauses(_ t: TimexRecognizer.Tokens, _ i: Int) -> Bool {
        guard let w = t.word(i) else { return false }
        if w == "since" || w == "until" { return true }
        guard w == "after" || w == "before" || w == "following", let unit = t.word(i - 1) else { return false }
        return TimexLexicon.units[unit] != nil
    }

    /// `Eight trading days after Oct. 12, the day before the stock market plunge`: the day in apposition to a date
    /// just before it (`last`, the timex before it) is that date. Nil when no such date.
    static func apposedDay(_ mention: TimexMention, _ t: TimexRecognizer.Tokens, _ last: Timex?) -> String? {
        let i = mention.tokenRange.lowerBound
        guard let comma = t[i - 1], comma.isMark(","), let before = t[i - 2], let last,
              last.sentence == mention.sentence, last.end == before.end, let value = last.value, value.count >= 10,
              CalendarDate(iso: String(value.prefix(10))) != nil else { return nil }
        return String(value.prefix(10))
    }

    /// The day the article gave the event a head noun names: the nearest sentence before (or the words before, in the
    /// same sentence) that names the event and dates it by one day, not counting datelines, dates of saying and bounds. Nil when
    /// that nearest dated mention gives several days, or none does: nothing is placed on a guess.
    static func dayOfEvent(_ event: String, mention n: Int, _ mentions: [TimexMention], _ timexes: [Timex?],
                           _ blocks: TokenBlocks) -> String? {
        let words = eventWords[event] ?? [event]
        let mention = mentions[n]
        var m = n - 1
        // At most 40 sentences back: the work stays linear in the text.
        for s in stride(from: mention.sentence, through: max(0, mention.sentence - 40), by: -1) {
            let t = blocks.blocks[blocks.sentenceBlock[s]]
            var range = blocks.sentenceRange[s]
            if s == mention.sentence { range = range.lowerBound..<mention.tokenRange.lowerBound }
            while m >= 0, mentions[m].sentence > s { m -= 1 }
            guard let named = range.last(where: { t.word($0).map(words.contains) == true }) else { continue }
            var days: Set<String> = []
            var k = m
            while k >= 0, mentions[k].sentence == s {
                defer { k -= 1 }
                guard let timex = timexes[k], let value = timex.value, value.count >= 10, timex.type == .date || timex.type == .time,
                      CalendarDate(iso: String(value.prefix(10))) != nil else { continue }
                var w = mentions[k].tokenRange.lowerBound - 1
                while let word = t.word(w), ["on", "late", "early", "earlier", "later"].contains(word) { w -= 1 }
                if t.word(w).map(notTheEventsDay.contains) == true { continue }
                // `PORT SUDAN, June 6 (Reuters) - … in an attack … on Wednesday`: the dateline is the day of writing.
                if EventExtractor.isDateline(t, sentenceStart: blocks.sentenceRange[s].lowerBound,
                                             first: mentions[k].tokenRange.lowerBound, end: timex.end) { continue }
                // `began evacuating on Tuesday, days after soldiers toppled the president`: Tuesday dates another clause.
                let first = min(named, mentions[k].tokenRange.lowerBound), last = max(named, mentions[k].tokenRange.lowerBound)
                if (first..<last).contains(where: { separatesClauses(t, $0) }) { continue }
                days.insert(String(value.prefix(10)))
            }
            if days.count == 1 { return days.first }
            if days.count > 1 { return nil }
        }
        return nil
    }
}
