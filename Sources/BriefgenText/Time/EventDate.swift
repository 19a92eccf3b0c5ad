import Foundation

/// The calendar span a resolved TIMEX3 value covers, as a timeline places it (`2025-W17` → Monday to Sunday).
struct EventDate: Sendable, Hashable {
    var date: String
    var end: String?
    var precision: DatedEvent.Precision

    /// Rank of a precision: the more specific, the higher.
    static func rank(_ precision: DatedEvent.Precision) -> Int {
        switch precision {
        case .day: return 3
        case .month: return 2
        case .year: return 1
        case .decade: return 0
        }
    }

    /// The span of a value, nil for values a timeline cannot place (`XXXX-04`, `PAST_REF`, `P3Y`, centuries).
    init?(value: String) {
        if let slash = value.firstIndex(of: "/") {
            guard let a = EventDate(value: String(value[..<slash])),
                  let b = EventDate(value: String(value[value.index(after: slash)...])) else { return nil }
            self.init(date: a.date, end: b.end ?? b.date, precision: a.precision)
            return
        }
        guard !value.hasPrefix("X"), value.prefix(4).allSatisfy(\.isNumber) || value.count == 3 else { return nil }
        let parts = value.split(separator: "T", maxSplits: 1).first.map(String.init) ?? value
        if parts.count == 3, Int(parts) != nil { self.init(date: parts, end: nil, precision: .decade); return }
        guard parts.count >= 4, let year = Int(parts.prefix(4)) else { return nil }
        let rest = parts.dropFirst(4)
        if rest.isEmpty { self.init(date: parts, end: nil, precision: .year); return }
        if let day = CalendarDate(iso: parts) { self.init(date: day.description, end: nil, precision: .day); return }
        let code = String(rest.dropFirst())
        if code.count == 2, let month = Int(code), (1...12).contains(month) {
            self.init(date: parts, end: nil, precision: .month)
            return
        }
        func months(_ first: Int, _ last: Int) -> EventDate {
            let lastYear = last > 12 ? year + 1 : year
            return EventDate(date: year.zeroPadded(4) + "-" + first.zeroPadded(2),
                             end: lastYear.zeroPadded(4) + "-" + ((last - 1) % 12 + 1).zeroPadded(2), precision: .month)
        }
        if code.hasPrefix("Q"), let q = Int(code.dropFirst()), (1...4).contains(q) { self = months(q * 3 - 2, q * 3); return }
        if code.hasPrefix("H"), let h = Int(code.dropFirst()), (1...2).contains(h) { self = months(h * 6 - 5, h * 6); return }
        if let first = ["SP": 3, "SU": 6, "FA": 9, "WI": 12][code] { self = months(first, first + 2); return }
        if code.hasPrefix("W"), let week = Int(code.dropFirst().prefix(2)) {
            // ISO week: its Monday is 3 days before the Thursday of that week, which lies in `year`.
            let january4 = CalendarDate(year: year, month: 1, day: 4)
            let monday = january4.adding(days: 1 - january4.isoWeekday + 7 * (week - 1))
            let weekend = code.hasSuffix("-WE")
            let first = weekend ? monday.adding(days: 5) : monday
            self.init(date: first.description, end: monday.adding(days: 6).description, precision: .day)
            return
        }
        return nil
    }

    /// Creates a span from its parts.
    init(date: String, end: String?, precision: DatedEvent.Precision) {
        self.date = date
        self.end = end
        self.precision = precision
    }
}
