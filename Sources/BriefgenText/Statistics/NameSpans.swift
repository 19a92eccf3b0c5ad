/// Capitalized word sequences that may be names, with titles split off (`President Volodymyr Zelenskyy` → a name after a
/// title; `Kremlin spokesman Dmitry Peskov` → `Kremlin`, then a name after a title) and function words dropped.
struct NameSpans {
    /// A candidate name: token range, and whether a title (President, Minister, spokesman…) stood before it.
    struct Span {
        var start: Int
        var end: Int
        var afterTitle: Bool
    }

    /// The candidate names in a sentence's tokens.
    func spans(in tokens: [WordToken]) -> [Span] {
        var spans: [Span] = []
        var index = 0
        var afterTitle = false
        while index < tokens.count {
            let token = tokens[index]
            if EntityLexicon.titles.contains(token.lower) {
                afterTitle = true
                index += 1
                continue
            }
            guard token.isCapitalized, !EntityLexicon.functionWords.contains(token.lower) else {
                afterTitle = false
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count, continuesName(tokens, at: end) { end += 1 }
            if end < tokens.count, EntityLexicon.titles.contains(tokens[end].lower) {
                // Words before a title: an organization or place (`Kremlin`, `U.S.`), or part of the title (`Foreign`).
                if !tokens[index..<end].allSatisfy({ EntityLexicon.titleModifiers.contains($0.lower) }) {
                    spans.append(Span(start: index, end: end, afterTitle: false))
                }
                index = end
                continue
            }
            var start = index
            if end - start > 1, EntityLexicon.nationalities.contains(tokens[start].lower),
               !EntityLexicon.organizationWords.contains(tokens[end - 1].lower) {
                start += 1 // `Russian Vladimir Putin` → the name
            }
            spans.append(Span(start: start, end: end, afterTitle: afterTitle))
            afterTitle = false
            index = end
        }
        return spans
    }

    private func continuesName(_ tokens: [WordToken], at index: Int) -> Bool {
        let token = tokens[index]
        if token.isCapitalized { return !EntityLexicon.titles.contains(token.lower) && !EntityLexicon.functionWords.contains(token.lower) }
        // `Ministry of Defence`, `Office for the Coordination of Humanitarian Affairs`
        guard ["of", "for", "the", "and"].contains(token.lower), index + 1 < tokens.count, index > 0 else { return false }
        let next = tokens[index + 1]
        let previous = tokens[index - 1]
        if token.lower == "the" { return ["of", "for"].contains(previous.lower) && next.isCapitalized }
        if token.lower == "and" { return next.isCapitalized && EntityLexicon.organizationWords.contains(previous.lower) }
        let nextIsName = next.isCapitalized || (next.lower == "the" && index + 2 < tokens.count && tokens[index + 2].isCapitalized)
        return previous.isCapitalized && nextIsName
    }
}
