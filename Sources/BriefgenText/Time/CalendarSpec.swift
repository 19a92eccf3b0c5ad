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
    /// Year relative to the year the text last named (`March of that year` → 0, `June the following year` → +1).
    var referenceYearOffset: Int?
    /// Years added once the year is resolved: `the year-ago third quarter` is the third quarter the text means, a year back.
    var yearShift: Int?
}
