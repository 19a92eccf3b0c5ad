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
        var spans: [NameSpans.Span] = [] // one buffer for every sentence's spans, not an array each
        for tokens in sentenceTokens {
            NameSpans().spans(in: tokens, into: &spans)
            for span in spans {
                let kind = classify(span, tokens, knownPeople: knownPeople)
                guard isName(span, tokens, kind: kind, knownPeople: knownPeople) else { continue }
                let slice = tokens[span.start..<span.end]
                var mention = AttributionFinder.text(slice)
                var end = slice.last!.end
                let possessive = Self.possessiveSuffixBytes(mention)
                if possessive > 0 {
                    Self.removeLastTwoCharacters(&mention, bytes: possessive)
                    end -= 2
                }
                if kind == .person, let surname = TextSearch.lastWord(of: mention) { knownPeople.insert(surname.lowercased()) }
                entities.append(Entity(start: slice.first!.start, end: end, type: kind, text: mention))
            }
        }
        return entities
    }

    /// The UTF-8 length of the possessive `’s` (4) or `'s` (2) that `text` ends with, else 0: the answers of
    /// `TextSearch.hasSuffix(text, "’s")` and `TextSearch.hasSuffix(text, "'s")`, from one look at the bytes.
    static func possessiveSuffixBytes(_ text: String) -> Int {
        var copy = text
        return copy.withUTF8 { bytes in
            let count = bytes.count
            guard count >= 2, bytes[count - 1] == 0x73 else { return 0 } // `s`
            if bytes[count - 2] == 0x27 { return 2 } // `'`
            return count >= 4 && bytes[count - 4] == 0xE2 && bytes[count - 3] == 0x80 && bytes[count - 2] == 0x99 ? 4 : 0 // `’`
        }
    }

    /// `text.removeLast(2)` for text that ends in the `bytes` UTF-8 bytes of `’s` or `'s`.
    ///
    /// When the byte before them is ASCII (or there is none), the last two characters are the apostrophe and `s`: an
    /// ASCII scalar is no prepended mark, and neither the apostrophe nor `s` extends what stands before it. So the
    /// bytes are cut, without walking characters. Otherwise the characters are removed.
    static func removeLastTwoCharacters(_ text: inout String, bytes suffix: Int) {
        var copy = text
        let cut: String? = copy.withUTF8 { bytes in
            let kept = bytes.count - suffix
            guard kept >= 0, kept == 0 || bytes[kept - 1] < 0x80 else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<kept]), as: UTF8.self)
        }
        if let cut { text = cut } else { text.removeLast(2) }
    }

    /// Whether a span is worth reporting: a lone capitalized word opening a sentence (`Regarding`, `Four`) is usually
    /// just a capitalized common word, unless something marks it as a name.
    private func isName(_ span: NameSpans.Span, _ tokens: [WordToken], kind: Entity.Kind, knownPeople: Set<String>) -> Bool {
        if span.end - span.start == 1 {
            let token = tokens[span.start]
            if token.is(.month) || token.lower.utf8.count <= NumberWords.longestClockWord
                && NumberWords.clockWords.contains(token.lower) { return false } // `Oct.`, `GMT`
        }
        guard span.start == 0, span.end == 1, !span.afterTitle else { return true }
        if tokens[0].is(.cardinal) { return false } // a key of `NumberWords.units` or `.tens`, as `cardinal(_:)` reads
        return kind != .misc || tokens[0].is(.nationality)
    }

    private func classify(_ span: NameSpans.Span, _ tokens: [WordToken], knownPeople: Set<String>) -> Entity.Kind {
        if span.afterTitle { return .person }
        // Each word is the token's lower-cased text without a possessive `'s`; its classes are the token's own, or
        // looked up again for a word that lost its `'s` (the word lists are the same sets the classes stand for).
        let count = span.end - span.start
        func word(_ offset: Int) -> String {
            let lower = tokens[span.start + offset].lower
            return TextSearch.hasSuffix(lower, "'s") ? String(lower.dropLast(2)) : lower
        }
        func classes(_ offset: Int) -> WordClasses { // (the token read in place, not copied)
            TextSearch.hasSuffix(tokens[span.start + offset].lower, "'s") ? WordClasses.of(word(offset)) : tokens[span.start + offset].classes
        }
        // The classes of the first and last words, and of any word (one pass, no array of them).
        var first: WordClasses = []
        var last: WordClasses?
        var any: WordClasses = []
        for offset in 0..<count {
            let word = classes(offset)
            if offset == 0 { first = word }
            last = word
            any.formUnion(word)
        }
        // The words joined by spaces name a place; a phrase of several words only when its first word opens a place
        // name of that many words.
        let isPlace: Bool
        if count == 1 {
            isPlace = first.contains(.place)
        } else if count > 1, count <= EntityLexicon.longestPlaceWords, first.contains(.placeStart) {
            isPlace = EntityLexicon.places.contains((0..<count).map(word).joined(separator: " "))
        } else {
            isPlace = false
        }
        if span.beforeTitle {
            return isPlace ? .location : .organization
        }
        if any.contains(.miscWord) { return .misc }
        if let last, last.contains(.nationality) { return .misc } // `North Korean`
        // (The character count last: the scalar tests fail first for nearly every name.)
        if count == 1, !isPlace, let token = tokens[span.start].text.unicodeScalars.first, WordTokenizer.isUpper(token),
           tokens[span.start].text.unicodeScalars.allSatisfy({ WordTokenizer.isUpper($0) || WordTokenizer.isDigit($0) || $0 == "." }),
           tokens[span.start].text.count >= 2 {
            return .organization // acronyms: `NRC`, `M23`, `UNHCR`
        }
        if isPlace || last.map({ $0.contains(.placeNoun) }) == true
            || (count > 1 && first.contains(.compassWord)) { return .location } // `South Korea`
        if any.contains(.organizationWord) { return .organization }
        if any.contains(.placeNameWord) { return .location } // `Golan Heights`
        if any.contains(.nationality) { return .misc } // `Various Russian`
        if span.afterPossessive { return .person }
        if count > 0, !knownPeople.isEmpty, knownPeople.contains(word(count - 1)) { return .person }
        if span.end < tokens.count, tokens[span.end].is(.reportingVerb),
           count >= 2 || !(tokens[span.start].lower.hasSuffix("s")) { return .person }
        if span.start > 0, ["in", "near", "from", "across", "to"].contains(tokens[span.start - 1].lower) { return .location }
        return count >= 2 ? .person : .misc
    }
}
