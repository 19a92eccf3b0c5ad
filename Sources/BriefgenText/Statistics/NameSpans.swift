/// Capitalized word sequences that may be names, with titles split off (`President Volodymyr Zelenskyy` → a name after a
/// title; `Kremlin spokesman Dmitry Peskov` → `Kremlin`, then a name after a title) and function words dropped.
struct NameSpans {
    /// A candidate name: token range, and whether a title (President, Minister, spokesman…) stood before it.
    struct Span {
        var start: Int
        var end: Int
        var afterTitle: Bool
        /// A possessive place stood before the name (`Ukraine’s Zelenskyy`): a person unless it names an organization.
        var afterPossessive = false
        /// The words stood before a title (`Kremlin` in `Kremlin spokesman`): an organization or a place, never a person.
        var beforeTitle = false
    }

    /// Particles inside names (`Rio de Janeiro`, `Abdel Fattah al-Burhan`).
    static let particles: Set<String> = ["de", "da", "al", "el", "bin", "van", "von", "der", "dos", "la"]
    /// Words that join the parts of an organization's name (`Ministry of Defence`).
    static let links: Set<String> = ["of", "for", "the", "and"]

    /// The candidate names in a sentence's tokens.
    func spans(in tokens: [WordToken]) -> [Span] {
        var spans: [Span] = []
        self.spans(in: tokens, into: &spans)
        return spans
    }

    /// The candidate names in a sentence's tokens, written into `spans` (emptied first, its storage kept: the
    /// recognizer reads every sentence with one buffer).
    func spans(in tokens: [WordToken], into spans: inout [Span]) {
        spans.removeAll(keepingCapacity: true)
        var index = 0
        var afterTitle = false
        while index < tokens.count {
            // The token's flags, not a copy of it: most tokens are passed over.
            let classes = tokens[index].classes
            let isCapitalized = tokens[index].isCapitalized
            if classes.contains(.title),
               isCapitalized || !classes.contains(.commonWordTitle) {
                afterTitle = true
                index += 1
                // `Secretary of State Marco Rubio`, `Minister of Defence`: the rest of the title.
                while index + 1 < tokens.count, tokens[index].lower == "of",
                      tokens[index + 1].is(.titleModifier) || tokens[index + 1].is(.organizationWord) {
                    index += 2
                }
                continue
            }
            guard isCapitalized, !classes.contains(.functionWord) else {
                afterTitle = false
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count, continuesName(tokens, at: end) { end += 1 }
            if end < tokens.count, tokens[end].is(.title) {
                // Words before a title: an organization or place (`Kremlin`, `U.S.`), or part of the title (`Foreign`).
                var first = index, last = end
                while first < last, tokens[first].is(.nationality) { first += 1 }
                while last > first, tokens[last - 1].is(.titleModifier) { last -= 1 }
                if first < last { spans.append(Span(start: first, end: last, afterTitle: false, beforeTitle: true)) }
                index = end
                continue
            }
            var start = index
            if end - start > 1, tokens[start].is(.nationality),
               !tokens[end - 1].is(.organizationWord) {
                start += 1 // `Russian Vladimir Putin` → the name
            }
            var afterPossessive = false
            if end - start > 1, tokens[start].lower.hasSuffix("'s"), !afterTitle {
                start += 1 // `Ukraine’s Zelenskyy` → the name
                afterPossessive = true
            }
            spans.append(Span(start: start, end: end, afterTitle: afterTitle, afterPossessive: afterPossessive))
            afterTitle = false
            index = end
        }
    }

    /// Whether the token at `index` carries on the name before it (the tokens read in place, not copied).
    private func continuesName(_ tokens: [WordToken], at index: Int) -> Bool {
        if tokens[index].isCapitalized { return !tokens[index].is(.title) && !tokens[index].is(.functionWord) }
        // `Rio de Janeiro`, `Abdel Fattah al-Burhan`
        if tokens[index].is(.nameParticle), index > 0, index + 1 < tokens.count,
           tokens[index - 1].isCapitalized || ["de", "van", "von", "da", "al", "el"].contains(tokens[index - 1].lower) {
            var next = index + 1
            while next < tokens.count, ["de", "der", "la", "van", "von", "da", "dos", "al", "el"].contains(tokens[next].lower) { next += 1 }
            return next < tokens.count && (tokens[next].isCapitalized || tokens[next].text == "-")
        }
        // `Ministry of Defence`, `Office for the Coordination of Humanitarian Affairs`
        guard tokens[index].is(.nameLink), index + 1 < tokens.count, index > 0 else { return false }
        let next = index + 1
        let previous = index - 1
        if tokens[index].lower == "the" { return ["of", "for"].contains(tokens[previous].lower) && tokens[next].isCapitalized }
        if tokens[index].lower == "and" { return tokens[next].isCapitalized && tokens[previous].is(.organizationWord) }
        let nextIsName = tokens[next].isCapitalized
            || (tokens[next].lower == "the" && index + 2 < tokens.count && tokens[index + 2].isCapitalized)
        return tokens[previous].isCapitalized && nextIsName
    }
}
