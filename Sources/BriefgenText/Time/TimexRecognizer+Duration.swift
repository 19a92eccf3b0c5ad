// MARK: - Durations and sets: `three years`, `the past 24 hours`, `30-day`, `two years ago`, `every night`, `daily`

extension TimexRecognizer {
    static let durationLeads: WordSet = [
        "past", "last", "next", "first", "coming", "previous", "following", "final", "remaining", "initial", "latest",
        "recent", "upcoming",
    ]
    static let approximations: [[String]] = [
        ["no", "more", "than"], ["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"], ["at", "most"],
        ["up", "to"], ["nearly"], ["almost"],
    ]
    /// Half of a unit, keyed by its clock letter or calendar unit.
    private static let halfUnitValues: [String: String] = [
        "H": "PT30M", "M": "PT30S", "day": "PT12H", "year": "P6M", "decade": "P5Y",
    ]
    static let unitAdjectives: WordSet = ["more", "additional", "straight", "consecutive", "trading", "business", "full", "long"]

    /// A duration (`over three years`, `the first 24 hours`), or a date counted back from now (`two years ago`).
    func matchDuration(_ t: Tokens, _ i: Int) -> Match? {
        // `half a year`, `half an hour`, `half a decade`.
        if t.isWord(i, "half"), let a = t.word(i + 1), a == "a" || a == "an", let unit = plainUnit(t, i + 2),
           let value = Self.halfUnitValues[unit.clock ?? unit.calendar.map { "\($0)" } ?? ""] {
            return Match(end: i + 3, type: .duration, meaning: .duration(value))
        }
        var j = approximation(t, i)
        if t.isWord(j, "the") || t.isWord(j, "each") && t.isWord(j + 1, "of") && t.isWord(j + 2, "the") {
            j += t.isWord(j, "the") ? 1 : 3
        }
        if let w = t.word(j), Self.durationLeads.contains(w) { j += 1 }
        j = approximation(t, j)
        if j > i, let unit = plainUnit(t, j), t.word(j)!.hasSuffix("s") {
            // `the past weeks`, `recent months`, `the days ahead`, `the weeks to come`: a vague plural only after a
            // lead word or `the`.
            var end = j + 1
            if t.isWord(end, "ahead") {
                end += 1
            } else if t.isWord(end, "to"), t.isWord(end + 1, "come") {
                end += 2
            }
            return Match(end: end, type: .duration, meaning: .duration(durationValue(nil, unit)))
        }
        guard let (count, afterNumber) = quantity(t, j) else { return bareUnit(t, i) }
        var k = afterNumber
        var half = false
        if count != nil, let end = halfAfterCount(t, k) {
            half = true
            k = end
        }
        let hyphenated = t.isJoiningDash(k)
        if hyphenated { k += 1 }
        while let w = t.word(k), Self.unitAdjectives.contains(w), plainUnit(t, k + 1) != nil { k += 1 }
        guard let unit = plainUnit(t, k) else { return nil }
        let unitWord = t.word(k)!
        // `a year-earlier loss`: the compared period (`year-earlier`), not a duration.
        if t.isJoiningDash(k + 1), let w = t.word(k + 2), w == "earlier" || w == "ago" { return nil }
        if count == 1, unitWord.hasSuffix("s"), !half { return nil }
        if let count, (1000...2100).contains(count), !unitWord.hasSuffix("s") { return nil }
        if t.isWord(j, "a") || t.isWord(j, "an") {
            // `a second group` is an ordinal; `$1.76 a year`, `four flights a week`, `24 hours a day` are rates.
            if unitWord == "second" { return nil }
            if j == i, !(t.word(k + 1).map(["ago", "earlier", "later", "before", "after"].contains) ?? false),
               let previous = t[i - 1], previous.kind == .number
                || previous.isWord(["million", "billion", "thousand", "hundred", "percent", "cents", "dollars", "times", "once", "twice"])
                || previous.kind == .word && !previous.isCapitalized && previous.base.count > 3 && previous.base.hasSuffix("s")
                    && !["this", "thus", "was", "has", "is", "as", "its", "perhaps", "across", "towards", "plus"].contains(previous.base) {
                return nil
            }
        }
        // `a quarter of`, `three-quarters`: fractions, not periods.
        if unit.calendar == .quarter, t.isWord(j, "a") || hyphenated || t.isWord(k + 1, "of") { return nil }
        k += 1
        // Ages are not durations: `the 6-year-old`, `52 years old`.
        if t.isWord(k, "old") || hyphenated && t.isJoiningDash(k) && t.isWord(k + 1, "old") { return nil }
        if hyphenated, t.isJoiningDash(k), t.isWord(k + 1, "long") { k += 2 }
        // `a minute and a half`, `a year and a half ago`.
        if !half, t.isWord(k, "and"), t.isWord(k + 1, "a"), t.isWord(k + 2, "half") {
            half = true
            k += 3
        }
        if let w = t.word(k), w == "ago" || w == "earlier" || w == "later", let count, case .some(let timeUnit) = unit.calendar {
            // `three days later` counts from a narrative time the publication date does not give: TIMEX3 keeps the
            // length (`P3D`, the word `later` left out), as TimeBank annotates it. Years and decades count from a date
            // the text names (`a year earlier` than the third quarter) and stay dates.
            if w != "ago", timeUnit != .year, timeUnit != .decade {
                return Match(end: k, type: .duration, meaning: .duration(durationValue(count, unit, half: half)))
            }
            return Match(end: k + 1, type: .date, meaning: .shifted(timeUnit, offset: w == "later" ? count : -count, fromNow: w == "ago"))
        }
        if t.isWord(k, "ago") { return Match(end: k + 1, type: .date, meaning: .reference("PAST_REF")) }
        return Match(end: k, type: .duration, meaning: .duration(durationValue(count, unit, half: half)))
    }

