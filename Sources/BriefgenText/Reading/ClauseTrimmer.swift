/// Keeps a sentence's main clause: drops a dateline ("KYIV, Ukraine (AP) —"), attribution ("according to …",
/// ", officials said"), leading adverbials ("Meanwhile,", "In Moscow,"), appositives and parentheticals before the
/// verb (", Ukraine’s second-largest city,", ", rebounding from a loss,") and trailing clauses (", which …", "; …").
struct ClauseTrimmer {
    /// The main clause of a tokenized sentence.
    func mainClause(_ input: [String]) -> [String] {
        var tokens = withoutDateline(input)
        if let according = index(of: ["according", "to"], in: tokens, caseInsensitive: true) {
            if according == 0, let comma = tokens.firstIndex(of: ",") {
                tokens.removeSubrange(0...comma)
            } else if according > 0, tokens[according - 1] == "," {
                let end = tokens[(according + 2)...].firstIndex(of: ",") ?? tokens.count
                tokens.removeSubrange((according - 1)..<end)
            }
        }
        if let comma = tokens.lastIndex(of: ","), tokens.count - comma <= 8,
           tokens[(comma + 1)...].contains(where: { Self.reportingVerbs.contains($0) }) {
            tokens.removeSubrange(comma...)
        }
        for _ in 0..<2 {
            guard let first = tokens.first, Self.leaders.contains(first.lowercased()) || (first.hasSuffix("ly") && tokens.count > 1 && tokens[1] == ","),
                  let comma = tokens.prefix(22).firstIndex(of: ","), comma + 3 < tokens.count else { break }
            tokens.removeSubrange(0...comma)
        }
        tokens = withoutAppositives(withoutParentheses(tokens))
        var index = 3
        while index < tokens.count {
            let token = tokens[index]
            if Self.hardBreaks.contains(token) { return Array(tokens[..<index]) }
            if token == ",", index + 1 < tokens.count {
                let next = tokens[index + 1].lowercased()
                if Self.introducers.contains(next) || (next.hasSuffix("ing") && next == tokens[index + 1]) {
                    guard !hasVerb(tokens[..<index]), let close = tokens[(index + 1)...].firstIndex(of: ",") else {
                        return Array(tokens[..<index])
                    }
                    tokens.removeSubrange(index...close)
                    continue
                }
            }
            index += 1
        }
        return tokens
    }

    /// Drops parenthetical asides ("(NATO)", "(AP)").
    private func withoutParentheses(_ input: [String]) -> [String] {
        var tokens = input
        while let open = tokens.firstIndex(of: "("), let close = tokens[open...].firstIndex(of: ")") {
            tokens.removeSubrange(open...close)
        }
        return tokens
    }

    /// Drops a leading dateline: capitalized place words, an optional agency in parentheses, then a dash or "_".
    private func withoutDateline(_ tokens: [String]) -> [String] {
        guard let dash = tokens.prefix(10).firstIndex(where: { Self.datelineDashes.contains($0) }), dash > 0 else { return tokens }
        let head = tokens[..<dash]
        let isPlace = head.allSatisfy { token in
            !HeadlineTokens.isWord(token) || token.unicodeScalars.first?.properties.isUppercase == true
                || token.unicodeScalars.first?.properties.numericType != nil
        }
        let shouting = head.first.map { $0 == $0.uppercased() && $0.unicodeScalars.count > 1 } ?? false
        guard isPlace, shouting || head.contains("(") else { return tokens }
        return Array(tokens[(dash + 1)...])
    }

    /// Whether a verb group appears: an auxiliary or a lower-case past form.
    private func hasVerb(_ tokens: ArraySlice<String>) -> Bool {
        tokens.contains { Self.auxiliaries.contains($0) || VerbInflection.base(ofPast: $0) != nil && $0 == $0.lowercased() }
    }

    /// Removes ", X ," where X is a short noun phrase (no clause word, no verb-like word).
    private func withoutAppositives(_ input: [String]) -> [String] {
        var tokens = input
        var index = 1
        while index < tokens.count {
            guard tokens[index] == ",", let close = tokens[(index + 1)...].prefix(11).firstIndex(of: ",") else {
                index += 1
                continue
            }
            let inner = tokens[(index + 1)..<close]
            let isPhrase = !inner.isEmpty && !inner.contains { word in
                let lower = word.lower
                return Self.introducers.contains(lower) || Self.auxiliaries.contains(lower)
                    || (lower.hasSuffix("ed") && lower == word) || lower == "and" || lower == "or"
            }
            let opensNounPhrase = inner.first.map { first in
                first.unicodeScalars.first?.properties.isUppercase == true || Self.determiners.contains(first)
                    || first.hasSuffix("’s") || first.hasSuffix("'s")
            } ?? false
            let verbFollows = close + 1 < tokens.count
                && (Self.auxiliaries.contains(tokens[close + 1]) || VerbInflection.base(ofPast: tokens[close + 1]) != nil)
            if isPhrase, (opensNounPhrase && inner.count <= 6) || verbFollows {
                tokens.removeSubrange(index...close)
            } else {
                index = close
            }
        }
        return tokens
    }

    private func index(of phrase: [String], in tokens: [String], caseInsensitive: Bool) -> Int? {
        guard tokens.count >= phrase.count else { return nil }
        return (0...(tokens.count - phrase.count)).first { start in
            phrase.indices.allSatisfy { tokens[start + $0].lowercased() == phrase[$0] }
        }
    }

    static let reportingVerbs: WordSet = [
        "said", "says", "reported", "reports", "told", "stated", "added", "announced", "confirmed", "noted", "claimed",
    ]
    static let auxiliaries: WordSet = ["is", "are", "was", "were", "has", "have", "had", "will", "would", "be", "been"]
    private static let determiners: WordSet = ["the", "a", "an", "its", "his", "her", "their", "our"]
    private static let datelineDashes: WordSet = ["—", "–", "_", "--", "-"]
    private static let hardBreaks: WordSet = [";", ":", "—", "–", "("]
    private static let introducers: WordSet = [
        "which", "who", "whom", "whose", "where", "when", "as", "while", "with", "including", "but", "although",
        "though", "after", "before", "amid", "despite", "since", "according", "and", "or", "so", "because", "leading",
        "even", "whereas", "raising", "prompting", "leaving", "sparking", "saying", "adding", "hoping",
    ]
    private static let leaders: WordSet = [
        "meanwhile", "however", "additionally", "furthermore", "moreover", "notably", "also", "still", "in", "on",
        "at", "after", "before", "as", "while", "since", "following", "despite", "amid", "between", "during", "due",
        "to", "with", "for", "from", "by", "under", "although", "though", "when", "if", "once", "earlier", "later",
        "separately", "overnight", "today", "yesterday", "now", "then", "elsewhere", "instead", "similarly", "likewise",
        "nevertheless", "nonetheless", "indeed", "so", "thus", "hence", "besides", "regardless",
    ]
}

private extension String {
    var lower: String { lowercased() }
}
