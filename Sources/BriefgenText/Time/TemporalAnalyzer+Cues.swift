// MARK: - Words around a date that change how it is read: deadlines, possessive days, results periods

extension TemporalAnalyzer {
    /// The tense a date is read with: the verb's, unless the words around the date say otherwise.
    static func reading(of mention: TimexMention, _ t: TimexRecognizer.Tokens, tense: TenseDetector.Tense) -> TenseDetector.Tense {
        if isDeadlineDay(mention, t) { return .future }
        if isPastPossessiveDay(mention, t) { return .past }
        // `ahead of Sunday's vote`: the nearest such day, whatever the verb (a preview or a report the day after).
        if case .weekday(_, _, nil) = mention.meaning, t.isWord(mention.tokenRange.lowerBound - 1, "of"),
           t.isWord(mention.tokenRange.lowerBound - 2, "ahead") {
            return .present
        }
        if isPlannedDayOfAPastReport(mention, t) { return .present }
        if isScheduledDay(mention, t) { return .future }
        if tense == .present, isAllegedActsDate(mention, t) { return .past }
        if tense == .past, isDeadlineDate(mention, t) { return .deadline }
        // `has kept a toehold since August`, `have fled since Sunday`: what something lasts since lies behind.
        if tense != .past, t.isWord(mention.tokenRange.lowerBound - 1, "since") { return .past }
        return tense
    }

    /// Whether a date is when something was said (`officials said Monday`, `said on Monday`).
    static func isDateOfSaying(_ mention: TimexMention, _ t: TimexRecognizer.Tokens) -> Bool {
        var k = mention.tokenRange.lowerBound - 1
        while let w = t.word(k), ["on", "late", "early", "earlier", "later"].contains(w) { k -= 1 }
        return t.word(k).map(EventExtractor.reportingVerbs.contains) == true
    }

    /// Words of a charge that, with `of`/`with`/`for`, name an act done before (`is charged with opening fire`).
    static let chargeWords: WordSet = [
        "charged", "accused", "convicted", "suspected", "indicted", "arrested", "sentenced", "blamed", "acquitted", "jailed",
    ]

    /// Whether a date follows a charge in a present sentence (`Holmes is charged with opening fire in a theater on July
    /// 20`, `the man accused of killing 12 people in June`): the date of the act charged, which lies behind.
    static func isAllegedActsDate(_ mention: TimexMention, _ t: TimexRecognizer.Tokens) -> Bool {
        let i = mention.tokenRange.lowerBound
        let start = max(mention.sentenceTokens.lowerBound, i - 15)
        return (start..<i).contains { k in
            t.word(k).map(chargeWords.contains) == true && t.word(k + 1).map(["of", "with", "for", "over"].contains) == true
        }
    }

    /// Verbs of a schedule that news writes in the present for what is coming (`The trial opens Monday`, `the
    /// council meets Thursday`, `leaders meet Monday`).
    static let scheduledPresent: WordSet = [
        "opens", "begins", "starts", "meets", "resumes", "convenes", "reconvenes", "arrives", "departs", "expires",
        "reopens", "kicks", "premieres", "open", "begin", "start", "meet", "resume", "convene", "reconvene", "arrive",
        "depart", "reopen",
    ]

    /// Whether a bare weekday follows a present verb of a schedule (`The trial opens Monday`, `talks resume on
    /// Tuesday`): a day ahead, as the news present of a coming event. Not after `to`, `not`, `did` (`did not meet
    /// Monday`), nor a verb that is a noun after an article (`the starts Monday`).
    static func isScheduledDay(_ mention: TimexMention, _ t: TimexRecognizer.Tokens) -> Bool {
        guard case .weekday(_, _, nil) = mention.meaning else { return false }
        var v = mention.tokenRange.lowerBound - 1
        if t.isWord(v, "on") { v -= 1 }
        guard let token = t[v], token.kind == .word, !token.isCapitalized, scheduledPresent.contains(token.base),
              v - 1 >= mention.sentenceTokens.lowerBound else { return false }
        let before = t.word(v - 1)
        return !(before.map(["to", "not", "n't", "did", "didn't", "the", "a", "an", "and"].contains) ?? false)
    }

