import Foundation

/// Decides from the words around a number whether it is a year, a date, a time, a code, an ordinal, list numbering
/// or an age, and notes the word a hyphen ties it to (`30-day`, `900-person`).
struct NumberContextReader {
    /// Capitalized words that may precede a figure without making it part of a name (`Some 40`, `Over 1,000`).
    private static let figureOpeners: Set<String> = [
        "some", "about", "around", "over", "nearly", "almost", "roughly", "approximately", "only", "just", "another",
        "more", "fewer", "less", "up", "at", "least", "than", "all", "and", "or", "but", "killing", "with", "of",
        "by", "to", "in", "on", "for", "since", "from", "estimated", "exactly", "precisely", "total",
    ]
    /// Words before a year that mark it as a year even when a noun follows (`the 2014 annexation`).
    private static let yearOpeners: Set<String> = [
        "the", "in", "since", "of", "from", "until", "till", "by", "before", "after", "during", "mid", "early", "late",
        "and", "to", "year", "its", "a", "through", "between", "summer", "winter", "spring", "autumn", "fall",
    ]

    /// Sets `mention.nonFigure` and `mention.modifierWord` from the surrounding tokens.
    func classify(_ mention: inout NumberMention, in tokens: [WordToken]) {
        let before = mention.firstToken - 1
        let after = mention.endToken
        func token(_ i: Int) -> WordToken? { i >= 0 && i < tokens.count ? tokens[i] : nil }
        let previous = token(before)
        let next = token(after)
        readModifier(&mention, tokens)
        if mention.nonFigure != nil && mention.nonFigure != .year { return }
        if let previous, isMonth(previous) || (previous.text == "." && token(before - 1).map(isMonth) == true) {
            mention.nonFigure = .date // `April 1-24`, `Oct. 7`
        } else if let next, next.is(.month), next.isCapitalized, !mention.isWords, mention.value <= 31 {
            mention.nonFigure = .date // `24 February`
        } else if let next, next.text == ":", !next.spaceBefore, token(after + 1)?.kind == .number {
            mention.nonFigure = .time
        } else if let next, next.kind == .word, next.lower.utf8.count <= NumberWords.longestClockWord + 1, // (`a.m.`)
                  NumberWords.clockWords.contains(next.lower.hasSuffix(".") ? String(next.lower.dropLast()) : next.lower),
                  next.lower != "h", next.lower != "hrs", !mention.isWords, isClockFigure(tokens[mention.firstToken]) {
            mention.nonFigure = .time
        } else if let next, next.lower == "a" || next.lower == "p", token(after + 1)?.text == ".", token(after + 2)?.lower == "m",
                  token(after + 1)?.spaceBefore == false, token(after + 2)?.spaceBefore == false, !mention.isWords,
                  isClockFigure(tokens[mention.firstToken]) {
            mention.nonFigure = .time // `10 p.m.`, split by the tokenizer into `p . m .`
        } else if let previous, previous.kind == .symbol, // only a symbol is one of these marks
                  previous.isMark("-", "−", ".", "+", "/") || previous.isMark("^", "±"), // (see `WordToken.isMark`)
                  !previous.spaceBefore, !tokens[mention.firstToken].spaceBefore, !mention.isWords, before > 0,
                  tokens[before - 1].kind != .symbol || previous.text == "+" || previous.text == "±" {
            mention.nonFigure = NumberParser().looksLikeYear(mention) ? .year : .code // `Su-34`, `COVID-19`, `+380`
        } else if let previous, previous.lower == "no" || previous.lower == "no." || previous.lower == "#" || previous.lower == "nos"
                    || (previous.text == "." && token(before - 1).map { $0.lower == "no" || $0.lower == "nos" } == true), !mention.isWords {
            mention.nonFigure = .ordinal
        } else if let next, next.text == "-", !next.spaceBefore, token(after + 1)?.kind == .number, !mention.isWords,
                  token(after + 2)?.text == "-" {
            mention.nonFigure = .code // `2025-04-24`, `555-0143-22`
        } else if isAge(mention, tokens) {
            mention.nonFigure = .age
        } else if mention.firstToken == 0, let next, next.text == "." || next.text == ")", !mention.isWords,
                  mention.low == nil, token(after + 1) == nil || token(after + 1)?.isCapitalized == true {
            mention.nonFigure = .listItem
        } else if mention.nonFigure == nil, NumberParser().looksLikeYear(mention), mention.currency == nil, !mention.isPercent,
                  previous.map({ Self.yearOpeners.contains($0.lower) }) ?? true || !isCountNoun(next) {
            mention.nonFigure = .year // `the 2014 annexation`, `Ukraine's 2025 budget`; not `2000 soldiers`
        } else if mention.nonFigure == nil, let previous, previous.isCapitalized, before > 0,
                  !previous.lower.hasSuffix("'s"), // `Gaza's 2.1 million people` is a figure
                  !Self.figureOpeners.contains(previous.lower), mention.currency == nil, !mention.isWords {
            mention.nonFigure = .afterName // `Boeing 737`, `Resolution 2334`
        }
    }

    /// A lower-case plural or a word for people or attacks: what a count, not a year, stands before.
    private func isCountNoun(_ token: WordToken?) -> Bool {
        guard let token, token.kind == .word, !token.isCapitalized else { return false }
        let word = token.lower
        if CategoryClassifier.personWords.contains(word) || CategoryClassifier.attackWords.contains(word) { return true }
        return word.hasSuffix("s") && !word.hasSuffix("'s") && !word.hasSuffix("ss") && word.count > 3
    }

    /// `2`, `10`, `2.30`: an hour, with minutes of two digits at most.
    private func isClockFigure(_ token: WordToken) -> Bool {
        let parts = token.text.split(separator: ".")
        return parts.count == 1 || parts[1].count == 2
    }

    /// A capitalized month name or abbreviation (`May` and `March` are also words; the capital decides).
    private func isMonth(_ token: WordToken) -> Bool {
        token.is(.month) && token.isCapitalized
    }

    private func isAge(_ mention: NumberMention, _ tokens: [WordToken]) -> Bool {
        let before = mention.firstToken - 1
        if before >= 0, tokens[before].lower == "aged" || tokens[before].lower == "age" || tokens[before].lower == "ages" { return true }
        let after = mention.endToken
        // `12-year-old`, `12 years old`
        if after + 3 < tokens.count, tokens[after].text == "-", tokens[after + 1].lower == "year" || tokens[after + 1].lower == "month",
           tokens[after + 2].text == "-", tokens[after + 3].lower == "old" { return true }
        if after + 1 < tokens.count, tokens[after].lower == "years" || tokens[after].lower == "months", tokens[after + 1].lower == "old" {
            return true
        }
        return false
    }

    /// `30-day`, `900-person`, `two-year`: the word a hyphen ties the number to.
    private func readModifier(_ mention: inout NumberMention, _ tokens: [WordToken]) {
        let after = mention.endToken
        guard after + 1 < tokens.count, tokens[after].text == "-", !tokens[after].spaceBefore, !tokens[after + 1].spaceBefore,
              tokens[after + 1].kind == .word else { return }
        mention.modifierWord = tokens[after + 1].lower
    }
}
