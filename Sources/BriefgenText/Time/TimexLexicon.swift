/// Words of temporal expressions: months, weekdays, number words, units.
enum TimexLexicon {
    /// Full month names and their abbreviations, to month numbers.
    static let months: WordTable<Int> = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    ]
    static let monthAbbreviations: WordTable<Int> = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]
    /// Weekday names (and abbreviations) to ISO numbers, Monday = 1.
    static let weekdays: WordTable<Int> = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    static let weekdayPlurals: WordTable<Int> = [
        "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
    ]
    /// Parts of the day that may follow a weekday or `this`.
    static let dayParts: WordTable<DayPart> = [
        "morning": .morning, "afternoon": .afternoon, "evening": .evening, "night": .night,
    ]
    /// Number words to values.
    static let numbers: WordTable<Int> = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    ]
    /// Vague quantities: the number stays `X` (`several years` → `PXY`).
    static let vagueNumbers: WordSet = ["several", "few", "many", "some", "numerous"]
    /// Ordinals to numbers (quarters, halves, centuries).
    static let ordinals: WordTable<Int> = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "twenty-first": 21,
    ]
    /// Duration units (singular and plural) to their unit.
    static let units: WordTable<TimeUnit> = [
        "day": .day, "days": .day, "week": .week, "weeks": .week, "month": .month, "months": .month,
        "year": .year, "years": .year, "decade": .decade, "decades": .decade, "quarter": .quarter, "quarters": .quarter,
        "weekend": .weekend, "weekends": .weekend,
    ]
    /// Clock units (TIMEX3 writes them after `T`).
    static let clockUnits: WordTable<String> = [
        "hour": "H", "hours": "H", "minute": "M", "minutes": "M", "second": "S", "seconds": "S",
    ]
    /// Seasons to TIMEX3 codes.
    static let seasons: WordTable<String> = [
        "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
    ]
    /// Words before a year that make a bare four-digit number a year.
    static let yearCues: WordSet = [
        "in", "since", "of", "by", "until", "till", "from", "to", "between", "and", "before", "after", "during",
        "the", "early", "late", "mid", "around", "through", "throughout", "fiscal", "year", "for", "or", "than",
        "summer", "spring", "winter", "autumn", "fall", "circa", "back", "as", "s", "its", "their", "his", "her", "a",
    ]
}
