// MARK: - Calendar dates: `April 24, 2025`, `24 April`, `April 1-24`, `April`, `2014`, `the 1990s`

extension TimexRecognizer {
    /// Words that, before a bare month name, make `May` or `March` a month rather than a verb or a noun.
    static let monthCues: WordSet = [
        "in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "of", "from", "to",
        "between", "and", "through", "during", "before", "after", "or", "until", "around", "throughout", "that",
        // `the May elections`, `the March accession`: a capitalized month after `the` modifies a noun.
        "the",
    ]

    /// A calendar date, with its leading modifiers (`early`, `mid-`, `the end of`, `the first half of`).
    func matchCalendar(_ t: Tokens, _ i: Int) -> Match? {
        var j = i
        var half: Int?
        if t.isWord(j, "the"), let w = t.word(j + 1), ["end", "beginning", "start", "middle", "close"].contains(w),
           t.isWord(j + 2, "of") {
            j += 3
            // `the end of the year`, `the start of the month`: of the current one.
            if t.isWord(j, "the") || t.isWord(j, "this"), let unit = t.word(j + 1).flatMap({ TimexLexicon.units[$0] }),
               [.year, .month, .week].contains(unit), !t.isWord(j + 2, "of") {
                return Match(end: j + 2, type: .date, meaning: .relativeUnit(unit, offset: 0))
            }
        } else if t.isWord(j, "the"), let w = t.word(j + 1), let n = Self.halfOrdinals[w], t.isWord(j + 2, "half"),
                  t.isWord(j + 3, "of") {
            j += 4
            half = n
        } else if t.isWord(j, "the"), let w = t.word(j + 1), let n = Self.halfOrdinals[w], t.isWord(j + 2, "two"),
                  t.isWord(j + 3, "quarters"), t.isWord(j + 4, "of") {
            // `the first two quarters of 1990` is its first half.
            j += 5
            half = n
        } else if let w = t.word(j), ["early", "late", "mid"].contains(w) {
            j += t[j + 1]?.isDash == true && t.attached(j + 1) ? 2 : 1
        }
        // `the first half of the year`, `the second half of next year`: a half of a year relative to the anchor.
        if let half, let w = t.word(j), w == "the" || Self.yearOffsets[w] != nil, t.isWord(j + 1, "year"), !t.isWord(j + 2, "of") {
            let spec = CalendarSpec(half: half, yearOffset: w == "the" ? 0 : Self.yearOffsets[w])
            return Match(end: j + 2, type: .date, meaning: .calendar(spec))
        }
        guard var match = matchCoreCalendar(t, j, modified: j > i) else { return nil }
        if let half, case .calendar(var spec) = match.meaning, spec.year != nil || spec.yearOffset != nil, spec.month == nil {
            spec.half = half
            match.meaning = .calendar(spec)
        }
        return match
    }

    private func matchCoreCalendar(_ t: Tokens, _ i: Int, modified: Bool) -> Match? {
        var j = i
        var direction: Int?
        // `next year's first quarter`: a period of a year given relative to the anchor; `last year's quarter`.
        if let m = matchComparedPeriod(t, j) { return m }
        if t.isWord(j + 1, "year"), let m = matchQuarter(t, j) { return m }
        if let w = t.word(j), let d = Self.calendarDirections[w] {
            direction = d
            j += 1
        } else if let w = t.word(j), TimexLexicon.weekdays[w] != nil, t[j]?.isCapitalized == true {
            // `Saturday, April 25`: the weekday is part of the date.
            let k = t[j + 1]?.isMark(",") == true ? j + 2 : j + 1
            if monthAt(t, k) != nil, let m = matchMonthDate(t, k, direction: nil, modified: true), m.end > k + 1 { return m }
        }
        if monthAt(t, j) != nil { return matchMonthDate(t, j, direction: direction, modified: modified || direction != nil) }
        if direction != nil { return matchSeason(t, j, direction: direction) }
        // `briefly held Goma that November`: that month of the year the text last named.
        if t.isWord(j, "that"), t[j + 1]?.isCapitalized == true, TimexLexicon.months[t.word(j + 1) ?? ""] != nil,
           let m = matchMonthDate(t, j + 1, direction: nil, modified: true), m.end == j + 2,
           case .calendar(var spec) = m.meaning {
            spec.referenceYearOffset = 0
            return Match(end: m.end, type: .date, meaning: .calendar(spec))
        }
        if let m = matchDayMonth(t, j) { return m }
        if let m = matchSecondDay(t, j) { return m }
        if let m = matchDecade(t, j) { return m }
        if let m = matchQuarter(t, j) { return m }
        if let m = matchSeason(t, j, direction: nil) { return m }
        if let m = matchCentury(t, j) { return m }
        if t.isWord(j, "fiscal") || t.isWord(j, "post") || t.isWord(j, "pre") {
            let k = t[j + 1]?.isDash == true ? j + 2 : j + 1
            if let year = yearAt(t, k, cued: true) { return Match(end: k + 1, type: .date, meaning: .calendar(CalendarSpec(year: year))) }
        }
        if let m = matchSpelledYear(t, j) { return m }
        if let m = matchHoliday(t, j) { return m }
        return matchYear(t, j, cued: modified)
    }

