/// What a recognized expression means, before it is resolved against the publication date.
indirect enum TemporalMeaning: Sendable, Hashable {
    /// A (partial) calendar date: `April 24, 2025`, `April`, `2014`, `the 1990s`, `the third quarter`.
    case calendar(CalendarSpec)
    /// A range of calendar dates: `April 1-24`, `2014-2022`.
    case range(CalendarSpec, CalendarSpec)
    /// A day relative to the anchor: `today` (0), `yesterday` (-1), `tomorrow` (+1), with an optional part of day.
    case relativeDay(offset: Int, part: DayPart?)
    /// A weekday (1 = Monday): `Wednesday`; `shift` -1 for `last Friday`, +1 for `next Friday`, nil when bare.
    case weekday(Int, part: DayPart?, shift: Int?)
    /// A unit relative to the anchor: `last week` (week, -1), `this year` (year, 0), `three years ago` (year, -3).
    case relativeUnit(TimeUnit, offset: Int)
    /// A count of units back or ahead: `a year ago` counts from now (the anchor); `two days later`, `a year earlier`
    /// count from the time the text is talking about (`fromNow` false). In years, against the date the sentence compares
    /// with, at that date's granularity (`a year earlier` than `the third quarter`).
    case shifted(TimeUnit, offset: Int, fromNow: Bool)
    /// The period the text is comparing (a quarter or a half), in a year it states: `the 1988 quarter`, `the 1989
    /// period`; the year alone when no period was named before.
    case periodOfYear(Int)
    /// A year relative to the year last named in the text: `the previous year` (-1), `that year` (0).
    case anaphoricYear(offset: Int)
    /// The year the text is talking about: `sales for the full year`, `the first nine months of the year`. The year the
    /// sentence wrote out before it (`In 1994, sales for the year …`), else the current one: a year named sentences
    /// before is often a target (`by 1992 it intended …`), not the year of the results.
    case yearUnderDiscussion
    /// A month relative to the month last named in the text: `the following month` (+1), `that month` (0).
    case anaphoricMonth(offset: Int)
    /// A week relative to the day last named in the text: `the following week` (+1), `that week` (0).
    case anaphoricWeek(offset: Int)
    /// A day relative to the day last named in the text: `the next day` (+1), `that day` (0), `the day before` (-1).
    case anaphoricDay(offset: Int)
    /// A day before or after a day written next to it: `the day before last Tuesday`, `the day after Christmas`.
    case dayAround(TemporalMeaning, offset: Int)
    /// A day before or after an event the text names (`the day after the coup`, head noun `coup`): the analyzer
    /// resolves it against the date the article gave that event, or leaves it without a value.
    case eventDay(offset: Int, event: String)
    /// The week (or its weekend) a named day falls in: `the week of March 6` (`2000-W10`), `the weekend of March 2-3`
    /// (`2024-W09-WE`).
    case weekOf(TemporalMeaning, weekend: Bool)
    /// `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`.
    case reference(String)
    /// A duration with its TIMEX3 value (`P3Y`, `PT24H`, `PXY`).
    case duration(String)
    /// A set with its TIMEX3 value (`P1D`, `XXXX-WXX-4`).
    case set(String)
    /// A clock time, with the day it is on (nil: the anchor's day).
    case clock(hour: Int, minute: Int, day: TemporalMeaning?)
}