    /// Whether a weekday is the planned day of something a past verb reports on (`postponed a news conference planned
    /// for Saturday evening`, `A memorial service planned at the university for Saturday was canceled`): the plan may
    /// have been for the day just gone or for one ahead, so the nearest such day; so too a plan in the past perfect
    /// (`talks, which had been set for Sunday, were called off`). Not when the plan is the verb (`talks are set for
    /// Monday`).
    static func isPlannedDayOfAPastReport(_ mention: TimexMention, _ t: TimexRecognizer.Tokens) -> Bool {
        guard case .weekday(_, _, nil) = mention.meaning else { return false }
        let i = mention.tokenRange.lowerBound
        // The participle, then at most a place (`planned at the University of Rochester for Saturday`).
        guard t.isWord(i - 1, "for"), let p = stride(from: i - 2, through: max(i - 8, mention.sentenceTokens.lowerBound), by: -1)
            .prefix(while: { t[$0]?.kind == .word }).first(where: {
                t[$0]?.isWord(["planned", "scheduled", "set", "slated", "due"]) == true }),
              let noun = t[p - 1], noun.kind == .word,
              !noun.isWord(["is", "are", "was", "were", "be", "been", "being", "now", "still", "also", "originally", "initially"])
                || noun.isWord("been") && t.isWord(p - 2, "had")
        else { return false }
        return TenseDetector().tense(t, around: p, sentence: mention.sentenceTokens) == .past
    }

    /// Whether a weekday is a deadline or the earliest time of something (`postponed until Tuesday`, `given until
    /// 9 a.m. Tuesday`, `could leave as soon as Tuesday`): such a day lies ahead, whatever the tense of the verb.
    static func isDeadlineDay(_ mention: TimexMention, _ t: TimexRecognizer.Tokens) -> Bool {
        switch mention.meaning {
        case .weekday(_, _, nil), .clock(_, _, .weekday(_, _, nil)?): break
        default: return false
        }
        let i = mention.tokenRange.lowerBound
        // Not a narrative opener (`Until Thursday, they had not named a suspect`) nor `up until`.
        if let w = t.word(i - 1), w == "until" || w == "till" {
            return i - 1 > mention.sentenceTokens.lowerBound && !t.isWord(i - 2, "up")
        }
        return t.isWord(i - 3, "as") && t.isWord(i - 2, "soon") && t.isWord(i - 1, "as")
    }

    /// Words before a date that make it a deadline or a start (`payable Dec. 7`, `effective Feb. 1`, `completed by
    /// Dec. 15`, `loans through January`, `rights expire on Nov. 21`, `holders of record Nov. 15`).
    static let deadlineCues: WordSet = [
        "payable", "effective", "until", "till", "through", "by", "expire", "expires", "expiring", "due", "terminate",
        "terminates", "record",
    ]

    /// Whether a month without a year or a bare weekday is a deadline or a start: a past sentence then speaks of a
    /// date that may still lie ahead (`declared a dividend payable Dec. 7`, written in October; `the offer expires at
    /// midnight Friday`), so it is read with less of the past's lean.
    static func isDeadlineDate(_ mention: TimexMention, _ t: TimexRecognizer.Tokens) -> Bool {
        // A weekday only after a word that sets a term (`by Monday evening, rescuers had pulled …` is past).
        let cues: WordSet
        switch mention.meaning {
        case .calendar(let spec), .clock(_, _, .calendar(let spec)?):
            guard spec.month != nil, spec.year == nil, spec.yearOffset == nil, spec.direction == nil else { return false }
            cues = deadlineCues
        case .weekday(_, _, nil), .clock(_, _, .weekday(_, _, nil)?):
            cues = termCues
        default: return false
        }
        let i = mention.tokenRange.lowerBound
        guard let w = t.word(i - 1) else { return false }
        // `of record Nov. 15`, not `closed at a record on Tuesday`.
        func isCue(_ k: Int) -> Bool {
            guard let w = t.word(k), cues.contains(w) else { return false }
            return w != "record" || t.isWord(k - 1, "of")
        }
        if isCue(i - 1) { return true }
        return (w == "on" || w == "in" || w == "at") && isCue(i - 2)
    }

    /// Deadline words that set a term, not a point a narrative reached (`by`, `through`).
    static let termCues: WordSet = [
        "payable", "effective", "expire", "expires", "expiring", "due", "terminate", "terminates", "record",
    ]

