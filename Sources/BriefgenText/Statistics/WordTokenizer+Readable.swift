extension WordTokenizer {
    /// Longest sentence, in Unicode scalars, that figures and names are read from (about 800 words).
    ///
    /// No news sentence is that long: such a "sentence" is run-on text without punctuation (a table or list pasted on
    /// one line, a scraped page). Reading it would be quadratic in the attribution and place searches, so it yields no
    /// tokens, hence no figures; its text is still on the site.
    static let readableSentenceLimit = 5_000

    /// The tokens of a sentence, or none for a sentence longer than ``readableSentenceLimit``.
    static func readable(_ text: ScalarText, _ sentence: Sentence) -> [WordToken] {
        guard sentence.end - sentence.start <= readableSentenceLimit else { return [] }
        return WordTokenizer().tokens(text, from: sentence.start, to: sentence.end)
    }
}
