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
        if let common = Self.commonSpan(value) {
            self = common
            return
        }
        self.init(anyValue: value)
    }

    /// The span of the commonest values, read on their bytes: a year `YYYY`, a month `YYYY-MM` (01–12) or a day
    /// `YYYY-MM-DD` (month 01–12, day 01–31), each alone or before `T` and a time; nil for any other value (then read
    /// by ``init(anyValue:)``, which gives these the same spans through its string steps).
    static func commonSpan(_ value: String) -> EventDate? {
        var copy = value
        return copy.withUTF8 { bytes -> EventDate? in
            var count = 0
            while count < bytes.count, bytes[count] != UInt8(ascii: "T") { count += 1 }
            func digits(_ from: Int, _ length: Int) -> Int? {
                var number = 0
                for k in from..<(from + length) {
                    let byte = bytes[k]
                    guard byte >= 0x30, byte <= 0x39 else { return nil }
                    number = number * 10 + Int(byte - 0x30)
                }
                return number
            }
            guard count == 4 || count == 7 || count == 10, let year = digits(0, 4) else { return nil }
            for k in 0..<bytes.count where bytes[k] >= 0x80 || bytes[k] == UInt8(ascii: "/") || bytes[k] == 0x0D { return nil }
            let parts = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<count]), as: UTF8.self)
            if count == 4 { return EventDate(date: parts, end: nil, precision: .year) }
            guard bytes[4] == UInt8(ascii: "-"), let month = digits(5, 2), (1...12).contains(month) else { return nil }
            if count == 7 { return EventDate(date: parts, end: nil, precision: .month) }
            guard bytes[7] == UInt8(ascii: "-"), let day = digits(8, 2), (1...31).contains(day) else { return nil }
            return EventDate(date: CalendarDate(year: year, month: month, day: day).description, end: nil, precision: .day)
        }
    }

    /// The span of any value, read with string steps (see ``init(value:)``).
    init?(anyValue value: String) {
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
