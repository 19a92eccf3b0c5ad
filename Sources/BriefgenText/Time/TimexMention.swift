/// A temporal expression found in the text, before it is resolved against the publication date.
struct TimexMention: Sendable, Hashable {
    /// Scalar offsets into the article text (end exclusive).
    var start: Int
    var end: Int
    /// Index of the sentence that holds it.
    var sentence: Int
    /// TIMEX3 type.
    var type: Timex.Kind
    /// What it means.
    var meaning: TemporalMeaning
    /// The token block (paragraph) it is in, its token range there, and its sentence's token range there.
    var block: Int
    var tokenRange: Range<Int>
    var sentenceTokens: Range<Int>
}
