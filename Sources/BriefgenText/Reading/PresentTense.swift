/// Puts a headline clause's main verb in the present tense, headline style.
///
/// "is pushing" → "pushes", "are sending" → "send", "is poised to" → "poised to", "were killed" → "killed",
/// "has (also) continued" → "continues", "have been stalled" → "stalled", "will sign" → "to sign",
/// "launched" → "launches" (a simple past after the subject). Negated verb groups are left as written.
struct PresentTense {
    /// `tokens` with the first verb group rewritten, and the index of the main verb (or predicate) if found.
    func apply(_ input: [String]) -> (tokens: [String], verb: Int?) {
        var tokens = input
        var insideRelativeClause = false
        for index in tokens.indices.prefix(16) where index > 0 {
            let word = tokens[index]
            if word == "that" || word == ";" { break }
            if Self.relativePronouns.contains(word) {
                insideRelativeClause = true
                continue
            }
            let isAuxiliary = ClauseTrimmer.auxiliaries.contains(word) && word != "be" && word != "been"
            if insideRelativeClause {
                if isAuxiliary || isSimplePast(tokens, at: index) { insideRelativeClause = false }
                continue
            }
            if isAuxiliary {
                var result = auxiliaryGroup(&tokens, at: index)
                if let verb = result.verb { result.tokens = coordinated(result.tokens, after: verb, singular: ["is", "was", "has"].contains(word)) }
                return result
            }
            if isSimplePast(tokens, at: index), let base = VerbInflection.base(ofPast: word) {
                tokens[index] = subjectIsPlural(tokens[..<index]) ? base : VerbInflection.thirdPerson(base)
                return (tokens, index)
            }
        }
        return (tokens, nil)
    }

    private func auxiliaryGroup(_ tokens: inout [String], at aux: Int) -> (tokens: [String], verb: Int?) {
        let singular = ["is", "was", "has"].contains(tokens[aux]) || (tokens[aux] == "had" && !subjectIsPlural(tokens[..<aux]))
        var next = aux + 1
        while next < tokens.count, Self.adverbs.contains(tokens[next]) || (tokens[next].hasSuffix("ly") && tokens[next].count > 4) {
            next += 1
        }
        guard next < tokens.count, tokens[next] != "not", tokens[next] != "never" else { return (tokens, aux) }
        let word = tokens[next]
        let inflect = { (base: String) in singular ? VerbInflection.thirdPerson(base) : base }
        switch tokens[aux] {
        case "will":
            guard next == aux + 1, isLowerWord(word), !Self.pronouns.contains(tokens[aux - 1].lowercased()) else { return (tokens, aux) }
            tokens[aux] = "to"
        case "is", "are", "was", "were":
            if word == "being" {
                tokens.removeSubrange(aux...next)
            } else if let base = VerbInflection.base(ofParticiple: word), isLowerWord(word), next + 1 < tokens.count {
                tokens.replaceSubrange(aux...next, with: [inflect(base)])
            } else if VerbInflection.base(ofParticiple: word) != nil || Self.predicates.contains(word) || VerbInflection.base(ofPast: word) != nil || Self.locatives.contains(word) {
                tokens.removeSubrange(aux..<next)
            } else if tokens[aux] == "was" || tokens[aux] == "were" {
                tokens[aux] = tokens[aux] == "was" ? "is" : "are"
            }
        case "has", "have", "had":
            if word == "been", next + 1 < tokens.count {
                let after = tokens[next + 1]
                if let base = VerbInflection.base(ofParticiple: after), isLowerWord(after) {
                    tokens.replaceSubrange(aux...(next + 1), with: [inflect(base)])
                } else if VerbInflection.base(ofPast: after) != nil || Self.locatives.contains(after) {
                    tokens.removeSubrange(aux...next)
                } else {
                    tokens.replaceSubrange(aux...next, with: [singular ? "is" : "are"])
                }
            } else if let base = VerbInflection.base(ofPast: word), isLowerWord(word) {
                tokens.replaceSubrange(aux...next, with: [inflect(base)])
            }
        default:
            break
        }
        return (tokens, aux)
    }

    /// "interviewed and released" → "interviews and releases": a second past form joined by "and".
    private func coordinated(_ input: [String], after verb: Int, singular: Bool) -> [String] {
        var tokens = input
        guard verb + 2 < tokens.count, tokens[verb + 1] == "and", isLowerWord(tokens[verb + 2]),
              let base = VerbInflection.base(ofPast: tokens[verb + 2]) else { return tokens }
        let converted = tokens[verb] != input[verb] || VerbInflection.base(ofPast: tokens[verb]) == nil
        if converted { tokens[verb + 2] = singular ? VerbInflection.thirdPerson(base) : base }
        return tokens
    }

    /// A lower-case past form after a word of the subject (not after an article, preposition or comma).
    private func isSimplePast(_ tokens: [String], at index: Int) -> Bool {
        let word = tokens[index]
        guard isLowerWord(word), !TextSearch.containsAny(["-"], in: word), VerbInflection.base(ofPast: word) != nil else { return false }
        let before = tokens[index - 1]
        return HeadlineTokens.isWord(before) && !HeadlineCompressor.articles.contains(before)
            && !HeadlineCompressor.phraseOpeners.contains(before) && !Self.adverbs.contains(before)
    }

    private func subjectIsPlural(_ subject: ArraySlice<String>) -> Bool {
        guard let head = subject.last else { return false }
        if ["they", "we", "you", "i"].contains(head.lowercased()) { return true }
        guard head.hasSuffix("s"), !head.hasSuffix("ss"), !head.hasSuffix("us"), !head.hasSuffix("is") else { return false }
        let counted = subject.contains { $0.unicodeScalars.first.map(ScalarClass.isDigit) == true || Self.quantifiers.contains($0.lowercased()) }
        return isLowerWord(head) || counted
    }

    private func isLowerWord(_ word: String) -> Bool {
        word.unicodeScalars.first?.properties.isLowercase == true
    }

    private static let quantifiers: WordSet = ["some", "many", "several", "few", "both", "all", "thousands", "hundreds", "dozens", "millions"]
    private static let relativePronouns: WordSet = ["who", "whom", "whose", "which"]
    private static let adverbs: WordSet = ["also", "now", "already", "just", "still", "since", "again", "reportedly"]
    private static let pronouns: WordSet = ["i", "he", "she", "it", "we", "they", "you", "this", "that"]
    private static let predicates: WordSet = [
        "poised", "set", "expected", "due", "likely", "unlikely", "about", "ready", "slated", "scheduled", "able",
        "unable", "willing", "keen", "eager", "prepared", "determined", "reluctant", "close", "preparing",
    ]
    private static let locatives: WordSet = ["in", "at", "on", "to", "under", "near", "inside", "outside", "back"]
}