    /// A duration's unit: a calendar unit or a clock unit (`H`, `M`, `S`).
    struct DurationUnit: Sendable {
        var calendar: TimeUnit?
        var clock: String?
    }

    private func plainUnit(_ t: Tokens, _ i: Int) -> DurationUnit? {
        guard let w = t.word(i) else { return nil }
        if let c = TimexLexicon.clockUnits[w] { return DurationUnit(clock: c) }
        if let u = TimexLexicon.units[w], u != .weekend { return DurationUnit(calendar: u) }
        return nil
    }

    /// The end of a half written after a count (`2 1/2`, `2½`, `two and a half`), nil when there is none.
    private func halfAfterCount(_ t: Tokens, _ k: Int) -> Int? {
        if let one = t[k], one.kind == .number, one.integer == 1, one.suffix.isEmpty, t[k + 1]?.isMark("/") == true,
           t.attached(k + 1), let two = t[k + 2], t.attached(k + 2), two.integer == 2, two.suffix.isEmpty {
            return k + 3
        }
        if t[k]?.isMark("½") == true { return k + 1 }
        if t.isWord(k, "and"), t.isWord(k + 1, "a"), t.isWord(k + 2, "half"), plainUnit(t, k + 3) != nil { return k + 3 }
        return nil
    }

    /// The TIMEX3 value of a count of units; a half is written in the next smaller unit (`P2Y6M`, `PT5H30M`).
    private func durationValue(_ count: Int?, _ unit: DurationUnit, half: Bool = false) -> String {
        let n = count.map(String.init) ?? "X"
        if half, let count {
            switch (unit.clock, unit.calendar) {
            case ("H", _): return "PT\(count)H30M"
            case ("M", _): return "PT\(count)M30S"
            case (_, .year): return "P\(count)Y6M"
            case (_, .day): return "P\(count)DT12H"
            case (_, .month): return "P\(count)M15D"
            case (_, .week): return "P\(count * 7 + 3)DT12H"
            case (_, .decade): return "P\(count * 10 + 5)Y"
            default: break
            }
        }
        if let clock = unit.clock { return "PT\(n)\(clock)" }
        switch unit.calendar ?? .day {
        case .day: return "P\(n)D"
        case .week, .weekend: return "P\(n)W"
        case .month: return "P\(n)M"
        case .quarter: return "P\(n)Q"
        case .year: return "P\(n)Y"
        case .decade: return count.map { "P\($0 * 10)Y" } ?? "PXDE"
        }
    }

