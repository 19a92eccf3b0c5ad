/// Reads how a figure is bounded from the words just before it (`at least`, `more than`, `nearly`, `about`, `up to`,
/// `fewer than`) or just after it (`or more`, `or so`).
struct QualifierReader {
    /// Phrases before a figure, longest first, with the qualifier they give.
    private static let before: [([String], Statistic.Qualifier)] = [
        (["no", "more", "than"], .upTo), (["no", "fewer", "than"], .atLeast), (["no", "less", "than"], .atLeast),
        (["in", "excess", "of"], .moreThan), (["as", "many", "as"], .upTo), (["as", "much", "as"], .upTo),
        (["a", "minimum", "of"], .atLeast), (["a", "maximum", "of"], .upTo), (["close", "to"], .nearly),
        (["just", "under"], .nearly), (["just", "over"], .moreThan), (["well", "over"], .moreThan),
        (["at", "least"], .atLeast), (["more", "than"], .moreThan), (["upwards", "of"], .moreThan),
        (["up", "to"], .upTo), (["at", "most"], .upTo), (["fewer", "than"], .fewerThan), (["less", "than"], .fewerThan),
        (["an", "estimated"], .about), (["nearly"], .nearly), (["almost"], .nearly), (["about"], .about),
        (["around"], .about), (["roughly"], .about), (["some"], .about), (["approximately"], .about),
        (["approx"], .about), (["estimated"], .about), (["circa"], .about), (["over"], .moreThan),
        (["above"], .moreThan), (["exceeding"], .moreThan), (["under"], .fewerThan), (["below"], .fewerThan),
        (["nearly", "all"], .nearly),
    ]

    /// The last words of the phrases ``before``: a phrase matches only when the word before the figure is one of them.
    private static let phraseEnds: Set<String> = Set(before.compactMap { $0.0.last })

    /// Verbs of going beyond a figure (`passed 65,000`, `topped 1,000`).
    private static let beyondVerbs: Set<String> = ["passed", "surpassed", "exceeded", "topped", "crossed"]

    /// A word that is most likely a noun: a plural or a known counted thing, or a capitalized name.
    private func isNoun(_ token: WordToken) -> Bool {
        guard token.kind == .word else { return false }
        let word = token.lower
        if word.hasSuffix("ed") { return false }
        if CategoryClassifier.attackWords.contains(word) || CategoryClassifier.personWords.contains(word) { return true }
        if CategoryClassifier.relevantThings.contains(word) { return true }
        return word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !CountedThingReader.stopWords.contains(word)
            && !["has", "was", "is", "does", "its", "this", "numbers"].contains(word) && !word.hasSuffix("ous")
    }

    /// The qualifier of `mention`, and the index of the first token of its wording (the mention's own first token when exact).
    func qualifier(of mention: NumberMention, in tokens: [WordToken]) -> (Statistic.Qualifier, firstToken: Int) {
        if mention.isVague { return (.moreThan, mention.firstToken) }
        var end = mention.firstToken
        // `almost a 900-person increase`: the article stands between the qualifier and the figure.
        if end > 0, tokens[end - 1].lower == "a" || tokens[end - 1].lower == "an", mention.modifierWord != nil { end -= 1 }
        // (One set lookup of the word before the figure first: no phrase ends in most words.)
        for (phrase, qualifier) in end > 0 && Self.phraseEnds.contains(tokens[end - 1].lower) ? Self.before : []
        where phrase.count <= end {
            let start = end - phrase.count
            if phrase.indices.allSatisfy({ tokens[start + $0].lower == phrase[$0] }) { // no copy of a token per word
                // `drones over 10 regions`, `above 5 cities`: after a noun, `over` is a place, not a bound.
                if phrase.count == 1, ["over", "above", "under", "below"].contains(phrase[0]), start > 0, isNoun(tokens[start - 1]) {
                    return (.exact, mention.firstToken)
                }
                return (qualifier, start)
            }
        }
        // `the toll had passed 65,000`: a verb of going beyond bounds the figure, and stays the figure's verb.
        if end > 0, Self.beyondVerbs.contains(tokens[end - 1].lower) { return (.moreThan, mention.firstToken) }
        // `20 or more`, `20 people or more`, `30 or so`: within the next few words, before any punctuation.
        var after = mention.endToken
        while after + 1 < tokens.count, after - mention.endToken < 4, tokens[after].kind == .word {
            if tokens[after].lower == "or" {
                if ["more", "above", "over"].contains(tokens[after + 1].lower) { return (.atLeast, mention.firstToken) }
                if ["so", "thereabouts"].contains(tokens[after + 1].lower) { return (.about, mention.firstToken) }
                break
            }
            after += 1
        }
        return (.exact, mention.firstToken)
    }
}
