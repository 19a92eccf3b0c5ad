/// One paragraph of an article body (a line of a plain-text article, a block of a Markdown one).
public struct TextParagraph: Sendable, Hashable, Codable {
    /// What the paragraph is.
    public enum Kind: Sendable, Hashable, Codable {
        /// Running text, split into sentences.
        case body
        /// A heading of the given level (1 is the top); not a sentence.
        case heading(level: Int)
    }

    /// Scalar offset of the first character.
    public var start: Int
    /// Scalar offset just past the last character (end exclusive, the newline not included).
    public var end: Int
    /// Body text or heading.
    public var kind: Kind

    /// Creates a paragraph.
    public init(start: Int, end: Int, kind: Kind = .body) {
        self.start = start
        self.end = end
        self.kind = kind
    }

    /// Whether this paragraph is a heading.
    public var isHeading: Bool {
        if case .heading = kind { return true }
        return false
    }
}
