// MARK: - Periods and named days: quarters, halves, seasons, centuries, holidays, spelled-out years

extension TimexRecognizer {
    /// Whether the word at `i` is followed by a possessive `'s` (`year's`: `year`, `'`, `s`).
    private func isPossessive(_ t: Tokens, _ i: Int) -> Bool {
        guard let mark = t[i + 1], mark.isMark("'") || mark.isMark(scalar: "’"), t.attached(i + 1), t.isWord(i + 2, "s") else { return false }
        return t.attached(i + 2)
    }

    /// A period compared with a year back: `year-earlier profit`, `the year-ago quarter`, `the comparable year-ago
    /// period`, `last year's quarter`, `the corresponding period last year`, `the same quarter a year ago`.
    func matchComparedPeriod(_ t: Tokens, _ i: Int) -> Match? {
        let compared = Match(end: i, type: .date, meaning: .shifted(.year, offset: -1, fromNow: false))
        func ending(at end: Int) -> Match { Match(end: end, type: compared.type, meaning: compared.meaning) }
        func isPeriod(_ k: Int) -> Bool { t.isWord(k, "quarter") || t.isWord(k, "period") }
        // `year-earlier`, `year-ago` at `k`.
        func isYearBack(_ k: Int) -> Bool {
            t.isWord(k, "year") && t.isJoiningDash(k + 1) && (t.isWord(k + 2, "earlier") || t.isWord(k + 2, "ago"))
        }
        if isYearBack(i) {
            // Not in `the year-earlier nine months`, a duration.
            if t.word(i + 3).flatMap({ TimexLexicon.numbers[$0] }) != nil, t.word(i + 4).flatMap({ TimexLexicon.units[$0] }) != nil {
                return nil
            }
            return ending(at: isPeriod(i + 3) ? i + 4 : i + 3)
        }
        if t.isWord(i, "last"), t.isWord(i + 1, "year"), isPossessive(t, i + 1), isPeriod(i + 4) { return ending(at: i + 5) }
        guard t.isWord(i, "the") else { return nil }
        var k = i + 1
        var adjective = false
        if let w = t.word(k), w == "comparable" || w == "corresponding" || w == "same" { k += 1; adjective = true }
        if isYearBack(k), isPeriod(k + 3) { return ending(at: k + 4) }
        guard adjective, isPeriod(k) else { return nil }
        let m = t.isWord(k + 1, "of") || t.isWord(k + 1, "in") ? k + 2 : k + 1
        if t.isWord(m, "last"), t.isWord(m + 1, "year") { return ending(at: m + 2) }
        if let a = t.word(m), a == "a" || a == "one", t.isWord(m + 1, "year"), let w = t.word(m + 2), w == "ago" || w == "earlier" {
            return ending(at: m + 3)
        }
        return nil
    }

