/// Reads acronyms a text defines after a name (`the World Health Organization (WHO)`, `the Ministry of Health (MoH)`),
/// so that a source named later by its acronym alone (`According to MoH, …`) can be given with its name, and so that a
/// reporting verb after the parenthesis still finds its subject.
struct AcronymReader {
    /// Whether a token is an acronym: a word of two to eight letters with at least two capitals (`WHO`, `MoH`, `JNIM`).
    static func isAcronym(_ token: WordToken) -> Bool {
        guard token.kind == .word, (2...8).contains(token.text.utf8.count) else { return false }
        var capitals = 0
        for byte in token.text.utf8 {
            if byte >= 0x41 && byte <= 0x5A { capitals += 1 } else if !(byte >= 0x61 && byte <= 0x7A) { return false }
        }
        return capitals >= 2 && token.text.utf8.first.map { $0 >= 0x41 && $0 <= 0x5A } == true
    }

    /// Whether a source is an acronym of two to six capital letters (`SDF`, `TNLA`).
    static func isAcronymText(_ who: String) -> Bool {
        (2...6).contains(who.utf8.count) && who.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// Whether `tokens[index]` opens a parenthesized acronym: `(`, an acronym, `)`.
    static func opensAcronym(_ tokens: [WordToken], at index: Int) -> Bool {
        index + 2 < tokens.count && tokens[index].isMark("(") && tokens[index + 2].isMark(")") && isAcronym(tokens[index + 1])
    }

    /// The name an acronym abbreviates, found in the sentences given by its capitalized words' initials (`SDF` in `the
    /// Kurdish-led Syrian Democratic Forces`, `TNLA` in `the Ta'ang National Liberation Army`), skipping `of`, `for`,
    /// `and`, `the` inside the name; nil when no name fits.
    func expansion(of acronym: String, in sentences: ArraySlice<[WordToken]>) -> String? {
        let letters = Array(acronym.utf8)
        guard letters.count >= 2 else { return nil }
        for tokens in sentences {
            for start in tokens.indices where tokens[start].isCapitalized && tokens[start].text.utf8.first == letters[0] {
                var index = start
                var matched = 0
                while index < tokens.count, matched < letters.count {
                    let token = tokens[index]
                    if token.isCapitalized, token.text.utf8.first == letters[matched] {
                        matched += 1
                    } else if !(matched > 0 && ["of", "for", "and", "the"].contains(token.lower)) {
                        break
                    }
                    index += 1
                }
                guard matched == letters.count, index - start > 1,
                      index == tokens.count || !tokens[index].isCapitalized else { continue }
                return AttributionFinder.text(tokens[start..<index])
            }
        }
        return nil
    }

    /// The acronyms defined in a sentence, each with the name before it (`WHO` → `World Health Organization`): the
    /// capitalized words before the parenthesis, with the links, particles and hyphens inside a name (`Armed Conflict
    /// Location & Event Data Project`, `Jama'at Nusrat al-Islam wal-Muslimin`).
    func definitions(in tokens: [WordToken]) -> [(acronym: String, name: String)] {
        var found: [(acronym: String, name: String)] = []
        for index in tokens.indices where tokens[index].isMark("(") && Self.opensAcronym(tokens, at: index) {
            var start = index
            while start > 0, index - start < 12 {
                let token = tokens[start - 1]
                let inner = token.kind == .word && !token.isCapitalized
                    && (["of", "for", "and", "on", "wal"].contains(token.lower) || token.is(.nameParticle))
                let joiner = (token.text == "-" && !token.spaceBefore) || token.text == "&"
                guard token.isCapitalized || inner || joiner else { break }
                start -= 1
            }
            // A name starts and ends with a capitalized word.
            while start < index, !tokens[start].isCapitalized { start += 1 }
            guard start < index, tokens[index - 1].isCapitalized || tokens[index - 1].kind == .word else { continue }
            found.append((tokens[index + 1].text, AttributionFinder.text(tokens[start..<index])))
        }
        return found
    }
}