    /// Whether an expression names the period results are reported for, which later comparisons (`a year earlier`,
    /// `the 1988 quarter`) count from: not a period already compared with (`the year-ago third quarter`, `last year's
    /// fourth quarter`).
    static func opensComparison(_ meaning: TemporalMeaning) -> Bool {
        switch meaning {
        case .periodOfYear: return false
        case .calendar(let spec): return spec.yearShift == nil && (spec.yearOffset ?? 0) >= 0
        default: return true
        }
    }

    /// Whether the sentence of a mention opens with `Separately,`: a wire report turning to another company's news,
    /// whose results are for a period of their own.
    static func opensAnotherReport(_ mention: TimexMention, _ blocks: TokenBlocks) -> Bool {
        let t = blocks.blocks[mention.block]
        let first = mention.sentenceTokens.lowerBound
        return t.isWord(first, "separately") && t[first + 1]?.isMark(",") == true
    }

    /// Whether `mention` is the end date of the period just before it (`the fiscal third quarter, which ended Feb. 28`,
    /// `the quarter ended Sept. 30`): the period names no year of its own (`the quarter` none at all) and `ended` or
    /// `ending` (after `which` or `that` and a comma at most) leads to the date.
    static func periodEnded(by mention: TimexMention, after period: TimexMention, _ t: TimexRecognizer.Tokens) -> Bool {
        guard period.block == mention.block, period.sentence == mention.sentence else { return false }
        switch period.meaning {
        case .calendar(let spec):
            guard spec.year == nil, spec.yearOffset == nil, spec.yearShift == nil, spec.quarter != nil || spec.half != nil
            else { return false }
        case .relativeUnit(.quarter, _): break
        default: return false
        }
        let i = mention.tokenRange.lowerBound
        guard let w = t.word(i - 1), w == "ended" || w == "ending", period.tokenRange.upperBound <= i - 1 else { return false }
        return (period.tokenRange.upperBound..<(i - 1)).allSatisfy { k in
            t[k]?.isMark(",") == true || t.isWord(k, "which") || t.isWord(k, "that")
        }
    }

    /// Whether a quarter (`1990-Q3`) lies after the anchor's: a forecast, not the period results compare (the current one
    /// may be a fiscal quarter just reported).
    static func isAhead(quarter value: String, of anchor: TemporalAnchor) -> Bool {
        guard let year = Int(value.prefix(4)), let q = Int(value.suffix(1)), let nowYear = anchor.year else { return false }
        let nowQuarter = anchor.month.map { ($0 - 1) / 3 + 1 } ?? 4
        return (year, q) > (nowYear, nowQuarter)
    }

    /// Whether a weekday is a possessive naming something that took place (`Wednesday's ruling`, `Thursday's closing
    /// price`): that day has come, even after a reported future (`would look for ways around Wednesday's ruling`); not
    /// `ahead of Sunday's vote` nor `will vote in Sunday's election`.
    static func isPastPossessiveDay(_ mention: TimexMention, _ t: TimexRecognizer.Tokens) -> Bool {
        guard case .weekday(_, nil, nil) = mention.meaning else { return false }
        let end = mention.tokenRange.upperBound
        guard let mark = t[end], mark.isMark("'") || mark.isMark(scalar: "’"), t.attached(end), t.isWord(end + 1, "s") else { return false }
        let i = mention.tokenRange.lowerBound
        if t.isWord(i - 1, "of"), t.isWord(i - 2, "ahead") { return false }
        if t.word(i - 1).map(["upcoming", "before", "until", "till"].contains) == true { return false }
        // `will vote in Sunday's election`: a plain future in the clause before it keeps the day ahead.
        let start = max(mention.sentenceTokens.lowerBound, i - 12)
        return !(start..<i).contains { k in t.word(k).map { $0 == "will" || $0 == "shall" || $0.hasSuffix("'ll") } == true }
    }

    /// Whether an expression takes its year from the year last named (`that year`, `March of that year`).
    static func countsFromTheYearNamed(_ meaning: TemporalMeaning) -> Bool {
        switch meaning {
        case .anaphoricYear: return true
        case .calendar(let spec): return spec.referenceYearOffset != nil
        default: return false
        }
    }

