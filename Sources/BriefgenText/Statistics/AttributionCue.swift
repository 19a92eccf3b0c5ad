/// A reporting cue found in a sentence: who says so, the verb, and where it stands.
struct AttributionCue {
    /// The source as written, without a leading article or quotes.
    var who: String
    /// The reporting verb or phrase.
    var verb: String
    /// Token index of the verb (for choosing the cue nearest a figure).
    var position: Int
    /// Whether the cue is a main clause closing the sentence (`…, government spokesman Patrick Muyaya told a briefing.`):
    /// its source gives everything before it, even a figure another source is said to have confirmed.
    var closesSentence = false
    /// Whether the cue stands in a relative clause (`…, of whom Israel believes around 20 are alive`): it gives only the
    /// figures after it.
    var inRelativeClause = false
    /// Whether the source is a pronoun or a definite common noun (`it`, `she`, `the mission`) that refers back to a
    /// source named before: inside what another source says (`She said the mission had verified …`) it is that
    /// source's own organization or self, not a new source.
    var refersBack = false
}
