import Foundation

// MARK: - Calendar dates and units relative to the anchor

extension TimexNormalizer {
    /// A (partial) calendar date; a missing year comes from the anchor, by direction or tense.
    func calendar(_ spec: CalendarSpec, anchor: TemporalAnchor, tense: TenseDetector.Tense) -> Resolution {
        if let decade = spec.decade { return Resolution(value: String(decade), isRelative: false) }
        if let century = spec.century { return Resolution(value: century.zeroPadded(2), isRelative: false) }
        if let year = spec.year { return Resolution(value: format(movableFeast(spec, year), year: year.zeroPadded(4)), isRelative: false) }
        let year = resolveYear(spec, anchor: anchor, tense: tense).map { $0 + (spec.yearShift ?? 0) }
        if spec.nthWeekday != nil || spec.easterOffset != nil {
            let unresolved = spec.easterOffset == nil ? format(spec, year: "XXXX") : nil
            return Resolution(value: year.map { format(movableFeast(spec, $0), year: $0.zeroPadded(4)) } ?? unresolved,
                              isRelative: true)
        }
        let unresolved = format(spec, year: "XXXX")
        return Resolution(value: year.map { format(spec, year: $0.zeroPadded(4)) } ?? unresolved, isRelative: true)
    }

    /// A day counted from Easter, or the nth weekday of a month (Thanksgiving, Labor Day), takes its date from the year.
    private func movableFeast(_ spec: CalendarSpec, _ year: Int) -> CalendarSpec {
        if let offset = spec.easterOffset {
            var resolved = spec
            let day = Self.easterSunday(year).adding(days: offset)
            resolved.month = day.month
            resolved.day = day.day
            return resolved
        }
        guard let rule = spec.nthWeekday, let month = spec.month else { return spec }
        var resolved = spec
        let first = CalendarDate(year: year, month: month, day: 1)
        var day = first.adding(days: (rule.weekday - first.isoWeekday + 7) % 7 + 7 * (max(rule.ordinal, 1) - 1))
        if rule.ordinal < 0 {
            // The last such weekday: the first of the next month's, a week back.
            let next = CalendarDate(year: year + month / 12, month: month % 12 + 1, day: 1)
            day = next.adding(days: (rule.weekday - next.isoWeekday + 7) % 7 - 7)
        }
        day = day.adding(days: rule.offset)
        resolved.month = day.month
        resolved.day = day.day
        return resolved
    }

    /// Western Easter Sunday of a year (the anonymous Gregorian computus).
    static func easterSunday(_ year: Int) -> CalendarDate {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)
    }

    private func format(_ spec: CalendarSpec, year: String) -> String {
        if let month = spec.month {
            let monthPart = year + "-" + month.zeroPadded(2)
            return spec.day.map { monthPart + "-" + $0.zeroPadded(2) } ?? monthPart
        }
        if let quarter = spec.quarter { return "\(year)-Q\(quarter)" }
        if let half = spec.half { return "\(year)-H\(half)" }
        if let season = spec.season { return "\(year)-\(season)" }
        return year
    }

    /// The month a spec's period is compared by: its month, the quarter's last month, the season's first.
    private func comparableMonth(_ spec: CalendarSpec) -> Int? {
        if let month = spec.month { return month }
        if let quarter = spec.quarter { return quarter * 3 }
        if let half = spec.half { return half * 6 }
        if let season = spec.season { return ["SP": 3, "SU": 6, "FA": 9, "WI": 12][season] }
        return nil
    }

    private func resolveYear(_ spec: CalendarSpec, anchor: TemporalAnchor, tense: TenseDetector.Tense) -> Int? {
        guard let year = anchor.year else { return nil }
        if let offset = spec.yearOffset { return year + offset }
        guard let month = comparableMonth(spec) else { return nil }
        guard let now = anchor.month else { return spec.direction == nil || spec.direction == 0 ? year : nil }
        let current = spec.quarter != nil ? ((now - 1) / 3 + 1) * 3 : now
        switch spec.direction {
        case 0: return year
        case -1: return month < current ? year : year - 1
        case 1: return month > current ? year : year + 1
        default:
            if spec.quarter != nil { return month <= current || tense == .future ? year : year - 1 }
            // The nearest such month, in a window leaning to the tense: a month named in a past sentence lies up to
            // one month ahead or ten back (`changed to a calendar year in December`, written in October, is last
            // December), a deadline in a past sentence up to four ahead or seven back (`effective Feb. 1`, written in
            // October, is next February; `by March the rebels had taken the airport`, written in October, is this
            // March); in a future one, up to ten ahead or one back (`a mission in December`, announced in March, is
            // this December).
            let window: ClosedRange<Int>
            switch tense {
            case .future: window = -1...10
            case .past: window = -10...1
            case .deadline: window = -7...4
            case .present: window = -6...5
            }
            let diff = month - current
            if window.contains(diff) { return year }
            return window.contains(diff - 12) ? year - 1 : year + 1
        }
    }

    /// `last week`, `this year`, `next month`, `two years ago` against the anchor.
    func relative(_ unit: TimeUnit, _ offset: Int, anchor: TemporalAnchor, tense: TenseDetector.Tense) -> String? {
        switch unit {
        case .day: return anchor.day?.adding(days: offset).description
        case .week:
            // `is set to travel to the region this week`, written on a Sunday, is the week that starts the next day.
            guard let day = anchor.day else { return nil }
            let ahead = offset == 0 && tense == .future && day.isoWeekday == 7 ? 1 : 0
            return day.adding(days: 7 * (offset + ahead)).isoWeek
        case .weekend:
            // `the weekend` in a past sentence written on a weekday is the one just gone.
            guard let day = anchor.day else { return nil }
            let back = offset == 0 && tense == .past && day.isoWeekday <= 5 ? -1 : offset
            return day.adding(days: 7 * back).isoWeek + "-WE"
        case .month:
            guard let year = anchor.year, let month = anchor.month else { return nil }
            let index = year * 12 + (month - 1) + offset
            return (index / 12).zeroPadded(4) + "-" + (index % 12 + 1).zeroPadded(2)
        case .quarter:
            guard let year = anchor.year, let month = anchor.month else { return nil }
            let index = year * 4 + (month - 1) / 3 + offset
            return (index / 4).zeroPadded(4) + "-Q\(index % 4 + 1)"
        case .year: return anchor.year.map { ($0 + offset).zeroPadded(4) }
        case .decade: return anchor.year.map { String($0 / 10 + offset) }
        }
    }
}
