// MARK: - Days and years counted from what the text names: `the day after the coup`, `the day before last Tuesday`,
// `sales for the full year`

extension TimexRecognizer {
    /// Words that open the noun phrase of an event after `the day before`/`after` (`the attack`, `his death`).
    static let eventDeterminers: WordSet = ["the", "his", "her", "its", "their"]
    /// Words that end the noun phrase of an event (`the attack on the beach`, `the coup that`).
    static let eventPhraseEnds: WordSet = [
        "of", "in", "on", "at", "by", "for", "with", "to", "from", "that", "which", "who", "and", "or", "when", "was", "were",
        "is", "are", "had", "has", "but", "as", "into", "against",
    ]

    /// `the day before last Tuesday` (a day written after it: that day, one day back or ahead), `the day after the
    /// coup` (a day counted from an event the text names: just `the day`, resolved by the analyzer against the date the
    /// article gave that event, else left without a value).
    func dayBeside(_ t: Tokens, _ i: Int) -> Match? {
        guard t.isWord(i + 1, "day"), let w = t.word(i + 2), w == "before" || w == "after" else { return nil }
        let offset = w == "before" ? -1 : 1
        let k = i + 3
        if let inner = dayMatch(t, k) {
            return Match(end: inner.end, type: .date, meaning: .dayAround(inner.meaning, offset: offset))
        }
        guard let determiner = t.word(k), Self.eventDeterminers.contains(determiner) else { return nil }
        // The head noun: the last word of the phrase (`the stock market plunge` → `plunge`).
        var head: String?
        var e = k + 1
        while e <= k + 4, let token = t[e], token.kind == .word, !Self.eventPhraseEnds.contains(token.base) {
            head = token.base
            e += 1
        }
        guard let head, head.count > 2 else { return nil }
        // `the day before the attack on Friday`: the event's day is written right after it (its own timex).
        if t.isWord(e, "on"), let day = dayNamed(t, e + 1) {
            return Match(end: i + 2, type: .date, meaning: .dayAround(day, offset: offset))
        }
        return Match(end: i + 2, type: .date, meaning: .eventDay(offset: offset, event: head))
    }

    /// A date naming one day at `k` (`last Tuesday`, `Oct. 12`, `Christmas`), nil otherwise.
    func dayMatch(_ t: Tokens, _ k: Int) -> Match? {
        var inner: Match?
        for candidate in [matchCalendar(t, k), matchWeekday(t, k), matchHoliday(t, k)] {
            if let c = candidate, c.end > (inner?.end ?? k) { inner = c }
        }
        guard let inner else { return nil }
        switch inner.meaning {
        case .weekday(_, nil, _): return inner
        case let meaning where Self.namesADay(meaning): return inner
        case .calendar(let spec) where spec.nthWeekday != nil || spec.easterOffset != nil: return inner
        default: return nil
        }
    }

    func dayNamed(_ t: Tokens, _ k: Int) -> TemporalMeaning? { dayMatch(t, k)?.meaning }

    /// Words after `the year` that make it something else: the twelve months a result covers (`the year ended March
    /// 31`), a year counted from another (`the year before`, `the year-ago quarter`), a clause (`the year that`).
    static let notTheYearUnderDiscussion: WordSet = [
        "ended", "ending", "ago", "earlier", "later", "before", "after", "that", "when", "which", "round", "around",
        "since", "to", "of",
    ]
    /// Words before `months`, `weeks`, `days` in `the early months of the year`, one expression.
    static let partsOfTheYearLeads: WordSet = [
        "early", "first", "last", "final", "closing", "opening", "remaining", "late", "latter", "summer", "winter",
    ]
    /// Words before `of the year` that name a part of the year under discussion (`the first nine months of the year`,
    /// `the rest of the year`), not a title (`person of the year`).
    static let partsOfTheYear: WordSet = [
        "months", "weeks", "days", "half", "quarter", "quarters", "end", "start", "beginning", "rest", "remainder",
        "middle", "balance", "course", "part",
    ]

    /// `sales for the full year`, `a high for the year`, `the first nine months of the year`: the year the text is
    /// talking about; the index past it, nil otherwise.
    func yearUnderDiscussion(_ t: Tokens, _ i: Int) -> Int? {
        // `the early months of the year`, `the final weeks of the year`: one expression (not `the first nine months`,
        // a duration before `of the year`).
        var k = i + 1
        if t.word(k).map(Self.partsOfTheYearLeads.contains) == true { k += 1 }
        if t.word(k).map(["months", "weeks", "days"].contains) == true, t.isWord(k + 1, "of"), t.isWord(k + 2, "the") {
            return yearUnderDiscussion(t, k + 2)
        }
        var u = i + 1
        if t.word(u).map(["full", "entire", "whole"].contains) == true { u += 1 }
        guard let year = t[u], year.kind == .word, year.base == "year", !year.isCapitalized else { return nil }
        if let next = t[u + 1] {
            // Not `the year's`, `the year-ago quarter`, `the year 2000`, `the year ended March 31`.
            if next.kind == .number || TimexLexicon.numbers[next.base] != nil || next.isDash || next.isMark("'") || next.isMark(scalar: "’") { return nil }
            if next.kind == .word, Self.notTheYearUnderDiscussion.contains(next.base) { return nil }
            // Not `the year in which`.
            if next.isWord("in"), t.isWord(u + 2, "which") { return nil }
        }
        if t.isWord(i - 1, "of"), !(t.word(i - 2).map(Self.partsOfTheYear.contains) ?? false) { return nil }
        return u + 1
    }
}
