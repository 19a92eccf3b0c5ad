import Foundation

/// Turns what an expression means into its TIMEX3 value, resolved against the publication date where one is known.
///
/// Without an anchor only what the text fixes is kept (`XXXX-04-24`, `XXXX-WXX-3`) or the value is nil; nothing is
/// placed on a guessed date.
struct TimexNormalizer: Sendable {
    /// A TIMEX3 value and whether it depended on the anchor.
    struct Resolution: Sendable, Hashable {
        var value: String?
        var isRelative: Bool
    }

    /// The value of `meaning` against `anchor`; `reference` is the value of the date named before it in the sentence,
    /// which `the previous year` and `a year earlier` count from; `statedYear` is the last year the sentence wrote out
    /// before it.
    func resolve(_ meaning: TemporalMeaning, anchor: TemporalAnchor, tense: TenseDetector.Tense,
                 reference: String? = nil, statedYear: Int? = nil) -> Resolution {
        let referenceYear = reference.flatMap { Int($0.prefix(4)) } ?? anchor.year
        switch meaning {
        case .calendar(var spec):
            if let offset = spec.referenceYearOffset {
                // `March of that year`: without a year named before it, not placed.
                guard let year = reference.flatMap({ Int($0.prefix(4)) }) else { return Resolution(value: nil, isRelative: true) }
                spec.year = year + offset
                return Resolution(value: calendar(spec, anchor: anchor, tense: tense).value, isRelative: true)
            }
            let resolution = calendar(spec, anchor: anchor, tense: tense)
            // A past event cannot lie after the publication date: in `seized the palace in April 2023, days after
            // fighting erupted on April 15` (written in March 2025), April 15 is in the year the sentence states.
            if tense == .past, let statedYear, let year = anchor.year, statedYear < year, spec.month != nil, spec.year == nil,
               spec.yearOffset == nil, spec.direction == nil, let value = resolution.value,
               isAfter(value, anchor: anchor) {
                var stated = spec
                stated.year = statedYear
                return calendar(stated, anchor: anchor, tense: tense)
            }
            return resolution
        case .range(let first, let last):
            let a = calendar(first, anchor: anchor, tense: tense)
            var lastSpec = last
            if lastSpec.year == nil, let v = a.value, let y = Int(v.prefix(4)) { lastSpec.year = y }
            let b = calendar(lastSpec, anchor: anchor, tense: tense)
            guard let start = a.value, let end = b.value else { return Resolution(value: nil, isRelative: true) }
            return Resolution(value: "\(start)/\(end)", isRelative: a.isRelative || b.isRelative)
        case .relativeDay(let offset, let part):
            guard let day = anchor.day else { return Resolution(value: nil, isRelative: true) }
            return Resolution(value: day.adding(days: offset).description + suffix(part), isRelative: true)
        case .weekday(let weekday, let part, let shift):
            guard let day = anchor.day else {
                return Resolution(value: "XXXX-WXX-\(weekday)" + suffix(part), isRelative: true)
            }
            // The evening stays on the value (`Friday evening` → `…TEV`, as TIMEX3 writes it and TimeBank annotates it
            // each time); morning and night do not, as TimeBank mostly annotates them (the day alone).
            let date = nearest(weekday, to: day, shift: shift, tense: tense).description
            return Resolution(value: date + (part == .evening ? suffix(part) : ""), isRelative: true)
        case .relativeUnit(let unit, let offset):
            return Resolution(value: relative(unit, offset, anchor: anchor, tense: tense), isRelative: true)
        case .periodOfYear(let year):
            let stated = year.zeroPadded(4)
            if let reference, reference.count == 7, reference.dropFirst(4).hasPrefix("-Q") || reference.dropFirst(4).hasPrefix("-H") {
                return Resolution(value: stated + reference.dropFirst(4), isRelative: false)
            }
            return Resolution(value: stated, isRelative: false)
        case .anaphoricYear(let offset):
            return Resolution(value: referenceYear.map { ($0 + offset).zeroPadded(4) }, isRelative: true)
        case .yearUnderDiscussion:
            let year = statedYear ?? anchor.year
            return Resolution(value: year.map { $0.zeroPadded(4) }, isRelative: statedYear == nil)
        case .anaphoricMonth(let offset):
            guard let reference, reference.count >= 7, let year = Int(reference.prefix(4)),
                  let month = Int(reference.dropFirst(5).prefix(2)), reference.dropFirst(4).first == "-" else {
                return Resolution(value: nil, isRelative: true)
            }
            let index = year * 12 + (month - 1) + offset
            return Resolution(value: (index / 12).zeroPadded(4) + "-" + (index % 12 + 1).zeroPadded(2), isRelative: true)
        case .anaphoricWeek(let offset):
            guard let day = reference.flatMap({ CalendarDate(iso: $0) }), reference?.count == 10 else {
                return Resolution(value: nil, isRelative: true)
            }
            return Resolution(value: day.adding(days: 7 * offset).isoWeek, isRelative: true)
        case .anaphoricDay(let offset):
            guard let day = reference.flatMap({ CalendarDate(iso: $0) }), reference?.count == 10 else {
                return Resolution(value: nil, isRelative: true)
            }
            return Resolution(value: day.adding(days: offset).description, isRelative: true)
        case .shifted(let unit, let offset, let fromNow):
            // `two days later` counts from a narrative time the anchor does not give: never placed on a guessed date.
            if !fromNow, unit != .year, unit != .decade { return Resolution(value: nil, isRelative: true) }
            if unit == .year, let reference, let year = Int(reference.prefix(4)), reference.count >= 4, !reference.contains("W"),
               !reference.contains("T") {
                return Resolution(value: (year + offset).zeroPadded(4) + reference.dropFirst(4), isRelative: true)
            }
            if !fromNow, unit == .decade, let reference, reference.count >= 4, let year = Int(reference.prefix(4)) {
                // `a decade later` than 1994 is 2004.
                return Resolution(value: (year + 10 * offset).zeroPadded(4), isRelative: true)
            }
            // `two years later` with no date to count from is not placed (`a year earlier` is a year before now).
            if !fromNow, offset > 0, reference == nil { return Resolution(value: nil, isRelative: true) }
            if unit == .decade {
                // `a decade ago` is a year, ten years back (`1989` from 1999), not a decade.
                return Resolution(value: relative(.year, offset * 10, anchor: anchor, tense: tense), isRelative: true)
            }
            return Resolution(value: relative(unit, offset, anchor: anchor, tense: tense), isRelative: true)
        case .dayAround(let day, let offset):
            let r = resolve(day, anchor: anchor, tense: tense, reference: reference, statedYear: statedYear)
            guard let value = r.value, value.count == 10, let date = CalendarDate(iso: value) else {
                return Resolution(value: nil, isRelative: true)
            }
            return Resolution(value: date.adding(days: offset).description, isRelative: r.isRelative)
        case .eventDay(let offset, _):
            // `reference` is the event's day, found by the analyzer; without it, nothing is placed.
            guard let reference, reference.count == 10, let day = CalendarDate(iso: reference) else {
                return Resolution(value: nil, isRelative: true)
            }
            return Resolution(value: day.adding(days: offset).description, isRelative: true)
        case .weekOf(let day, let weekend):
            let r = resolve(day, anchor: anchor, tense: tense, reference: reference, statedYear: statedYear)
            guard let date = r.value.flatMap({ CalendarDate(iso: String($0.prefix(10))) }) else {
                return Resolution(value: nil, isRelative: r.isRelative)
            }
            return Resolution(value: date.isoWeek + (weekend ? "-WE" : ""), isRelative: r.isRelative)
        case .reference(let value), .duration(let value), .set(let value):
            return Resolution(value: value, isRelative: false)
        case .clock(let hour, let minute, let day):
            var date = anchor.day?.description
            var relative = true
            if let day {
                let r = resolve(day, anchor: anchor, tense: tense, reference: reference)
                date = r.value.map { String($0.prefix(10)) }
                relative = r.isRelative
            }
            let time = "T" + hour.zeroPadded(2) + ":" + minute.zeroPadded(2)
            return Resolution(value: (date ?? "XXXX-XX-XX") + time, isRelative: relative)
        }
    }