    /// Whether a value is a quarter or a half of a year (`1989-Q3`, `2024-H1`), the periods results compare.
    static func isPeriodOfTheYear(_ value: String) -> Bool {
        value.count == 7 && (value.dropFirst(4).hasPrefix("-Q") || value.dropFirst(4).hasPrefix("-H"))
    }

    /// Words that join two dates into a pair or a span (`February and March 2022`, `November to January 1990`).
    private static let dateJoints: Set<String> = ["and", "or", "to", "through", "until", "-", "–"]

    /// `February and March 2022`: a month written without a year, joined to the next date, takes that date's year
    /// (the year before when the month comes later in the calendar: `December to February 1990`). Nil otherwise.
    static func yearOfTheNextDate(_ mentions: [TimexMention], _ n: Int, _ blocks: TokenBlocks) -> TemporalMeaning? {
        guard n + 1 < mentions.count, case .calendar(var spec) = mentions[n].meaning, spec.year == nil,
              let month = spec.month, spec.yearOffset == nil, spec.direction == nil, spec.referenceYearOffset == nil,
              spec.nthWeekday == nil, spec.easterOffset == nil else { return nil }
        let next = mentions[n + 1]
        guard next.block == mentions[n].block, next.sentence == mentions[n].sentence,
              case .calendar(let stated) = next.meaning, let year = stated.year, let nextMonth = stated.month,
              next.tokenRange.lowerBound == mentions[n].tokenRange.upperBound + 1,
              let joint = blocks.blocks[next.block][mentions[n].tokenRange.upperBound],
              dateJoints.contains(joint.kind == .word ? joint.base : joint.text) else { return nil }
        spec.year = month > nextMonth ? year - 1 : year
        return .calendar(spec)
    }

    /// Past verbs without `-ed` that date an action (`began firing rockets on Oct. 8`).
    private static let pastActionVerbs: WordSet = [
        "began", "fled", "fell", "won", "lost", "left", "met", "sent", "took", "struck", "hit", "shot", "fought", "broke",
        "flew", "led", "withdrew", "seized", "overran",
    ]

    /// `Hezbollah began firing rockets at northern Israel on Oct. 8`, written on Sept. 19: a day that an action verb a
    /// few words before `on` puts in the past cannot lie after the publication day, so it is that day of the year
    /// before. Only with that verb in sight (no `to`, no future or deadline word in the sentence before the date): a
    /// past sentence often names a coming day (`extended its offer to Nov. 20`, `said it will redeem shares on Oct. 31`).
    static func pastActionDayOfTheYearBefore(_ mention: TimexMention, _ t: TimexRecognizer.Tokens, value: String?,
                                             anchor: TemporalAnchor) -> TemporalMeaning? {
        guard case .calendar(var spec) = mention.meaning, spec.day != nil, spec.month != nil, spec.year == nil,
              spec.yearOffset == nil, spec.direction == nil, spec.nthWeekday == nil, spec.easterOffset == nil,
              let value, value.count == 10, let day = CalendarDate(iso: value), let today = anchor.day, today < day,
              let year = Int(value.prefix(4)) else { return nil }
        let i = mention.tokenRange.lowerBound
        guard t.isWord(i - 1, "on") else { return nil }
        let before = stride(from: i - 2, through: max(i - 8, mention.sentenceTokens.lowerBound), by: -1)
            .prefix(while: { t[$0]?.kind == .word })
        guard let verb = before.first(where: { k in
            guard let w = t.word(k) else { return false }
            return pastActionVerbs.contains(w) || w.hasSuffix("ed") && w.count > 4 && !(t[k - 1]?.isWord(["a", "an", "the"]) ?? true)
                && !(t[k - 1]?.isWord(["be", "is", "are", "was", "were", "been", "being"]) ?? false)
        }), !before.prefix(while: { $0 > verb }).contains(where: { t.isWord($0, "to") }) else { return nil }
        let cues: Set<String> = ["will", "would", "to", "deadline", "until", "effective", "expire", "expires", "due", "set",
                                 "scheduled", "planned", "expected", "extended", "postponed", "delayed"]
        guard !(mention.sentenceTokens.lowerBound..<i).contains(where: { t.word($0).map(cues.contains) == true }) else { return nil }
        spec.year = year - 1
        return .calendar(spec)
    }
}
