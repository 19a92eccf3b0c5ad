// MARK: - Relative dates: `yesterday`, `on Wednesday`, `last week`, `earlier this month`, `now`, `the future`

extension TimexRecognizer {
    /// Single words and fixed phrases with a reference value.
    static let references: [[String]: String] = [
        ["now"]: "PRESENT_REF", ["right", "now"]: "PRESENT_REF", ["currently"]: "PRESENT_REF", ["current"]: "PRESENT_REF",
        ["these", "days"]: "PRESENT_REF", ["nowadays"]: "PRESENT_REF", ["at", "present"]: "PRESENT_REF",
        ["recently"]: "PAST_REF", ["more", "recently"]: "PAST_REF", ["the", "past"]: "PAST_REF",
        ["the", "future"]: "FUTURE_REF", ["the", "near", "future"]: "FUTURE_REF",
        ["the", "near", "term"]: "FUTURE_REF", ["the", "short", "term"]: "FUTURE_REF",
        // `recent weeks`, `the coming months`, `the days ahead` are vague durations (`PXW`): see `matchDuration`.
    ]

    /// A relative date or a reference (`PAST_REF`…).
    func matchRelative(_ t: Tokens, _ i: Int) -> Match? {
        var best: Match?
        func consider(_ m: Match?) {
            if let m, m.end > (best?.end ?? i) { best = m }
        }
        consider(matchReference(t, i))
        consider(matchRelativeDay(t, i))
        consider(matchWeekday(t, i))
        consider(matchRelativeUnit(t, i))
        return best
    }

    /// The phrases of ``references`` by their first word.
    static let referencesByFirstWord: WordTable<[(words: [String], value: String)]> = WordTable(
        Dictionary(grouping: references.map { (words: $0.key, value: $0.value) }, by: { $0.words[0] }))

    private func matchReference(_ t: Tokens, _ i: Int) -> Match? {
        guard let first = t.word(i), let phrases = Self.referencesByFirstWord[first] else { return nil }
        // The longest phrase whose words are the words from `i` on: what looking up the words read so far in
        // ``references`` after each word finds (a mark or number ends the words), without an array of them.
        var best: Match?
        var bestLength = 0
        for phrase in phrases where phrase.words.count > bestLength
            && (1..<phrase.words.count).allSatisfy({ t.word(i + $0) == phrase.words[$0] }) {
            best = Match(end: i + phrase.words.count, type: .date, meaning: .reference(phrase.value))
            bestLength = phrase.words.count
        }
        // A sentence opening `Now,` is a discourse marker (`Now, the question is …`), not a time.
        if best?.end == i + 1, t.isWord(i, "now"), t[i]?.isCapitalized == true, t[i + 1]?.isMark(",") == true { return nil }
        if let m = best, t.isWord(i, "current") || t.isWord(i, "future"), m.end == i + 1 {
            // `current` / `future` as adjectives only when a noun follows, not in `current account` or `the future's`.
            guard let next = t[i + 1], next.kind == .word, !next.isCapitalized,
                  !["account", "accounts", "affairs", "events", "density", "of"].contains(next.base) else { return nil }
        }
        return best
    }

    /// `today`, `yesterday`, `tomorrow`, `tonight`, `last night`, `this morning`, `overnight`, `late yesterday`.
    private func matchRelativeDay(_ t: Tokens, _ i: Int) -> Match? {
        var j = i
        if let w = t.word(j), ["early", "late", "earlier", "later"].contains(w), t.word(j + 1) != nil { j += 1 }
        guard let w = t.word(j) else { return nil }
        var offset: Int
        var part: DayPart?
        if (w == "today" || w == "tomorrow"), isGenericDay(t, j) { return nil }
        // `overnight rates`, `overnight lending`: a term of money markets, not a night.
        if w == "overnight", t.word(j + 1).map(Self.overnightTerms.contains) == true { return nil }
        switch w {
        case "today": offset = 0
        case "yesterday": offset = -1
        case "tomorrow": offset = 1
        case "tonight": offset = 0; part = .night
        case "overnight": offset = 0; part = .night
        case "last" where t.isWord(j + 1, "night"): offset = -1; part = .night; j += 1
        case "this" where t.word(j + 1).flatMap({ TimexLexicon.dayParts[$0] }) != nil:
            offset = 0; part = TimexLexicon.dayParts[t.word(j + 1)!]; j += 1
        default: return nil
        }
        if part == nil, let p = t.word(j + 1).flatMap({ TimexLexicon.dayParts[$0] }) { part = p; j += 1 }
        return Match(end: j + 1, type: part == nil ? .date : .time, meaning: .relativeDay(offset: offset, part: part))
    }

