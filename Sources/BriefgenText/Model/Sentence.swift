/// A sentence: the unit every figure, date and event points back to.
public struct Sentence: Sendable, Hashable, Codable {
    /// Scalar offset of the first character.
    public var start: Int
    /// Scalar offset just past the last character (end exclusive).
    public var end: Int
    /// Index of the paragraph the sentence belongs to.
    public var paragraph: Int

    /// Creates a sentence.
    public init(start: Int, end: Int, paragraph: Int) {
        self.start = start
        self.end = end
        self.paragraph = paragraph
    }
}
