/// Where a capitalized word occurs in an article, to find how the text introduces a named source
/// (`Russian Foreign Minister Sergey Lavrov` for `Lavrov`).
///
/// Few sources need this (most are judged by their own words), so it scans the article's tokens when asked instead
/// of indexing every capitalized word up front; a first-byte test skips almost every token.
struct NameIndex {
    private let sentences: [[WordToken]]

    /// Looks up names in an article's sentences.
    init(_ sentences: [[WordToken]]) {
        self.sentences = sentences
    }

    /// Where `name` occurs as a capitalized word (possessive `’s` or `'s` aside), in text order, at most `limit` times.
    private func positions(of name: String, limit: Int) -> [(sentence: Int, token: Int)] {
        var found: [(sentence: Int, token: Int)] = []
        guard let nameFirst = name.utf8.first else { return found }
        for (sentence, tokens) in sentences.enumerated() {
            for (index, token) in tokens.enumerated() where token.isCapitalized {
                // Two texts whose first scalars are different ASCII characters are never equal.
                if let first = token.text.utf8.first, first < 0x80, nameFirst < 0x80, first != nameFirst { continue }
                var key = token.text
                if TextSearch.hasSuffix(key, "’s") || TextSearch.hasSuffix(key, "'s") { key.removeLast(2) }
                guard key == name else { continue }
                found.append((sentence, index))
                if found.count == limit { return found }
            }
        }
        return found
    }

    /// Each mention of the last word of `who` with the title before it (at most eight mentions).
    func descriptors(of who: String) -> [String] {
        guard let name = who.split(separator: " ").last.map(String.init), name.first?.isUppercase == true else { return [] }
        return positions(of: name, limit: 8).map { place in
            let tokens = sentences[place.sentence]
            // Walk back over the name's title: capitalized words and title words (`Ukraine's Air Force spokesperson`).
            var start = place.token
            while start > 0, place.token - start < 8 {
                let previous = tokens[start - 1]
                // `regional Gov. Maksym Kozytskyi`: the period of an abbreviated title.
                let abbreviation = previous.text == "." && !previous.spaceBefore && start > 1 && tokens[start - 2].is(.title)
                guard previous.isCapitalized || previous.is(.title)
                        || previous.is(.titleModifier) || abbreviation else { break }
                start -= 1
            }
            // And the appositive after it: `Ko Zaw Tun, an anti-coup fighter from the village`.
            var end = place.token
            // `Magen David Adom, Israel's emergency service,`
            if end + 2 < tokens.count, tokens[end + 1].text == ",",
               ["a", "an", "the"].contains(tokens[end + 2].lower) || tokens[end + 2].lower.hasSuffix("'s") {
                end += 2
                while end + 1 < tokens.count, end - place.token < 9, ![",", "."].contains(tokens[end + 1].text) { end += 1 }
            }
            // Or the title set off before it: `A spokesperson for the Ukrainian Navy, Dmytro Pletenchuk, said`.
            if start > 1, tokens[start - 1].text == "," {
                var open = start - 1
                while open > 0, tokens[open - 1].text != ",", start - open < 10 { open -= 1 }
                let title = tokens[open..<(start - 1)]
                if open == 0 || tokens[open - 1].text == ",",
                   title.contains(where: { $0.is(.title) || ["spokesman", "spokeswoman", "spokesperson", "official"].contains($0.lower) }) {
                    start = open
                }
            }
            return tokens[start...end].map(\.text).joined(separator: " ")
        }
    }
}
