/// A number as written in a sentence, with its value and form, before deciding whether it is a figure.
public struct NumberMention: Sendable, Hashable {
    /// Why a number is not a figure, when it is not one.
    public enum NonFigure: String, Sendable, Hashable {
        /// A year (`2014`) or a span of years (`2013-14`), or a decade (`1960s`).
        case year
        /// Part of a date (`February 24, 2022`, `April 1-24`).
        case date
        /// A time of day (`2 pm`, `10:30`).
        case time
        /// A position (`21st`, `No. 3`).
        case ordinal
        /// Part of a name or code (`Su-34`, `COVID-19`, `06F6`), or a phone number.
        case code
        /// Directly after a capitalized word (`Boeing 737`, `Voyager 2`): a model or a name.
        case afterName
        /// List numbering at the start of a sentence (`1.`, `2)`).
        case listItem
        /// An age (`a 12-year-old`, `aged 70`).
        case age
    }

    /// Index of the first and one past the last token of the mention in its sentence's tokens.
    public var firstToken: Int
    public var endToken: Int
    /// Scalar offsets of the surface (end exclusive).
    public var start: Int
    public var end: Int
    /// The value; the low end of a range.
    public var value: Double
    /// Range bounds, when the mention is a range.
    public var low: Double?
    public var high: Double?
    /// Written as a percentage (`46%`, `46 percent`, `46 per cent`).
    public var isPercent = false
    /// ISO currency code for money (`USD`, `EUR`, `GBP`).
    public var currency: String?
    /// A fraction (`one-fifth`, `a third`, `½`).
    public var isFraction = false
    /// A vague magnitude (`hundreds of`, `dozens of`, `several thousand`): `value` is the magnitude, read as "more than".
    public var isVague = false
    /// Written entirely in words (`eighteen`, `two dozen`).
    public var isWords = false
    /// Joined by a hyphen to the word after it (`30-day`, `900-person`): a modifier, whose word is `modifierWord`.
    public var modifierWord: String?
    /// Why the number is not a figure, if it is not one.
    public var nonFigure: NonFigure?

    /// The midpoint of a range, else the value (the convention of quantity benchmarks).
    public var midpoint: Double {
        if let low, let high { return (low + high) / 2 }
        return value
    }
}