    /// Month number of a month name (capitalized) or abbreviation (capitalized, `Sept.`) at `i`.
    func monthAt(_ t: Tokens, _ i: Int) -> Int? {
        guard let token = t[i], token.kind == .word, token.isCapitalized else { return nil }
        return TimexLexicon.months[token.base] ?? TimexLexicon.monthAbbreviations[token.base]
    }

    /// The last day of `from April 6 to 11` / `between May 10 and 20`, for the month at `i` and its day before `joint`:
    /// a bare day after `to`/`through`/`and`, with nothing after it that makes it a count or a clock (`to 11 percent`,
    /// `to 11 p.m.`, `to 11 May`). Nil otherwise.
    private func lastDayOfASpan(_ t: Tokens, from i: Int, joint: Int) -> Int? {
        guard let lead = t.word(i - 1), let w = t.word(joint),
              lead == "from" && (w == "to" || w == "through" || w == "until") || lead == "between" && w == "and",
              let last = dayAt(t, joint + 1), t[joint + 1]?.suffix.isEmpty == true else { return nil }
        guard let after = t[joint + 2] else { return last }
        if after.kind == .punctuation { return after.isMark(":") ? nil : last }
        return after.kind == .number && yearAt(t, joint + 2, cued: true) != nil
            || after.isWord(["in", "at", "of", "and", "when", "as", "before", "after", "this", "last", "next"]) ? last : nil
    }

    /// `April 24, 2025`, `Sept. 30`, `April 1-24 of this year`, `July 1997`, `January this year`, `April`.
    private func matchMonthDate(_ t: Tokens, _ i: Int, direction: Int?, modified: Bool) -> Match? {
        guard let month = monthAt(t, i), let token = t[i] else { return nil }
        let abbreviated = TimexLexicon.months[token.base] == nil
        var j = i + 1
        if abbreviated, t[j]?.isMark(".") == true { j += 1 }
        var spec = CalendarSpec(month: month, direction: direction)
        var endSpec: CalendarSpec?
        if let day = dayAt(t, j) {
            spec.day = day
            j += 1
            if t.isJoiningDash(j), let last = dayAt(t, j + 1), last > day {
                endSpec = CalendarSpec(month: month, day: last)
                j += 2
            } else if let last = lastDayOfASpan(t, from: i, joint: j), last > day {
                // `from April 6 to 11`, `between May 10 and 20`.
                endSpec = CalendarSpec(month: month, day: last)
                j += 2
            }
            let k = t[j]?.isMark(",") == true ? j + 1 : j
            if let year = yearAt(t, k, cued: true) {
                spec.year = year
                j = k + 1
            }
        } else if let year = yearAt(t, t[j]?.isMark(",") == true ? j + 1 : (t.isWord(j, "of") ? j + 1 : j), cued: true) {
            j = (t[j]?.isMark(",") == true || t.isWord(j, "of")) ? j + 2 : j + 1
            spec.year = year
        } else if !abbreviated, let spelled = matchSpelledYear(t, j), case .calendar(let yearSpec) = spelled.meaning {
            // `January nineteen ninety-seven`, as broadcast transcripts write it.
            spec.year = yearSpec.year
            j = spelled.end
        } else if abbreviated {
            return nil
        } else if !modified && !isBareMonth(t, i) {
            return nil
        }
        if spec.year == nil, spec.direction == nil {
            let k = t.isWord(j, "of") ? j + 1 : j
            if let w = t.word(k), let offset = Self.yearOffsets[w], t.isWord(k + 1, "year") {
                spec.yearOffset = offset
                j = k + 2
            } else if t.isWord(k, "that"), t.isWord(k + 1, "year") {
                // `March of that year`: in the year the text last named.
                spec.referenceYearOffset = 0
                j = k + 2
            } else if t.isWord(k, "the"), let w = t.word(k + 1), let offset = Self.anaphoricYearOffsets[w], t.isWord(k + 2, "year") {
                // `June the following year`, `December of the same year`.
                spec.referenceYearOffset = offset
                j = k + 3
            }
        }
        if var endSpec {
            endSpec.year = spec.year
            endSpec.yearOffset = spec.yearOffset
            return Match(end: j, type: .date, meaning: .range(spec, endSpec))
        }
        return Match(end: j, type: .date, meaning: .calendar(spec))
    }