    /// `the third quarter`, `third-quarter`, `the fourth quarter of 2024`, `the first half of 2025`, `next year's first
    /// quarter`, `the year-ago third quarter`, `the 1988 quarter`, `the latest period`.
    func matchQuarter(_ t: Tokens, _ i: Int) -> Match? {
        var j = i
        var statedYear: Int?
        var yearOffset: Int?
        var yearShift: Int?
        if let w = t.word(j), let offset = Self.yearOffsets[w], t.isWord(j + 1, "year"), isPossessive(t, j + 1) {
            // `next year's first quarter`.
            yearOffset = offset
            j += 4
        } else if t.isWord(j, "the") || t.isWord(j, "this") {
            // `the quarter`, `the latest quarter` (the last one completed), `the current quarter`, `this quarter`.
            var k = j + 1
            var offset = t.isWord(j, "this") ? 0 : -1
            if let w = t.word(k), ["latest", "current", "most"].contains(w) {
                if w == "current" { offset = 0 }
                k += w == "most" && t.isWord(k + 1, "recent") ? 2 : 1
            }
            // `the latest period` of a results report is its latest quarter.
            if t.isWord(k, "quarter") || t.isWord(k, "period") && k > j + 1 && t.isWord(k - 1, "latest"),
               !t.isWord(k + 1, "of"), t[k + 1]?.isDash != true {
                return Match(end: k + 1, type: .date, meaning: .relativeUnit(.quarter, offset: offset))
            }
            if let w = t.word(k), w == "comparable" || w == "corresponding" || w == "same", t.isWord(k + 1, "year") { k += 1 }
            if t.isWord(k, "year"), t.isJoiningDash(k + 1), let w = t.word(k + 2), w == "earlier" || w == "ago" {
                // `the year-ago third quarter`, `the comparable year-earlier fourth quarter`: that quarter, a year back.
                yearShift = -1
                j = k + 3
            } else {
                j += 1
                if let year = yearAt(t, j, cued: true) {
                    statedYear = year
                    j += 1
                    // `the 1988 quarter`, `the 1989 period`: the period under discussion, in that year.
                    if let noun = t.word(j), noun == "quarter" || noun == "period", !t.isWord(j + 1, "of"), t[j + 1]?.isDash != true {
                        return Match(end: j + 1, type: .date, meaning: .periodOfYear(year))
                    }
                }
            }
        }
        if t.isWord(j, "fiscal") { j += 1 }
        guard let w = t.word(j), let n = TimexLexicon.ordinals[w] else { return nil }
        j += 1
        if t[j]?.isDash == true { j += 1 }
        let isQuarter = t.isWord(j, "quarter") && n <= 4
        let isHalf = t.isWord(j, "half") && n <= 2
        guard isQuarter || isHalf else { return nil }
        j += 1
        var spec = CalendarSpec(year: statedYear, quarter: isQuarter ? n : nil, half: isHalf ? n : nil)
        spec.yearOffset = yearOffset
        spec.yearShift = yearShift
        let k = t.isWord(j, "of") ? j + 1 : j
        if spec.year != nil || spec.yearOffset != nil {
        } else if let year = yearAt(t, k, cued: true) {
            spec.year = year
            j = k + 1
        } else if t.isWord(k, "this") || t.isWord(k, "last") || t.isWord(k, "next"), t.isWord(k + 1, "year"), k > j {
            spec.yearOffset = Self.yearOffsets[t.word(k)!]
            j = k + 2
        } else if isHalf {
            return nil
        }
        return Match(end: j, type: .date, meaning: .calendar(spec))
    }

    /// `this summer`, `last fall`, `the winter of 1994`, `summer 2024`.
    func matchSeason(_ t: Tokens, _ i: Int, direction: Int?) -> Match? {
        var j = i
        var cued = direction != nil
        if direction == nil, t.isWord(j, "the") || t.isWord(j, "early") || t.isWord(j, "late") { j += 1; cued = true }
        // `the early summer`, `the late autumn`.
        if j == i + 1, t.isWord(i, "the"), let w = t.word(j), w == "early" || w == "late" { j += 1 }
        guard let w = t.word(j), let season = TimexLexicon.seasons[w] else { return nil }
        // `by autumn`, `in spring`: a preposition of time makes a bare season a date (not `fall`, more often a drop).
        if !cued, w != "fall", let before = t.word(i - 1), Self.seasonCues.contains(before) { cued = true }
        j += 1
        var spec = CalendarSpec(season: season, direction: direction)
        let k = t.isWord(j, "of") ? j + 1 : j
        if let year = yearAt(t, k, cued: true) {
            spec.year = year
            j = k + 1
        } else if let spelled = matchSpelledYear(t, k), case .calendar(let yearSpec) = spelled.meaning {
            // `the winter of nineteen ninety-four`.
            spec.year = yearSpec.year
            j = spelled.end
        } else if !cued {
            return nil
        }
        return Match(end: j, type: .date, meaning: .calendar(spec))
    }

    /// `the 20th century`, `the twentieth century`.
    func matchCentury(_ t: Tokens, _ i: Int) -> Match? {
        var j = i
        if t.isWord(j, "the") { j += 1 }
        var n: Int?
        if let token = t[j], token.kind == .number, ["st", "nd", "rd", "th"].contains(token.suffix) { n = token.integer }
        if let w = t.word(j), let o = TimexLexicon.ordinals[w] { n = o }
        guard let n, t.isWord(j + 1, "century"), (1...21).contains(n) else { return nil }
        return Match(end: j + 2, type: .date, meaning: .calendar(CalendarSpec(century: n - 1)))
    }

