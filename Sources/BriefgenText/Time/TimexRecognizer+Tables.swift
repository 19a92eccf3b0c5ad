// MARK: - Word tables the rules look words up in, built once (a dictionary literal inside a rule is rebuilt and
// rehashed on every call, and the rules run at every token that can start an expression).

extension TimexRecognizer {
    /// `the first half of`, `the last half of`: ordinals of halves.
    static let halfOrdinals: [String: Int] = ["first": 1, "second": 2, "last": 2, "latter": 2]
    /// Direction words before a calendar date or a season (`last April`, `next summer`).
    static let calendarDirections: [String: Int] = ["last": -1, "this": 0, "next": 1, "coming": 1, "past": -1]
    /// `this year`, `last year`, `next year` after a date: the year's offset.
    static let yearOffsets: [String: Int] = ["this": 0, "last": -1, "next": 1]
    /// Spelled decades and their digit (`the nineties` → `199`).
    static let spelledDecades: [String: Int] = [
        "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
    ]
    /// Prepositions that make a bare season a date (`by autumn`).
    static let seasonCues: WordSet = ["in", "by", "since", "until", "till", "during", "through", "before", "after"]
    /// `the following month`, `the previous week`: a month or week counted from the date last named.
    static let anaphoricPeriodOffsets: [String: Int] = ["previous": -1, "following": 1, "same": 0, "prior": -1]
    /// Spelled-out centuries of broadcast years (`nineteen ninety-six`).
    static let spelledCenturies: [String: Int] = ["nineteen": 19, "eighteen": 18]
    /// Words before a weekday and the week they shift it by (nil: the word only widens the expression).
    static let weekdayShifts: [String: Int?] = [
        "last": -1, "next": 1, "this": nil as Int?, "coming": 1, "early": nil, "late": nil, "earlier": nil, "later": nil,
        "previous": -1,
    ]
    /// `the previous year`, `the following year`.
    static let anaphoricYearOffsets: [String: Int] = ["previous": -1, "following": 1, "same": 0, "prior": -1]
    /// `the previous day`, `the next day`.
    static let anaphoricDayOffsets: [String: Int] = ["previous": -1, "following": 1, "next": 1, "same": 0, "prior": -1]
    /// `the past week`, `the current month`, `the coming year`.
    static let definiteUnitOffsets: [String: Int] = ["past": -1, "last": -1, "current": 0, "coming": 1]
    /// `last week`, `this month`, `next year`, `past week`.
    static let unitOffsets: [String: Int] = ["last": -1, "this": 0, "next": 1, "past": -1]
}