    /// Whether a month name standing alone is a month: `May` and `March` need a cue word before them.
    private func isBareMonth(_ t: Tokens, _ i: Int) -> Bool {
        guard let base = t.word(i) else { return false }
        let previous = t[i - 1]
        if base == "may" || base == "march" {
            guard let previous else { return false }
            return previous.kind == .word && Self.monthCues.contains(previous.base) || previous.isDash
        }
        if previous == nil, let next = t[i + 1], next.kind == .word, next.isCapitalized { return false }
        return true
    }

    /// A day of the month (1–31, `24th`) that is not the start of a time, a ratio or a larger number.
    func dayAt(_ t: Tokens, _ i: Int) -> Int? {
        guard let token = t[i], token.kind == .number, let n = token.integer, (1...31).contains(n),
              ["", "st", "nd", "rd", "th"].contains(token.suffix) else { return nil }
        if let next = t[i + 1], t.attached(i + 1), next.isMark("%") || next.isMark(":") && t[i + 2]?.kind == .number && t.attached(i + 2) {
            return nil
        }
        return n
    }

    /// The second day of `April 24 and 25`, `March 3 or 4`: the month of the day before it.
    private func matchSecondDay(_ t: Tokens, _ i: Int) -> Match? {
        guard let day = dayAt(t, i), let joint = t.word(i - 1), joint == "and" || joint == "or",
              let first = dayAt(t, i - 2), first < day else { return nil }
        let m = t[i - 3]?.isMark(".") == true ? i - 4 : i - 3
        guard let month = monthAt(t, m) else { return nil }
        // `on April 24 and 25 people died`: a count, not a day.
        if let next = t[i + 1], next.kind == .word, !next.isCapitalized,
           !["in", "at", "of", "to", "and", "or", "when", "as", "after", "before", "during"].contains(next.base) { return nil }
        var spec = CalendarSpec(month: month, day: day)
        let k = t[i + 1]?.isMark(",") == true ? i + 2 : i + 1
        if let year = yearAt(t, k, cued: true) {
            spec.year = year
            return Match(end: k + 1, type: .date, meaning: .calendar(spec))
        }
        return Match(end: i + 1, type: .date, meaning: .calendar(spec))
    }

    /// `24 April 2025`, `the 24th of April`.
    private func matchDayMonth(_ t: Tokens, _ i: Int) -> Match? {
        var j = i
        if t.isWord(j, "the"), t[j + 1]?.suffix.isEmpty == false { j += 1 }
        guard let day = dayAt(t, j) else { return nil }
        var k = j + 1
        // `24-25 April`: a range of days before the month.
        var lastDay: Int?
        if t.isJoiningDash(k), let last = dayAt(t, k + 1), last > day {
            lastDay = last
            k += 2
        }
        if t.isWord(k, "of") { k += 1 }
        guard let month = monthAt(t, k), TimexLexicon.months[t[k]!.base] != nil || t[k + 1]?.isMark(".") == true else { return nil }
        k += TimexLexicon.months[t[k]!.base] == nil ? 2 : 1
        var spec = CalendarSpec(month: month, day: day)
        if let year = yearAt(t, t[k]?.isMark(",") == true ? k + 1 : k, cued: true) {
            spec.year = year
            k = t[k]?.isMark(",") == true ? k + 2 : k + 1
        }
        if let lastDay {
            return Match(end: k, type: .date, meaning: .range(spec, CalendarSpec(year: spec.year, month: month, day: lastDay)))
        }
        return Match(end: k, type: .date, meaning: .calendar(spec))
    }

