/// Where each capitalized word occurs in an article, to find how the text introduces a named source
/// (`Russian Foreign Minister Sergey Lavrov` for `Lavrov`) without rescanning the text for every figure.
struct NameIndex {
    private let sentences: [[WordToken]]
    private var positions: [String: [(sentence: Int, token: Int)]] = [:]

    /// Indexes the capitalized words of an article's sentences.
    init(_ sentences: [[WordToken]]) {
        self.sentences = sentences
        for (sentence, tokens) in sentences.enumerated() {
            for (index, token) in tokens.enumerated() where token.isCapitalized {
                var key = token.text
                if TextSearch.hasSuffix(key, "’s") || TextSearch.hasSuffix(key, "'s") { key.removeLast(2) }
                positions[key, default: []].append((sentence, index))
            }
        }
    }

    /// Each mention of the last word of `who` with the title before it (at most eight mentions).
    func descriptors(of who: String) -> [String] {
        guard let name = who.split(separator: " ").last.map(String.init), name.first?.isUppercase == true else { return [] }
        return (positions[name] ?? []).prefix(8).map { place in
            let tokens = sentences[place.sentence]
            // Walk back over the name's title: capitalized words and title words (`Ukraine's Air Force spokesperson`).
            var start = place.token
            while start > 0, place.token - start < 8 {
                let previous = tokens[start - 1]
                guard previous.isCapitalized || previous.is(.title)
                        || previous.is(.titleModifier) else { break }
                start -= 1
            }
            // And the appositive after it: `Ko Zaw Tun, an anti-coup fighter from the village`.
            var end = place.token
            if end + 2 < tokens.count, tokens[end + 1].text == ",", ["a", "an", "the"].contains(tokens[end + 2].lower) {
                end += 2
                while end + 1 < tokens.count, end - place.token < 9, ![",", "."].contains(tokens[end + 1].text) { end += 1 }
            }
            return tokens[start...end].map(\.text).joined(separator: " ")
        }
    }
}
