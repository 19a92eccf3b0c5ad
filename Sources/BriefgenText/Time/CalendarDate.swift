import Foundation

/// A day on the proleptic Gregorian calendar, free of time zones: the unit of all date arithmetic in `Time/`.
///
/// Arithmetic goes through a `Calendar(identifier: .gregorian)` pinned to UTC, never the machine's time zone or locale.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Year, month (1–12) and day (1–31).
    public var year: Int
    public var month: Int
    public var day: Int

    /// Creates a date from its parts (not validated).
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses an ISO prefix `YYYY-MM-DD` (a longer date-time is cut to its date); nil for anything less precise.
    public init?(iso: String) {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        calendar.locale = Locale(identifier: "en_US_POSIX")
        return calendar
    }()

    private var components: DateComponents { DateComponents(year: year, month: month, day: day, hour: 12) }

    private init(_ date: Date) {
        let c = Self.calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: c.year ?? 0, month: c.month ?? 1, day: c.day ?? 1)
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        guard let date = Self.calendar.date(from: components),
              let moved = Self.calendar.date(byAdding: .day, value: days, to: date) else { return self }
        return CalendarDate(moved)
    }

    /// Day of the week, ISO numbering: 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int {
        guard let date = Self.calendar.date(from: components) else { return 1 }
        let sundayFirst = Self.calendar.component(.weekday, from: date)
        return sundayFirst == 1 ? 7 : sundayFirst - 1
    }

    /// ISO-8601 week (`2025-W17`): the week's Thursday fixes its year.
    public var isoWeek: String {
        let thursday = adding(days: 4 - isoWeekday)
        let january1 = CalendarDate(year: thursday.year, month: 1, day: 1)
        let ordinal = thursday.daysSince(january1)
        return thursday.year.zeroPadded(4) + "-W" + (ordinal / 7 + 1).zeroPadded(2)
    }

    /// Whole days from `other` to this date.
    public func daysSince(_ other: CalendarDate) -> Int {
        guard let a = Self.calendar.date(from: other.components), let b = Self.calendar.date(from: components) else { return 0 }
        return Self.calendar.dateComponents([.day], from: a, to: b).day ?? 0
    }

    /// Quarter of the year (1–4).
    public var quarter: Int { (month - 1) / 3 + 1 }

    /// `YYYY-MM-DD`.
    public var description: String { year.zeroPadded(4) + "-" + month.zeroPadded(2) + "-" + day.zeroPadded(2) }

    /// `YYYY-MM`.
    public var monthValue: String { year.zeroPadded(4) + "-" + month.zeroPadded(2) }

    /// Chronological order.
    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
