/// A named entity mention (person, place, organization, other).
public struct Entity: Sendable, Hashable, Codable {
    /// Entity type, CoNLL style.
    public enum Kind: String, Sendable, Hashable, Codable {
        case person = "PER"
        case location = "LOC"
        case organization = "ORG"
        case misc = "MISC"
    }

    /// Scalar offsets into the text (end exclusive).
    public var start: Int
    public var end: Int
    /// Entity type.
    public var type: Kind
    /// The mention as written.
    public var text: String

    /// Creates an entity mention.
    public init(start: Int, end: Int, type: Kind, text: String) {
        self.start = start
        self.end = end
        self.type = type
        self.text = text
    }
}
