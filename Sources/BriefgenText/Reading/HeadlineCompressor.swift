/// Rewrites a news sentence into a headline clause (headlinese): attribution, leading adverbials, appositives and
/// trailing clauses removed; "the United States" → "US", "agreement" → "deal"; verbs to present tense ("is pushing"
/// → "pushes", "has continued" → "continues", "will sign" → "to sign", "is poised to" → "poised to"); articles dropped.
struct HeadlineCompressor {
    /// The main clause of `sentence` in headline form (not yet length-limited or capitalized), with the index of its
    /// main verb when found (shortening keeps the verb and its first complement).
    func compress(_ sentence: String) -> (clause: HeadlineTokens, verb: Int?) {
        // A headline never needs more than the sentence's opening; bounding it keeps run-on text (a 1 MB line) linear.
        var tokens = Array(HeadlineTokens(sentence).tokens.prefix(Self.maximumSourceTokens))
        while let last = tokens.last, [".", "!", "?", "…", "”", "’", "\""].contains(last) { tokens.removeLast() }
        tokens = ClauseTrimmer().mainClause(tokens)
        tokens = HeadlineVocabulary.abbreviate(tokens)
        let present = PresentTense().apply(tokens)
        var kept: [String] = []
        var verb: Int? = nil
        for (index, token) in present.tokens.enumerated() {
            if index == present.verb { verb = kept.count }
            let isArticle = Self.articles.contains(token) || (index == 0 && Self.capitalArticles.contains(token))
            if !isArticle, !Self.fillerAdjectives.contains(token) { kept.append(token) }
        }
        return (HeadlineTokens(tokens: kept), verb)
    }

    /// Shorter versions of `clause`, longest first: first without the agent phrase of the subject ("attack by
    /// Russian forces on Kharkiv" → "attack on Kharkiv"), then without trailing prepositional or time phrases one at a
    /// time, never cutting into the verb and its first complement.
    /// - Parameter verb: index of the main verb, when known.
    func shortenings(_ clause: HeadlineTokens, verb: Int?) -> [HeadlineTokens] {
        var results: [HeadlineTokens] = []
        var tokens = clause.tokens
        var verbIndex = verb
        if let verb, let agent = tokens[..<verb].firstIndex(of: "by"), agent > 0 {
            let end = tokens[(agent + 1)..<verb].firstIndex { Self.phraseOpeners.contains($0) || $0 == "," } ?? verb
            tokens.removeSubrange(agent..<end)
            verbIndex = verb - (end - agent)
            results.append(HeadlineTokens(tokens: tokens))
        }
        let minimum = max(4, (verbIndex ?? 0) + 3)
        while let cut = tokens.lastIndex(where: { Self.phraseOpeners.contains($0) }), cut >= minimum {
            tokens = Array(tokens[..<cut])
            while let last = tokens.last, Self.danglers.contains(last) || !HeadlineTokens.isWord(last) { tokens.removeLast() }
            results.append(HeadlineTokens(tokens: tokens))
        }
        return results
    }

    /// `text` cut within `limit` scalars: before the last clause word ("when", "who", "and" …) that leaves at least
    /// five words, else at the last word boundary; without dangling function words.
    func truncate(_ text: String, limit: Int) -> String {
        guard text.unicodeScalars.count > limit else { return text }
        var tokens: [String] = []
        var length = 0
        for word in text.split(separator: " ") {
            let added = word.unicodeScalars.count + (tokens.isEmpty ? 0 : 1)
            guard length + added <= limit else { break }
            tokens.append(String(word))
            length += added
        }
        while HeadlineTokens(tokens: tokens).text.unicodeScalars.count > limit, !tokens.isEmpty { tokens.removeLast() }
        if let clause = tokens.lastIndex(where: { Self.clauseWords.contains($0) }), clause >= 5 {
            tokens.removeSubrange(clause...)
        }
        while let last = tokens.last, Self.danglers.contains(last.lowercased()) || Self.phraseOpeners.contains(last) || last.hasSuffix(",") {
            tokens.removeLast()
        }
        return tokens.joined(separator: " ")
    }

    /// Tokens of the source sentence a headline is made from (a news sentence rarely has more than 60).
    static let maximumSourceTokens = 120
    static let articles: WordSet = ["a", "an", "the"]
    private static let capitalArticles: WordSet = ["A", "An", "The"]
    static let fillerAdjectives: WordSet = ["significant", "substantial", "considerable", "so-called"]
    static let phraseOpeners: WordSet = [
        "in", "on", "at", "for", "from", "with", "by", "over", "after", "amid", "during", "since", "before", "near",
        "across", "into", "against", "under", "this", "last", "next", "as", "while", "including",
    ]
    private static let clauseWords: WordSet = [
        "when", "while", "who", "whom", "whose", "which", "that", "as", "after", "because", "and", "but", "where", "if",
        "although", "though", "amid", "despite", "before", "since", "until", "with",
    ]
    static let danglers: WordSet = ["and", "or", "but", "to", "of", "a", "an", "the", "that", "its", "their", "his", "her"]
}