    /// Nouns of money markets after `overnight` (`overnight rates`).
    static let overnightTerms: WordSet = [
        "rate", "rates", "lending", "loans", "loan", "repo", "repos", "interbank", "index", "deposit", "deposits", "funds",
        "swap", "swaps", "borrowing", "money",
    ]

    /// Nouns that make `today's` or `tomorrow's` mean an era, not a day: `today's world`, `tomorrow's leaders`.
    static let genericDayNouns: WordSet = [
        "world", "youth", "society", "generation", "young", "children", "kids", "teenagers", "economy", "technology",
        "standards", "culture", "politics", "families", "consumers", "workers", "women", "men", "leaders", "personal",
        "modern", "global", "media", "market", "marketplace", "students", "military", "army",
    ]

    /// Whether `today` or `tomorrow` at `j` is an era, not a day: `in today's world`, `the chips in today's personal
    /// computers`, `the people of tomorrow` (as TimeBank leaves them unannotated).
    private func isGenericDay(_ t: Tokens, _ j: Int) -> Bool {
        if let mark = t[j + 1], mark.isMark("'") || mark.isMark(scalar: "’"), t.attached(j + 1), t.isWord(j + 2, "s"),
           let noun = t.word(j + 3), Self.genericDayNouns.contains(noun) {
            return true
        }
        // `the people of tomorrow`, `the cars of tomorrow`: a noun, `of`, and nothing after but punctuation.
        return t.isWord(j, "tomorrow") && t.isWord(j - 1, "of") && t[j - 2]?.kind == .word && t[j + 1]?.kind != .word
    }

    /// `Wednesday`, `on Thursday night`, `last Friday`, `this coming Sunday`; not `the Sunday Times`.
    func matchWeekday(_ t: Tokens, _ i: Int) -> Match? {
        var j = i
        var shift: Int?
        if let w = t.word(j), let s = Self.weekdayShifts[w] {
            shift = s
            j += 1
            if w == "this", t.isWord(j, "coming") { shift = 1; j += 1 }
        }
        guard let token = t[j], token.kind == .word, token.isCapitalized, let weekday = TimexLexicon.weekdays[token.base]
        else { return nil }
        if let next = t[j + 1], next.kind == .word, next.isCapitalized, TimexLexicon.months[next.base] == nil,
           TimexLexicon.monthAbbreviations[next.base] == nil,
           ["times", "telegraph", "mirror", "express", "post", "night", "service", "mass"].contains(next.base)
            || t.isWord(j - 1, "the") || t.isWord(j - 1, "a") {
            return nil
        }
        var part: DayPart?
        if let p = t.word(j + 1).flatMap({ TimexLexicon.dayParts[$0] }) {
            part = p
            j += 1
        }
        // The part of day widens the expression, not its value (`2025-04-24`, as TimeBank mostly annotates it): a DATE;
        // but the evening stays on the value (`2025-04-24TEV`): a TIME.
        return Match(end: j + 1, type: part == .evening ? .time : .date, meaning: .weekday(weekday, part: part, shift: shift))
    }

    /// Whether a calendar match names a day (or starts with one: `March 2-3`).
    static func namesADay(_ meaning: TemporalMeaning) -> Bool {
        switch meaning {
        case .calendar(let spec), .range(let spec, _): return spec.month != nil && spec.day != nil
        default: return false
        }
    }