    /// Fixed-date holidays, Thanksgiving and the US holidays set by a weekday of the month (`Labor Day`, `Election Day`,
    /// resolved by the normalizer's year).
    func matchHoliday(_ t: Tokens, _ i: Int) -> Match? {
        guard let token = t[i], token.isCapitalized, let w = t.word(i) else { return nil }
        var spec: CalendarSpec
        var end = i + 1
        switch w {
        case "christmas":
            spec = CalendarSpec(month: 12, day: 25)
            if t.isWord(i + 1, "eve") { spec.day = 24; end += 1 } else if t.isWord(i + 1, "day") { end += 1 }
        case "new" where t.isWord(i + 1, "year") && t[i + 1]?.text.lowercased().hasPrefix("year") == true:
            guard t[i + 2]?.isMark("'") == true || t[i + 2]?.isMark(scalar: "’") == true, t.isWord(i + 3, "s"),
                  let last = t.word(i + 4), last == "day" || last == "eve" else { return nil }
            spec = last == "day" ? CalendarSpec(month: 1, day: 1) : CalendarSpec(month: 12, day: 31)
            end = i + 5
        case "thanksgiving":
            spec = CalendarSpec(month: 11, nthWeekday: NthWeekday(ordinal: 4, weekday: 4))
            if t.isWord(i + 1, "day") { end += 1 }
        case "easter":
            // Easter and the days counted from it take their date from the year (the month only places the year).
            spec = CalendarSpec(month: 4, easterOffset: 0)
            if t.isWord(i + 1, "sunday") { end += 1 } else if t.isWord(i + 1, "monday") { spec.easterOffset = 1; end += 1 }
            // `Easter week`, `the Easter holidays`: a period around the day, not the day.
            if let next = t.word(i + 1), ["week", "weekend", "holiday", "holidays", "season", "break", "recess"].contains(next) {
                return nil
            }
        case "good", "palm", "holy", "maundy", "ash":
            guard let next = t[i + 1], next.isCapitalized, let offset = Self.easterDays[w + " " + next.base] else { return nil }
            spec = CalendarSpec(month: offset < -40 ? 3 : 4, easterOffset: offset)
            end += 1
        default:
            // Both words capitalized: `Labor Day`, `Election Day`, not `on election day` in another country.
            guard let next = t[i + 1], next.isCapitalized, let s = Self.weekdayHolidays[w + " " + next.base] else { return nil }
            spec = s
            end += 1
        }
        let k = t[end]?.isMark(",") == true ? end + 1 : end
        if let year = yearAt(t, k, cued: true) { spec.year = year; end = k + 1 }
        return Match(end: end, type: .date, meaning: .calendar(spec))
    }

    /// US holidays set by a weekday of their month; `Veterans Day` keeps its date.
    static let weekdayHolidays: [String: CalendarSpec] = [
        "labor day": CalendarSpec(month: 9, nthWeekday: NthWeekday(ordinal: 1, weekday: 1)),
        "memorial day": CalendarSpec(month: 5, nthWeekday: NthWeekday(ordinal: -1, weekday: 1)),
        "columbus day": CalendarSpec(month: 10, nthWeekday: NthWeekday(ordinal: 2, weekday: 1)),
        // The Tuesday after the first Monday of November.
        "election day": CalendarSpec(month: 11, nthWeekday: NthWeekday(ordinal: 1, weekday: 1, offset: 1)),
        "veterans day": CalendarSpec(month: 11, day: 11),
    ]

    /// Days of the Easter cycle, counted from Easter Sunday.
    static let easterDays: [String: Int] = [
        "good friday": -2, "palm sunday": -7, "holy thursday": -3, "maundy thursday": -3, "ash wednesday": -46,
    ]

    /// `nineteen ninety-six`, `nineteen seventy-nine` (as broadcast transcripts write years).
    func matchSpelledYear(_ t: Tokens, _ i: Int) -> Match? {
        guard let w = t.word(i), let century = Self.spelledCenturies[w],
              let tens = t.word(i + 1).flatMap({ TimexLexicon.numbers[$0] }), (20...90).contains(tens), tens % 10 == 0
        else { return nil }
        var end = i + 2
        var year = century * 100 + tens
        let k = t.isJoiningDash(end) ? end + 1 : end
        if let unit = t.word(k).flatMap({ TimexLexicon.numbers[$0] }), (1...9).contains(unit), !t.isWord(k, "a"), !t.isWord(k, "an") {
            year += unit
            end = k + 1
        }
        return Match(end: end, type: .date, meaning: .calendar(CalendarSpec(year: year)))
    }
}
