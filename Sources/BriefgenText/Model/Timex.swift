/// A temporal expression in the text, normalized TIMEX3-style.
public struct Timex: Sendable, Hashable, Codable {
    /// TIMEX3 type.
    public enum Kind: String, Sendable, Hashable, Codable {
        case date = "DATE"
        case time = "TIME"
        case duration = "DURATION"
        case set = "SET"
    }

    /// Scalar offsets into the text (end exclusive).
    public var start: Int
    public var end: Int
    /// The expression as written.
    public var text: String
    /// TIMEX3 type.
    public var type: Kind
    /// TIMEX3 value (`2025-04-24`, `2025-04-01/2025-04-24`, `XXXX-04-24`, `P3Y`, `PAST_REF`), nil when unresolvable.
    public var value: String?
    /// Index of the sentence that holds the expression.
    public var sentence: Int
    /// Whether the value depended on the publication date (relative expressions).
    public var isRelative: Bool

    /// Creates a timex.
    public init(start: Int, end: Int, text: String, type: Kind, value: String?, sentence: Int, isRelative: Bool = false) {
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.value = value
        self.sentence = sentence
        self.isRelative = isRelative
    }

    enum CodingKeys: String, CodingKey {
        case start, end, text, type, value, sentence
        case isRelative = "relative"
    }

    /// Encodes every key, absent values as `null`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(text, forKey: .text)
        try c.encode(type, forKey: .type)
        try c.encode(value, forKey: .value)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(isRelative, forKey: .isRelative)
    }
}
