import Foundation

/// Finds named entities (people, places, organizations) from capitalized word sequences, titles, organization words
/// and a small gazetteer of places in the news.
public struct EntityRecognizer: Sendable {
    /// Creates a recognizer.
    public init() {}

    /// Entity mentions in sentence order.
    public func recognize(_ text: ScalarText, sentences: [Sentence]) -> [Entity] {
        recognize(sentences.map { WordTokenizer.readable(text, $0) })
    }

    /// Entity mentions in sentence order, from each sentence's tokens (see ``StatisticsReader``).
    func recognize(_ sentenceTokens: [[WordToken]]) -> [Entity] {
        var entities: [Entity] = []
        var knownPeople: Set<String> = []
        for tokens in sentenceTokens {
            for span in NameSpans().spans(in: tokens) {
                let kind = classify(span, tokens, knownPeople: knownPeople)
                guard isName(span, tokens, kind: kind, knownPeople: knownPeople) else { continue }
                let slice = tokens[span.start..<span.end]
                var mention = AttributionFinder.text(slice)
                var end = slice.last!.end
                if TextSearch.hasSuffix(mention, "’s") || TextSearch.hasSuffix(mention, "'s") {
                    mention.removeLast(2)
                    end -= 2
                }
                if kind == .person, let surname = mention.split(separator: " ").last { knownPeople.insert(surname.lowercased()) }
                entities.append(Entity(start: slice.first!.start, end: end, type: kind, text: mention))
            }
        }
        return entities
    }

    /// Whether a span is worth reporting: a lone capitalized word opening a sentence (`Regarding`, `Four`) is usually
    /// just a capitalized common word, unless something marks it as a name.
    private func isName(_ span: NameSpans.Span, _ tokens: [WordToken], kind: Entity.Kind, knownPeople: Set<String>) -> Bool {
        if span.end - span.start == 1 {
            let word = tokens[span.start].lower
            if NumberWords.months[word] != nil || NumberWords.clockWords.contains(word) { return false } // `Oct.`, `GMT`
        }
        guard span.start == 0, span.end == 1, !span.afterTitle else { return true }
        let word = tokens[0].lower
        if NumberWords.cardinal(word) != nil { return false }
        return kind != .misc || EntityLexicon.nationalities.contains(word)
    }

    private func classify(_ span: NameSpans.Span, _ tokens: [WordToken], knownPeople: Set<String>) -> Entity.Kind {
        if span.afterTitle { return .person }
        let words = tokens[span.start..<span.end].map { TextSearch.hasSuffix($0.lower, "'s") ? String($0.lower.dropLast(2)) : $0.lower }
        let phrase = words.joined(separator: " ")
        if span.beforeTitle {
            return EntityLexicon.places.contains(phrase) ? .location : .organization
        }
        if words.contains(where: { EntityLexicon.miscWords.contains($0) }) { return .misc }
        if let last = words.last, EntityLexicon.nationalities.contains(last) { return .misc } // `North Korean`
        if words.count == 1, let token = tokens[span.start].text.unicodeScalars.first, WordTokenizer.isUpper(token),
           tokens[span.start].text.count >= 2,
           tokens[span.start].text.unicodeScalars.allSatisfy({ WordTokenizer.isUpper($0) || WordTokenizer.isDigit($0) || $0 == "." }),
           !EntityLexicon.places.contains(phrase) {
            return .organization // acronyms: `NRC`, `M23`, `UNHCR`
        }
        if EntityLexicon.places.contains(phrase) || words.last.map({ EntityLexicon.placeNouns.contains($0) }) == true
            || (words.count > 1 && EntityLexicon.compassWords.contains(words[0])) { return .location } // `South Korea`
        if words.contains(where: { EntityLexicon.organizationWords.contains($0) }) { return .organization }
        if words.contains(where: { EntityLexicon.placeNameWords.contains($0) }) { return .location } // `Golan Heights`
        if words.contains(where: { EntityLexicon.nationalities.contains($0) }) { return .misc } // `Various Russian`
        if span.afterPossessive { return .person }
        if let last = words.last, knownPeople.contains(last) { return .person }
        if span.end < tokens.count, tokens[span.end].is(.reportingVerb),
           words.count >= 2 || !(tokens[span.start].lower.hasSuffix("s")) { return .person }
        if span.start > 0, ["in", "near", "from", "across", "to"].contains(tokens[span.start - 1].lower) { return .location }
        return words.count >= 2 ? .person : .misc
    }
}