    /// The index past an approximation opening at `i` (`more than`, `at least`, `nearly`), `i` when there is none.
    ///
    /// A word that opens no approximation (most) is turned away by one gated lookup, before the phrases are compared.
    private func approximation(_ t: Tokens, _ i: Int) -> Int {
        guard let first = t.word(i), Self.approximationOpeners.contains(first) else { return i }
        for words in Self.approximations where words[0] == first && (1..<words.count).allSatisfy({ t.isWord(i + $0, words[$0]) }) {
            return i + words.count
        }
        return i
    }

    /// The first words of ``approximations``.
    static let approximationOpeners = WordSet(Set(approximations.map { $0[0] }))

    /// A count: digits, number words (`twenty-four`), `a`, `a couple of`; nil count for `several`, `a few`.
    private func quantity(_ t: Tokens, _ i: Int) -> (Int?, Int)? {
        if let token = t[i], token.kind == .number, token.suffix.isEmpty, let n = token.integer, n > 0, n < 100_000 {
            if let previous = t[i - 1], t.attached(i), previous.isDash || previous.isMark(".") || previous.isMark(",") { return nil }
            return (n, i + 1)
        }
        guard let w = t.word(i) else { return nil }
        if w == "a", t.isWord(i + 1, "couple"), t.isWord(i + 2, "of") { return (2, i + 3) }
        if w == "a", t.isWord(i + 1, "few") { return (nil, i + 2) }
        if TimexLexicon.vagueNumbers.contains(w), w != "some" { return (nil, i + 1) }
        guard var n = TimexLexicon.numbers[w] else { return nil }
        var j = i + 1
        if n >= 20, n < 100 {
            let k = t.isJoiningDash(j) ? j + 1 : j
            if let u = t.word(k).flatMap({ TimexLexicon.numbers[$0] }), u < 10, !t.isWord(k, "a") { n += u; j = k + 1 }
        }
        if t.isWord(j, "hundred") { n *= 100; j += 1 }
        return (n, j)
    }

    /// `months ago`: a plural unit alone before `ago` (`for years` alone is left out, as TimeBank mostly does).
    private func bareUnit(_ t: Tokens, _ i: Int) -> Match? {
        guard let w = t.word(i), w.hasSuffix("s"), let unit = plainUnit(t, i) else { return nil }
        if t.isWord(i + 1, "ago") { return Match(end: i + 2, type: .date, meaning: .reference("PAST_REF")) }
        // `for years`, `within weeks`, `the first time in years`: a vague duration of days to years (TIMEX3 `PXY`),
        // not a compound (`for years-long talks`).
        guard !t.isJoiningDash(i + 1) else { return nil }
        let isDayToYear = unit.calendar.map(Self.bareDurationUnits.contains) == true
        if isDayToYear, let lead = t.word(i - 1), Self.bareDurationLeads.contains(lead) {
            return Match(end: i + 1, type: .duration, meaning: .duration(durationValue(nil, unit)))
        }
        // `only hours before the deadline`, `was reached hours before a deadline`, `came days after the vote`, `prayed
        // early Thursday, hours after he was elected`: a vague span (hours too) between two events. (`after days of
        // fighting` is left: TimeBank annotates it about half the time.)
        let lead = t.word(i - 1)
        let spanLead = lead.map { Self.spanApartLeads.contains($0) || $0.hasSuffix("ed") && $0.count > 4 && t[i - 1]?.isCapitalized == false }
            ?? (t[i - 1]?.isMark(",") == true)
        guard isDayToYear || unit.clock == "H", let next = t.word(i + 1), ["before", "after", "later", "earlier"].contains(next),
              spanLead
        else { return nil }
        return Match(end: i + 1, type: .duration, meaning: .duration(durationValue(nil, unit)))
    }

