/// Finds named entities (people, places, organizations).
public struct EntityRecognizer: Sendable {
    /// Creates a recognizer.
    public init() {}

    /// Entity mentions in sentence order.
    public func recognize(_ text: ScalarText, sentences: [Sentence]) -> [Entity] { [] }
}
