import Foundation

/// Finds named entities (people, places, organizations) from capitalized word sequences, titles, organization words
/// and a small gazetteer of places in the news.
public struct EntityRecognizer: Sendable {
    /// Creates a recognizer.
    public init() {}

    /// Entity mentions in sentence order.
    public func recognize(_ text: ScalarText, sentences: [Sentence]) -> [Entity] {
        var entities: [Entity] = []
        var knownPeople: Set<String> = []
        for sentence in sentences {
            let tokens = WordTokenizer().tokens(text, from: sentence.start, to: sentence.end)
            for span in NameSpans().spans(in: tokens) {
                let kind = classify(span, tokens, knownPeople: knownPeople)
                let slice = tokens[span.start..<span.end]
                var mention = AttributionFinder.text(slice)
                var end = slice.last!.end
                if mention.hasSuffix("’s") || mention.hasSuffix("'s") {
                    mention.removeLast(2)
                    end -= 2
                }
                if kind == .person, let surname = mention.split(separator: " ").last { knownPeople.insert(surname.lowercased()) }
                entities.append(Entity(start: slice.first!.start, end: end, type: kind, text: mention))
            }
        }
        return entities
    }

    private func classify(_ span: NameSpans.Span, _ tokens: [WordToken], knownPeople: Set<String>) -> Entity.Kind {
        let words = tokens[span.start..<span.end].map { $0.lower.hasSuffix("'s") ? String($0.lower.dropLast(2)) : $0.lower }
        if span.afterTitle { return .person }
        if span.beforeTitle {
            return EntityLexicon.places.contains(words.joined(separator: " ")) ? .location : .organization
        }
        if words.contains(where: { EntityLexicon.miscWords.contains($0) }) { return .misc }
        if words.contains(where: { EntityLexicon.organizationWords.contains($0) }) { return .organization }
        let phrase = words.joined(separator: " ")
        if EntityLexicon.places.contains(phrase) || words.last.map({ EntityLexicon.placeNouns.contains($0) }) == true { return .location }
        if words.contains(where: { EntityLexicon.nationalities.contains($0) }) { return .misc } // `Various Russian`
        if span.afterPossessive { return .person }
        if let last = words.last, knownPeople.contains(last) { return .person }
        if span.end < tokens.count, AttributionFinder.reportingVerbs.contains(tokens[span.end].lower), words.count >= 2 { return .person }
        if span.start > 0, ["in", "near", "from", "across", "to"].contains(tokens[span.start - 1].lower) { return .location }
        return words.count >= 2 ? .person : .misc
    }
}
