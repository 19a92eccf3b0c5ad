/// A text addressed by Unicode scalar offsets (end exclusive), the unit of every offset briefgen reports.
///
/// Analysis code works on `scalars` (never on `Character`s) so that offsets match Python string indices
/// and the work stays linear in the length of the text.
public struct ScalarText: Sendable {
    /// The text as given.
    public let string: String
    /// The text's Unicode scalars; offsets index into this array.
    public let scalars: [Unicode.Scalar]

    /// Wraps `string`, decoding its scalars once.
    public init(_ string: String) {
        self.string = string
        self.scalars = Array(string.unicodeScalars)
    }

    /// Number of scalars.
    public var count: Int { scalars.count }

    /// The substring between two scalar offsets (end exclusive), clamped to the text.
    public func slice(_ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, scalars.count))
        let upper = max(lower, min(end, scalars.count))
        return Self.string(scalars[lower..<upper])
    }

    /// A string of the given scalars, encoded to UTF-8 directly (much faster than appending them to a
    /// `String.UnicodeScalarView`, which goes through a generic, per-scalar path).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var at = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[at] = UInt8(truncatingIfNeeded: value)
                    at += 1
                } else {
                    for unit in UTF8.encode(scalar)! {
                        buffer[at] = unit
                        at += 1
                    }
                }
            }
            return at
        }
    }

    /// The text of a sentence.
    public func text(of sentence: Sentence) -> String { slice(sentence.start, sentence.end) }

    /// The text of a paragraph.
    public func text(of paragraph: TextParagraph) -> String { slice(paragraph.start, paragraph.end) }
}
