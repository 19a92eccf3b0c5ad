/// What a publication date fixes for resolving relative expressions: the day, or only the month or the year.
///
/// A text-inferred lower bound (`on or after 2025-04-24`) fixes the year only: day-, week- and month-relative
/// expressions stay relative against it.
struct TemporalAnchor: Sendable, Hashable {
    /// The exact publication day, when known.
    var day: CalendarDate?
    /// Publication year and month, when known.
    var year: Int?
    var month: Int?

    /// No anchor: only what the text itself fixes is resolved.
    static let none = TemporalAnchor(day: nil, year: nil, month: nil)

    /// The anchor a publication date gives.
    init(_ published: PublicationDate) {
        guard let value = published.value, published.source != .unknown else {
            self.init(day: nil, year: nil, month: nil)
            return
        }
        let parts = value.prefix(10).split(separator: "-").map { Int($0) }
        let year = parts.first ?? nil
        if published.isLowerBound {
            self.init(day: nil, year: year, month: nil)
        } else {
            self.init(day: CalendarDate(iso: value), year: year, month: parts.count > 1 ? parts[1] : nil)
        }
    }

    /// Creates an anchor from its parts.
    init(day: CalendarDate?, year: Int?, month: Int?) {
        self.day = day
        self.year = year
        self.month = month
    }
}
