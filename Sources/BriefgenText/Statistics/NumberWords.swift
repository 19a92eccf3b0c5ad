/// English number words: cardinals, scales, fractions, vague magnitudes, and the words that mark dates and times.
enum NumberWords {
    /// Cardinals below one hundred that stand alone (`eighteen`) or start a compound (`twenty-one`).
    static let units: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]

    /// Multiples of ten.
    static let tens: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Words that multiply what precedes them (`two hundred`, `1.2 million`, `€3bn`).
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "mn": 1_000_000, "mln": 1_000_000, "tn": 1_000_000_000_000,
        "trn": 1_000_000_000_000,
    ]

    /// Scale letters written straight after a figure (`€10M`, `$2.174T`, `0.5k`), with the strictness they need:
    /// `k` stands alone; the others only after a currency sign (`5m` alone is five metres).
    static let joinedScales: [String: (value: Double, needsCurrency: Bool)] = [
        "k": (1_000, false), "m": (1_000_000, true), "b": (1_000_000_000, true), "t": (1_000_000_000_000, true),
        "bn": (1_000_000_000, false), "mn": (1_000_000, false), "mln": (1_000_000, false), "tn": (1_000_000_000_000, false),
        "trn": (1_000_000_000_000, false),
    ]

    /// Denominators of spoken fractions, singular and plural (`a third`, `two-thirds`, `one-fifth`).
    static let denominators: [String: Double] = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
        "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
        "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
    ]

    /// Plural magnitudes that name no exact figure (`hundreds of`, `tens of thousands of`): read as "more than" the magnitude.
    static let vagueMagnitudes: [String: Double] = [
        "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000,
        "tens": 10,
    ]

    /// Ordinal words: positions, never figures (`first 24 hours`, `second-largest`).
    static let ordinals: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "last", "next", "final",
    ]

    /// Ordinal suffixes after digits (`21st`, `47th`).
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// Month names and their usual abbreviations, with the month number.
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// Words after a figure that make it a time of day.
    static let clockWords: Set<String> = ["am", "pm", "a.m", "p.m", "gmt", "utc", "cet", "est", "edt", "bst", "hrs", "h"]
    /// The length in UTF-8 bytes of the longest clock word: a longer lower-cased word is none (the words are ASCII, and
    /// only the same bytes spell an ASCII word), so a byte count answers before hashing.
    static let longestClockWord = clockWords.map(\.utf8.count).max() ?? 0

    /// Time units: a figure measured in them is a duration (`three years`, `30-day`), not a count.
    static let timeUnits: [String: String] = [
        "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute", "hour": "hour",
        "hours": "hour", "hrs": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
        "months": "month", "year": "year", "years": "year", "decade": "decade", "decades": "decade",
        "century": "century", "centuries": "century", "night": "night", "nights": "night", "weekend": "weekend",
    ]

    /// Every word a number written in words can start with: a quick filter before reading words as numbers.
    static let openers: Set<String> = Set(units.keys).union(tens.keys).union(vagueMagnitudes.keys)
        .union(["a", "an", "half", "several"])

    /// The value of a single cardinal word (`eighteen`, `forty`), if it is one.
    static func cardinal(_ word: String) -> Double? { units[word] ?? tens[word] }

    /// The value of a compound like `twenty-one`, `one-fifth`, `two-thirds`, given its two hyphen-joined parts.
    static func compound(_ first: String, _ second: String) -> (value: Double, isFraction: Bool)? {
        if let ten = tens[first], let unit = units[second], unit > 0, unit < 10 { return (ten + unit, false) }
        if let numerator = cardinal(first), numerator > 0, let denominator = denominators[second] {
            return (numerator / denominator, true)
        }
        return nil
    }
}
