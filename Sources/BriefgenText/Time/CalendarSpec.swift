/// A calendar date as far as the text fixes it; the year may be missing or given relative to the anchor.
struct CalendarSpec: Sendable, Hashable {
    var year: Int?
    var month: Int?
    var day: Int?
    /// Quarter (1–4), half (1–2) or season (`SP`, `SU`, `FA`, `WI`) of `year`.
    var quarter: Int?
    var half: Int?
    var season: String?
    /// Decade or century as an ISO prefix (`199`, `19`): set instead of `year`.
    var decade: Int?
    var century: Int?
    /// Year relative to the anchor's year (`June last year` → -1), when `year` is nil.
    var yearOffset: Int?
    /// `last April` (-1), `this April` (0), `next April` (+1): the nearest such month in that direction.
    var direction: Int?
    /// Days from Easter Sunday (`Good Friday` → -2): the month and day come from the year once it is resolved.
    var easterOffset: Int?
    /// The `ordinal`-th `weekday` (ISO, Monday 1) of `month`, -1 the last, then `offset` days on: the US holidays that
    /// move with the calendar (Thanksgiving, Labor Day, Election Day). The day comes from the year once it is resolved.
    var nthWeekday: NthWeekday?
    /// Year relative to the year the text last named (`March of that year` → 0, `June the following year` → +1).
    var referenceYearOffset: Int?
    /// Years added once the year is resolved: `the year-ago third quarter` is the third quarter the text means, a year back.
    var yearShift: Int?
}

/// A day named as the nth weekday of a month (`the fourth Thursday of November`), then some days on.
struct NthWeekday: Sendable, Hashable {
    var ordinal: Int
    var weekday: Int
    var offset: Int = 0
}
