/// One figure reported in an article: what it counts, who says so, and how sure it is.
public struct Statistic: Sendable, Hashable, Codable {
    /// How the figure is bounded.
    public enum Qualifier: String, Sendable, Hashable, Codable {
        case exact
        case atLeast = "at_least"
        case moreThan = "more_than"
        case fewerThan = "fewer_than"
        case about
        case nearly
        case upTo = "up_to"
    }

    /// What kind of quantity the figure is.
    public enum Category: String, Sendable, Hashable, Codable, CaseIterable {
        case killed
        case injured
        case casualties
        case displaced
        case attacks
        case militaryLosses = "military_losses"
        case money
        case percentage
        case other
    }

    /// How sure the figure is, from its attribution.
    public enum Verification: String, Sendable, Hashable, Codable {
        /// Stated as verified or confirmed by the source.
        case verified
        /// Media or officials, without verification.
        case reported
        /// A party to the conflict or its officials, or explicitly not independently verified.
        case claimed
        /// No source given.
        case unattributed
    }

    /// Who says so, and how.
    public struct Attribution: Sendable, Hashable, Codable {
        /// The source ("U.N. Human Rights Monitoring Mission in Ukraine", "officials").
        public var who: String
        /// The reporting verb or phrase ("verified", "reported", "according to").
        public var verb: String
        /// Creates an attribution.
        public init(who: String, verb: String) {
            self.who = who
            self.verb = verb
        }
    }

    /// A time span the figure covers (ISO prefixes).
    public struct Period: Sendable, Hashable, Codable {
        public var start: String?
        public var end: String?
        /// Creates a period.
        public init(start: String?, end: String?) {
            self.start = start
            self.end = end
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
        }
        enum CodingKeys: String, CodingKey { case start, end }
    }

    /// The value (the low end for a range).
    public var value: Double
    /// Range bounds, when the figure is a range.
    public var low: Double?
    public var high: Double?
    /// How the figure is bounded.
    public var qualifier: Qualifier
    /// The number as written ("2,641", "one-fifth", "46%").
    public var surface: String
    /// The unit ("people", "USD", "percent", "drones").
    public var unit: String?
    /// What is counted ("civilian casualties").
    public var what: String
    /// The kind of quantity.
    public var category: Category
    /// Where, when the sentence says.
    public var place: String?
    /// When, when the sentence says.
    public var period: Period?
    /// Who says so.
    public var attribution: Attribution?
    /// How sure the figure is.
    public var verification: Verification
    /// Index of the sentence the figure is in.
    public var sentence: Int
    /// Scalar offsets of `surface` in the text.
    public var start: Int
    public var end: Int

    /// Creates a statistic.
    public init(
        value: Double, low: Double? = nil, high: Double? = nil, qualifier: Qualifier = .exact, surface: String,
        unit: String? = nil, what: String, category: Category, place: String? = nil, period: Period? = nil,
        attribution: Attribution? = nil, verification: Verification, sentence: Int, start: Int, end: Int
    ) {
        self.value = value
        self.low = low
        self.high = high
        self.qualifier = qualifier
        self.surface = surface
        self.unit = unit
        self.what = what
        self.category = category
        self.place = place
        self.period = period
        self.attribution = attribution
        self.verification = verification
        self.sentence = sentence
        self.start = start
        self.end = end
    }

    enum CodingKeys: String, CodingKey {
        case value, low, high, qualifier, surface, unit, what, category, place, period, attribution, verification
        case sentence, start, end
    }

    /// Encodes every key, absent values as `null`, as the extract contract shows.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(JSONNumber(value), forKey: .value)
        try c.encode(low.map(JSONNumber.init), forKey: .low)
        try c.encode(high.map(JSONNumber.init), forKey: .high)
        try c.encode(qualifier, forKey: .qualifier)
        try c.encode(surface, forKey: .surface)
        try c.encode(unit, forKey: .unit)
        try c.encode(what, forKey: .what)
        try c.encode(category, forKey: .category)
        try c.encode(place, forKey: .place)
        try c.encode(period, forKey: .period)
        try c.encode(attribution, forKey: .attribution)
        try c.encode(verification, forKey: .verification)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
    }
}

/// A number that encodes as a JSON integer when it is whole (`2641`, not `2641.0`).
public struct JSONNumber: Sendable, Hashable, Codable {
    /// The value.
    public var value: Double
    /// Wraps a value.
    public init(_ value: Double) { self.value = value }
    public init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(Double.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        if value.rounded() == value, abs(value) < 9.0e15 {
            try c.encode(Int64(value))
        } else {
            try c.encode(value)
        }
    }
}