    /// A bare year (`2014`), an ISO date (`2025-04-24`), or a range of years written with a dash (`2014-2022`, `2014-22`).
    private func matchYear(_ t: Tokens, _ i: Int, cued: Bool) -> Match? {
        if let token = t[i], token.kind == .number, token.base.count == 4, let year = token.integer, (1000...2100).contains(year),
           t.isJoiningDash(i + 1), let m = t[i + 2], m.base.count == 2, let month = m.integer, (1...12).contains(month),
           t.isJoiningDash(i + 3), let d = t[i + 4], d.base.count == 2, d.suffix.isEmpty, let day = d.integer, (1...31).contains(day) {
            return Match(end: i + 5, type: .date, meaning: .calendar(CalendarSpec(year: year, month: month, day: day)))
        }
        guard let year = yearAt(t, i, cued: cued || (t.word(i - 1).map(TimexLexicon.yearCues.contains) ?? false)) else {
            return nil
        }
        // A group of digits among other digit groups is a phone number or a code: `+380 44 256 2020`.
        if t[i - 1]?.kind == .number || t[i + 1]?.kind == .number && !t.isJoiningDash(i + 1) { return nil }
        if t.isJoiningDash(i + 1), let next = t[i + 2], next.kind == .number, let n = next.integer, next.suffix.isEmpty {
            let last = next.base.count == 2 ? year / 100 * 100 + n : n
            if last > year, last - year < 100, next.base.count == 2 || next.base.count == 4 {
                return Match(end: i + 3, type: .date, meaning: .range(CalendarSpec(year: year), CalendarSpec(year: last)))
            }
            return nil
        }
        return Match(end: i + 1, type: .date, meaning: .calendar(CalendarSpec(year: year)))
    }

    /// Words after a four-digit number that make it a count, a measure or a clock time (`2014 people`, `1900 GMT`).
    static let notAfterAYear: WordSet = [
        "percent", "per", "km", "kilometers", "kilometres", "miles", "meters", "metres", "tons", "tonnes", "dollars",
        "euros", "people", "troops", "soldiers", "civilians", "gmt", "utc", "cet", "est", "edt", "hrs", "hours", "local",
    ]

    /// The year written at `i`, if the number there reads as a year rather than a count, a code or a model name.
    func yearAt(_ t: Tokens, _ i: Int, cued: Bool) -> Int? {
        guard let token = t[i], token.kind == .number, token.suffix.isEmpty, let year = token.integer,
              token.base.count == 4, (1000...2100).contains(year) else { return nil }
        if !cued && !(1900...2100).contains(year) { return nil }
        if let previous = t[i - 1] {
            if previous.isDash, t.attached(i), let before = t[i - 2], t.attached(i - 1),
               before.kind == .number || (before.kind == .word && !["mid", "post", "pre"].contains(before.base)) { return nil }
            if ["$", "€", "£", "#", ":", "/", "."].contains(previous.text) && t.attached(i) { return nil }
            if previous.kind == .word, ["no", "number", "route", "flight", "model", "room"].contains(previous.base) { return nil }
        }
        if let next = t[i + 1] {
            if t.attached(i + 1), next.isMark(":") || next.isMark("%") || next.isMark("/") { return nil }
            if next.isWord(Self.notAfterAYear) { return nil }
            if next.isDash, t.attached(i + 1), let after = t[i + 2], after.kind == .number, after.base.count != 2 && after.base.count != 4 {
                return nil
            }
            if !cued, next.kind == .word, !next.isCapitalized, next.base.hasSuffix("s"),
               !["was", "is", "has", "as", "this", "its", "his", "thus", "us", "s"].contains(next.base),
               t.word(i - 1) == nil || !(TimexLexicon.yearCues.contains(t.word(i - 1)!)) { return nil }
        }
        return year
    }

    /// `the 1990s`, `1990s`, `the early 1980s`, `the mid-1990s`, `the '80s`.
    private func matchDecade(_ t: Tokens, _ i: Int) -> Match? {
        var j = i
        if t.isWord(j, "the") { j += 1 }
        if let w = t.word(j), ["early", "late", "mid"].contains(w) { j += t[j + 1]?.isDash == true ? 2 : 1 }
        if t[j]?.isMark("'") == true || t[j]?.isMark(scalar: "’") == true { j += 1 }
        // `the nineties`, `the late sixties`: a spelled decade of the 20th century (not `twenties`, which may be either).
        if j > i, t.isWord(i, "the"), let w = t.word(j), let n = Self.spelledDecades[w] {
            return Match(end: j + 1, type: .date, meaning: .calendar(CalendarSpec(decade: 190 + n)))
        }
        guard let token = t[j], token.kind == .number, token.suffix == "s", let n = token.integer else { return nil }
        if token.base.count == 4, n % 10 == 0, (1000...2100).contains(n) {
            return Match(end: j + 1, type: .date, meaning: .calendar(CalendarSpec(decade: n / 10)))
        }
        if token.base.count == 2, n % 10 == 0, j > i, t[j - 1]?.kind == .punctuation {
            return Match(end: j + 1, type: .date, meaning: .calendar(CalendarSpec(decade: 190 + n / 10)))
        }
        return nil
    }
}