    /// Whether a month (`2025-04`) or day (`2025-04-15`) value lies after the anchor's month or day.
    private func isAfter(_ value: String, anchor: TemporalAnchor) -> Bool {
        if value.count == 10, let day = CalendarDate(iso: value), let today = anchor.day { return today < day }
        guard value.count == 7, let year = Int(value.prefix(4)), let month = Int(value.suffix(2)),
              let nowYear = anchor.year, let nowMonth = anchor.month else { return false }
        return (year, month) > (nowYear, nowMonth)
    }

    private func suffix(_ part: DayPart?) -> String { part.map { "T" + $0.rawValue } ?? "" }

    /// The weekday nearest the anchor day: back for the past, ahead for the future; `last`/`next` skip the day itself.
    private func nearest(_ weekday: Int, to day: CalendarDate, shift: Int?, tense: TenseDetector.Tense) -> CalendarDate {
        let back = (day.isoWeekday - weekday + 7) % 7
        let ahead = (weekday - day.isoWeekday + 7) % 7
        switch shift {
        case -1: return day.adding(days: -(back == 0 ? 7 : back))
        case 1: return day.adding(days: ahead == 0 ? 7 : ahead)
        default:
            switch tense {
            // A term (`payable Friday`, `the offer expires Friday`) lies ahead, as the future does.
            case .future, .deadline: return day.adding(days: ahead)
            case .past: return day.adding(days: -back)
            case .present: return day.adding(days: ahead < back ? ahead : -back)
            }
        }
    }
}
