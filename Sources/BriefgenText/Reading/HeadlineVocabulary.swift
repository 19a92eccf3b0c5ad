/// Headline vocabulary: short names and short words ("the United States" → "US", "agreement" → "deal").
enum HeadlineVocabulary {
    /// `tokens` with long names and words replaced by their headline forms.
    static func abbreviate(_ tokens: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        outer: while index < tokens.count {
            // Compared word by word in place (a window array per phrase and position was most of the cost).
            for (phrase, replacement) in phrases where index + phrase.count <= tokens.count {
                guard phrase.indices.dropLast().allSatisfy({ tokens[index + $0] == phrase[$0] }), let expected = phrase.last
                else { continue }
                let last = tokens[index + phrase.count - 1]
                for suffix in ["", "’s", "'s"] where last == expected + suffix {
                    result.append(replacement + suffix)
                    index += phrase.count
                    continue outer
                }
            }
            result.append(words[tokens[index]] ?? tokens[index])
            index += 1
        }
        return result
    }

    /// Multi-word names, longest first.
    private static let phrases: [([String], String)] = [
        (["the", "United", "States"], "US"), (["The", "United", "States"], "US"), (["United", "States"], "US"),
        (["the", "United", "Nations"], "UN"), (["The", "United", "Nations"], "UN"), (["United", "Nations"], "UN"),
        (["the", "European", "Union"], "EU"), (["The", "European", "Union"], "EU"), (["European", "Union"], "EU"),
        (["the", "United", "Kingdom"], "UK"), (["The", "United", "Kingdom"], "UK"), (["United", "Kingdom"], "UK"),
        (["the", "US"], "US"), (["the", "U.S."], "US"), (["the", "UN"], "UN"), (["the", "U.N."], "UN"),
    ]

    /// Single words.
    private static let words: [String: String] = [
        "U.S.": "US", "U.N.": "UN", "U.K.": "UK", "E.U.": "EU", "agreement": "deal", "agreements": "deals",
        "negotiations": "talks", "approximately": "about", "attempt": "bid", "additional": "more",
    ]
}
