/// Where each capitalized word occurs in an article, to find how the text introduces a named source
/// (`Russian Foreign Minister Sergey Lavrov` for `Lavrov`) without rescanning the text for every figure.
struct NameIndex {
    private let tokens: [WordToken]
    private var positions: [String: [Int]] = [:]

    /// Indexes the capitalized words of an article's tokens.
    init(_ tokens: [WordToken]) {
        self.tokens = tokens
        for (index, token) in tokens.enumerated() where token.isCapitalized {
            var key = token.text
            if key.hasSuffix("’s") || key.hasSuffix("'s") { key.removeLast(2) }
            positions[key, default: []].append(index)
        }
    }

    /// The up-to-four words before each mention of the last word of `who`, with the mention (at most eight mentions).
    func descriptors(of who: String) -> [String] {
        guard let name = who.split(separator: " ").last.map(String.init), name.first?.isUppercase == true else { return [] }
        return (positions[name] ?? []).prefix(8).map { index in
            tokens[max(0, index - 4)...index].map(\.text).joined(separator: " ")
        }
    }
}
