/// When an article was published, and how briefgen knows it.
public struct PublicationDate: Sendable, Hashable, Codable {
    /// How the date is known.
    public enum Source: String, Sendable, Hashable, Codable {
        /// The article's front matter `published`.
        case frontMatter = "front-matter"
        /// Inferred from the article's own text (with the evidence sentence).
        case textInferred = "text-inferred"
        /// Set by the user's configuration or `--published`.
        case config
        /// Not known; relative dates stay unresolved.
        case unknown
    }

    /// How precisely the date is known.
    public enum Precision: String, Sendable, Hashable, Codable {
        case day, month, year
    }

    /// ISO-8601 prefix (`2025-04-25`, `2025-04`, `2025`), or nil when unknown.
    public var value: String?
    /// How the date is known.
    public var source: Source
    /// The sentence that fixes an inferred date.
    public var evidence: String?
    /// How precisely the date is known (nil when unknown).
    public var precision: Precision?
    /// For a text-inferred date: the article was published on or after `value` (a lower bound, not the day itself).
    public var isLowerBound: Bool

    /// Creates a publication date.
    public init(value: String?, source: Source, evidence: String? = nil, precision: Precision? = nil, isLowerBound: Bool = false) {
        self.value = value
        self.source = source
        self.evidence = evidence
        self.precision = precision ?? value.map(PublicationDate.precision(of:))
        self.isLowerBound = isLowerBound
    }

    /// An unknown publication date.
    public static let unknown = PublicationDate(value: nil, source: .unknown)

    /// Precision implied by an ISO prefix's length.
    public static func precision(of value: String) -> Precision {
        switch value.count {
        case ..<5: return .year
        case ..<8: return .month
        default: return .day
        }
    }

    enum CodingKeys: String, CodingKey {
        case value, source, evidence, precision
        case isLowerBound = "lower_bound"
    }
}
