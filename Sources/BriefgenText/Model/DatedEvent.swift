/// Something that happened (or is planned) on a date the text fixes: one entry on the timeline.
public struct DatedEvent: Sendable, Hashable, Codable {
    /// How precisely the date is known.
    public enum Precision: String, Sendable, Hashable, Codable {
        case day, month, year, decade
    }

    /// Start date, an ISO prefix (`2025-04-24`, `2025-04`, `2014`, `199` for a decade); nil when only relative.
    public var date: String?
    /// End date for a range.
    public var end: String?
    /// Precision of `date`.
    public var precision: Precision
    /// Index of the sentence the event is in.
    public var sentence: Int
    /// A short headline-style summary of the clause (who did what).
    public var summary: String
    /// Index into the article's timexes of the expression that dates the event.
    public var timex: Int
    /// The original wording of the date, kept for events that are relative only.
    public var wording: String?

    /// Creates an event.
    public init(date: String?, end: String? = nil, precision: Precision, sentence: Int, summary: String, timex: Int, wording: String? = nil) {
        self.date = date
        self.end = end
        self.precision = precision
        self.sentence = sentence
        self.summary = summary
        self.timex = timex
        self.wording = wording
    }

    /// Encodes every key, absent values as `null`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encode(end, forKey: .end)
        try c.encode(precision, forKey: .precision)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(summary, forKey: .summary)
        try c.encode(timex, forKey: .timex)
        try c.encode(wording, forKey: .wording)
    }

    enum CodingKeys: String, CodingKey { case date, end, precision, sentence, summary, timex, wording }
}