    /// `last week`, `this year`, `next month`, `earlier this month`, `the previous year`, `that year`, `the weekend`,
    /// `the week of March 6`.
    private func matchRelativeUnit(_ t: Tokens, _ i: Int) -> Match? {
        var j = i
        if let w = t.word(j), ["earlier", "later", "early", "late"].contains(w), !t.isWord(j + 1, "the") { j += 1 }
        if t.isWord(j, "the") {
            // `revenue for the year ended March 31`, `in the fiscal year ending June 30`: the twelve months a result
            // covers (TIMEX3 `P1Y`, as `the nine months ended Sept. 30` is `P9M`); the date it ends is its own timex.
            let u = fiscalYear(t, j + 1)
            if j == i, t.isWord(u, "year"), let w = t.word(u + 1), w == "ended" || w == "ending" {
                return Match(end: u + 1, type: .duration, meaning: .duration("P1Y"))
            }
            if let w = t.word(j + 1), let offset = Self.anaphoricYearOffsets[w],
               t.isWord(j + 2, "year") {
                return Match(end: j + 3, type: .date, meaning: .anaphoricYear(offset: offset))
            }
            if let w = t.word(j + 1), let offset = Self.anaphoricPeriodOffsets[w], let unit = t.word(j + 2),
               unit == "month" || unit == "week" {
                let meaning: TemporalMeaning = unit == "month" ? .anaphoricMonth(offset: offset) : .anaphoricWeek(offset: offset)
                return Match(end: j + 3, type: .date, meaning: meaning)
            }
            // `the week of March 6`, `the weekend of March 2-3`: the week of that day.
            if j == i, let unit = t.word(j + 1), unit == "week" || unit == "weekend", t.isWord(j + 2, "of"),
               let day = matchCalendar(t, j + 3), Self.namesADay(day.meaning) {
                return Match(end: day.end, type: .date, meaning: .weekOf(day.meaning, weekend: unit == "weekend"))
            }
            if t.isWord(j + 1, "weekend") { return Match(end: j + 2, type: .date, meaning: .relativeUnit(.weekend, offset: 0)) }
            if let w = t.word(j + 1), let offset = Self.anaphoricDayOffsets[w],
               t.isWord(j + 2, "day") {
                return Match(end: j + 3, type: .date, meaning: .anaphoricDay(offset: offset))
            }
            // `the day before yesterday`, `the day after tomorrow`.
            if t.isWord(j + 1, "day"), t.isWord(j + 2, "before") && t.isWord(j + 3, "yesterday")
                || t.isWord(j + 2, "after") && t.isWord(j + 3, "tomorrow") {
                return Match(end: j + 4, type: .date, meaning: .relativeDay(offset: t.isWord(j + 2, "before") ? -2 : 2, part: nil))
            }
            if t.isWord(j + 1, "day"), let w = t.word(j + 2), w == "before" || w == "after", t[j + 3]?.kind != .word {
                return Match(end: j + 3, type: .date, meaning: .anaphoricDay(offset: w == "before" ? -1 : 1))
            }
            if j == i, let m = dayBeside(t, i) { return m }
            if j == i, let end = yearUnderDiscussion(t, i) {
                return Match(end: end, type: .date, meaning: .yearUnderDiscussion)
            }
            // `over the next decade`, like `the past decade`: ten years, not the 2020s.
            if t.isWord(j + 1, "next"), t.isWord(j + 2, "decade") {
                return Match(end: j + 3, type: .duration, meaning: .duration("P10Y"))
            }
            if let w = t.word(j + 1), let offset = Self.definiteUnitOffsets[w] {
                let u = fiscalYear(t, j + 2)
                if let unit = t.word(u).flatMap({ TimexLexicon.units[$0] }), !t.word(u)!.hasSuffix("s"), unit != .quarter {
                    if unit == .decade { return Match(end: u + 1, type: .duration, meaning: .duration("P10Y")) }
                    return Match(end: u + 1, type: .date, meaning: .relativeUnit(unit, offset: offset))
                }
            }
            return nil
        }
        if t.isWord(j, "that"), t.isWord(j + 1, "year") {
            return Match(end: j + 2, type: .date, meaning: .anaphoricYear(offset: 0))
        }
        if t.isWord(j, "that") {
            let k = t.isWord(j + 1, "same") ? j + 2 : j + 1
            if t.isWord(k, "day") { return Match(end: k + 1, type: .date, meaning: .anaphoricDay(offset: 0)) }
            if t.isWord(k, "month") { return Match(end: k + 1, type: .date, meaning: .anaphoricMonth(offset: 0)) }
            if t.isWord(k, "week") { return Match(end: k + 1, type: .date, meaning: .anaphoricWeek(offset: 0)) }
        }
        // `earlier in the year`, `later in the month`: of the current one, as `earlier this year`.
        if j > i, t.isWord(j, "in"), t.isWord(j + 1, "the"), let unitWord = t.word(j + 2),
           let unit = TimexLexicon.units[unitWord], [.year, .month, .week].contains(unit), !t.isWord(j + 3, "of") {
            return Match(end: j + 3, type: .date, meaning: .relativeUnit(unit, offset: 0))
        }
        guard let w = t.word(j), var offset = Self.unitOffsets[w] else { return nil }
        var u = fiscalYear(t, j + 1)
        // `this past weekend`, `this past week`: the one just gone.
        if w == "this", t.isWord(j + 1, "past") {
            offset = -1
            u = j + 2
        }
        guard let unitWord = t.word(u), let unit = TimexLexicon.units[unitWord], !unitWord.hasSuffix("s") else { return nil }
        if w == "past" && j == i { return nil }
        return Match(end: u + 1, type: .date, meaning: .relativeUnit(unit, offset: offset))
    }

    /// The index of the unit after `fiscal` in `this fiscal year`, `the current fiscal year` (a year, as TIMEX3 writes
    /// fiscal years); `i` itself otherwise.
    private func fiscalYear(_ t: Tokens, _ i: Int) -> Int {
        t.isWord(i, "fiscal") && t.isWord(i + 1, "year") ? i + 1 : i
    }