    /// Words before `hours before`, `days after` that make the span a duration (`only hours before the deadline`).
    private static let spanApartLeads: WordSet = ["only", "just", "mere", "barely", "came", "comes", "come", "within"]

    private static let bareDurationLeads: WordSet = ["for", "within", "in"]
    private static let bareDurationUnits: Set<TimeUnit> = [.day, .week, .month, .year]

    // MARK: - Sets

    static let frequencyWords: [String: String] = [
        "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H",
        "nightly": "XXXX-XX-XXTNI",
    ]

    /// `every night`, `each Thursday`, `daily`, `per day`, `on Tuesdays`.
    func matchSet(_ t: Tokens, _ i: Int) -> Match? {
        // `twice a year`, `three times a week`, `once a month`: the period it recurs in (TIMEX3 puts the count in `freq`).
        var k = i
        if t.isWord(k, "once") || t.isWord(k, "twice") {
            k += 1
        } else if t[k]?.kind == .number || t.word(k).flatMap({ TimexLexicon.numbers[$0] }) != nil, t.isWord(k + 1, "times") {
            k += 2
        }
        if k > i, let w = t.word(k), w == "a" || w == "per" || w == "each" || w == "every", let u = plainUnit(t, k + 1),
           t.word(k + 1)?.hasSuffix("s") == false {
            return Match(end: k + 2, type: .set, meaning: .set(durationValue(1, u)))
        }
        guard let w = t.word(i) else { return nil }
        if let value = Self.frequencyWords[w] { return Match(end: i + 1, type: .set, meaning: .set(value)) }
        if let weekday = TimexLexicon.weekdayPlurals[w], t[i]?.isCapitalized == true {
            return Match(end: i + 1, type: .set, meaning: .set("XXXX-WXX-\(weekday)"))
        }
        // `Tuesday nights`: a weekday with a plural part of the day recurs.
        if let weekday = TimexLexicon.weekdays[w], t[i]?.isCapitalized == true, let plural = t.word(i + 1), plural.hasSuffix("s"),
           let part = TimexLexicon.dayParts[String(plural.dropLast())] {
            return Match(end: i + 2, type: .set, meaning: .set("XXXX-WXX-\(weekday)T\(part.rawValue)"))
        }
        guard ["every", "each", "per"].contains(w) else { return nil }
        var j = i + 1
        if t.isWord(j, "other") { j += 1 }
        var count = j > i + 1 ? 2 : 1
        if let token = t[j], token.kind == .number, let n = token.integer, n > 1, n < 1000 { count = n; j += 1 }
        else if let n = t.word(j).flatMap({ TimexLexicon.numbers[$0] }), n > 1 { count = n; j += 1 }
        guard let unit = t.word(j) else { return nil }
        if let weekday = TimexLexicon.weekdays[unit] { return Match(end: j + 1, type: .set, meaning: .set("XXXX-WXX-\(weekday)")) }
        // `each July`, `every April`.
        if count == 1, t[j]?.isCapitalized == true, let month = TimexLexicon.months[unit] {
            return Match(end: j + 1, type: .set, meaning: .set("XXXX-" + month.zeroPadded(2)))
        }
        if let part = TimexLexicon.dayParts[unit] {
            return Match(end: j + 1, type: .set, meaning: .set("XXXX-XX-XXT\(part.rawValue)"))
        }
        if let u = plainUnit(t, j) { return Match(end: j + 1, type: .set, meaning: .set(durationValue(count, u))) }
        return nil
    }
}