    // MARK: - Clock times: `10 p.m. Wednesday`, `noon Thursday`, `10:35 a.m.`, `1900 GMT`

    /// Time zones written after a clock time.
    static let clockZones: WordSet = ["gmt", "utc", "est", "edt", "cst", "pst", "cet", "eet", "bst"]

    /// A clock time with an optional day after it.
    func matchClock(_ t: Tokens, _ i: Int) -> Match? {
        var j = i
        var hour: Int
        var minute = 0
        if let w = t.word(j), w == "noon" || w == "midday" || w == "midnight" {
            // `High Noon`, `high noon comes today`: the showdown, not a clock time.
            if w == "noon", t.isWord(j - 1, "high") { return nil }
            hour = w == "midnight" ? 24 : 12
            j += 1
        } else if let token = t[j], token.kind == .number, token.suffix.isEmpty, token.base.count == 4, let hhmm = token.integer,
                  hhmm / 100 < 24, hhmm % 100 < 60, t[j - 1]?.isMark("(") != true,
                  t.word(j + 1).map({ Self.clockZones.contains($0) || $0 == "local" && t.isWord(j + 2, "time") }) == true {
            // `1900 GMT`, `1430 local time`: wire services' 24-hour clock; not a restatement in brackets (`3:40 a.m.
            // local time (0040 GMT)`), the same time on another clock.
            hour = hhmm / 100
            minute = hhmm % 100
            j += 1
        } else {
            guard let token = t[j], token.kind == .number, token.suffix.isEmpty, let h = token.integer, (0...24).contains(h)
            else { return nil }
            hour = h
            j += 1
            var hasMinutes = false
            if t[j]?.isMark(":") == true, t.attached(j), let m = t[j + 1], t.attached(j + 1), m.base.count == 2,
               let mm = m.integer, mm < 60 {
                minute = mm
                hasMinutes = true
                j += 2
            }
            if let w = t.word(j), w == "a" || w == "p", t[j + 1]?.isMark(".") == true, t.isWord(j + 2, "m") {
                hour = w == "p" && hour < 12 ? hour + 12 : (w == "a" && hour == 12 ? 0 : hour)
                j += 3
                if t[j]?.isMark(".") == true, t[j + 1] != nil { j += 1 }
            } else if let w = t.word(j), w == "am" || w == "pm", t.attached(j) || t[j]?.isCapitalized == false {
                hour = w == "pm" && hour < 12 ? hour + 12 : hour
                j += 1
            } else if !(hasMinutes && (t.word(j).map { ["gmt", "utc", "local", "est", "edt", "cet"].contains($0) } ?? false
                                        || t.isWord(i - 1, "at"))) {
                return nil
            }
        }
        if let w = t.word(j), Self.clockZones.contains(w) { j += 1 }
        if t.isWord(j, "local"), t.isWord(j + 1, "time") { j += 2 }
        var day: TemporalMeaning?
        let k = t[j]?.isMark(",") == true ? j + 1 : j
        if let m = matchRelative(t, k) ?? matchCalendar(t, k), case .calendar(let spec) = m.meaning, spec.day != nil {
            day = m.meaning
            j = m.end
        } else if let m = matchRelative(t, k) {
            switch m.meaning {
            case .weekday, .relativeDay: day = m.meaning; j = m.end
            default: break
            }
        } else if let after = Self.dayAfterClock(t, j), let m = matchRelative(t, after) ?? matchCalendar(t, after) {
            // `3 a.m. on Sunday`, `10:35 a.m. (0735 GMT) Friday`: the day is its own expression, but the time is on it.
            switch m.meaning {
            case .weekday, .relativeDay: day = m.meaning
            case .calendar(let spec) where spec.day != nil: day = m.meaning
            default: break
            }
        }
        // Midnight is the end of its day, `T24:00`, as ISO 8601 and TIMEX3 write it (`midnight Friday`).
        return Match(end: j, type: .time, meaning: .clock(hour: hour, minute: minute, day: day))
    }

    /// Where the day a clock time is on may start after it: past `on` (`3 a.m. on Sunday`), past the same time on
    /// another clock in brackets (`10:35 a.m. (0735 GMT) Friday`, `at 5 a.m. (0200 GMT) on Monday`). Nil otherwise.
    static func dayAfterClock(_ t: Tokens, _ j: Int) -> Int? {
        var k = j
        if t[k]?.isMark("(") == true {
            guard let close = (k + 1...k + 4).first(where: { t[$0]?.isMark(")") == true }) else { return nil }
            k = close + 1
            if !t.isWord(k, "on") { return k }
        }
        return t.isWord(k, "on") ? k + 1 : nil
    }
}
