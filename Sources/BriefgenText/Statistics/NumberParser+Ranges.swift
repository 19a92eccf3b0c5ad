/// Ranges: `10 to 12`, `10-12`, `8- to 16-meter`, `between 5 and 7`, `$5-7 billion`, `10 to 12 percent`.
extension NumberParser {
    /// Verbs of change: after them `from 10 to 12` is a change between two figures, not a range.
    static let changeVerbs: Set<String> = [
        "rose", "risen", "rising", "rises", "increased", "increase", "increases", "increasing", "climbed", "jumped",
        "grew", "grown", "surged", "soared", "fell", "fallen", "falls", "dropped", "declined", "decreased", "reduced",
        "cut", "raised", "went", "up", "down", "doubled", "tripled", "changed", "shrank", "plunged",
    ]

    /// `mention` widened to a range when a second number follows it through a range connector.
    func extendToRange(_ tokens: [WordToken], _ mention: NumberMention) -> NumberMention {
        var connector = mention.endToken
        guard connector + 1 < tokens.count, mention.nonFigure == nil || mention.nonFigure == .year else { return mention }
        // A unit repeated on both ends: `44 mg to 50 mg`, `-18 °C to -34 °C`.
        let repeatedUnit = repeatedUnitLength(tokens, after: mention)
        connector += repeatedUnit
        let word = tokens[connector].lower
        let isDash = word == "-" || word == "–" || word == "—"
        let afterBetween = mention.firstToken > 0 && tokens[mention.firstToken - 1].lower == "between"
        if isDash, tokens[connector + 1].lower == "to" {
            connector += 1 // `8- to 16-meter`
        } else if isDash {
            // A dash joins a range only when it is written tight (`10-12`) or spaced on both sides (`10 – 12`).
            guard tokens[connector].spaceBefore == tokens[connector + 1].spaceBefore else { return mention }
        } else if word == "to" {
            if isChange(tokens, before: mention.firstToken) { return mention }
        } else if !(word == "and" && afterBetween) {
            return mention
        }
        guard var second = readSingle(tokens, at: connector + 1), second.nonFigure == nil || second.nonFigure == .year
        else { return mention }
        // `losses since February 2022 to 1,032,150`: a year closes a date, and `to` leads to the figure after it.
        if word == "to", looksLikeYear(mention), !looksLikeYear(second), mention.firstToken > 0,
           tokens[mention.firstToken - 1].is(.month) || ["since", "in", "of"].contains(tokens[mention.firstToken - 1].lower) {
            return mention
        }
        second = NumberParser.inheritingShape(second, from: mention)
        var first = NumberParser.inheritingShape(mention, from: second)
        if isDash, mention.nonFigure == .year || looksLikeYear(mention), second.value < 100 || looksLikeYear(second) {
            first.nonFigure = .date // `2013-14`, `2022-2023`: a span of years
        } else if second.value < first.value, first.value >= 0 {
            return mention // `a 3-1 vote` is not a range
        }
        if repeatedUnit > 0 {
            let unitEnd = second.endToken + repeatedUnit
            guard unitEnd <= tokens.count,
                  tokens[mention.endToken..<(mention.endToken + repeatedUnit)].map(\.lower) == tokens[second.endToken..<unitEnd].map(\.lower)
            else { return mention }
        }
        first.low = first.value
        first.high = second.value
        first.endToken = second.endToken
        first.end = second.end
        first.isPercent = first.isPercent || second.isPercent
        first.currency = first.currency ?? second.currency
        return first
    }

    /// `target` with the scale of `source` carried over when only `source` has one (`5 to 7 million` → 5 million).
    static func inheritingShape(_ target: NumberMention, from source: NumberMention) -> NumberMention {
        var copy = target
        let targetScaled = target.value >= 1_000 || target.value == 0
        if !targetScaled, source.value >= 1_000_000, !target.isFraction, target.value < 1_000 {
            var scale = 1_000_000.0
            while source.value / scale >= 1_000 { scale *= 1_000 }
            if source.value / scale >= 1, target.value * scale <= source.value { copy.value = target.value * scale }
        }
        return copy
    }

    /// Length of a short unit (one word, or a symbol and a word) between a number and `to`/`and`, else 0.
    private func repeatedUnitLength(_ tokens: [WordToken], after mention: NumberMention) -> Int {
        for length in 1...2 {
            let connector = mention.endToken + length
            guard connector + 1 < tokens.count else { return 0 }
            let unit = tokens[mention.endToken..<connector]
            guard unit.allSatisfy({ $0.kind != .number }), unit.last?.kind == .word,
                  ["to", "and", "-", "–"].contains(tokens[connector].lower) else { continue }
            if unit.contains(where: { $0.is(.cardinal) || ["to", "and", "of"].contains($0.lower) }) { return 0 }
            return length
        }
        return 0
    }

    /// Whether a change verb comes shortly before `from` at `index` (`rose from 10 to 12`).
    func isChange(_ tokens: [WordToken], before index: Int) -> Bool {
        guard index > 0, tokens[index - 1].lower == "from" else { return false }
        let lower = max(0, index - 5)
        return tokens[lower..<(index - 1)].contains { NumberParser.changeVerbs.contains($0.lower) }
    }

    /// Four digits from 1800 to 2100, written without separators.
    func looksLikeYear(_ mention: NumberMention) -> Bool {
        mention.endToken - mention.firstToken == 1 && mention.end - mention.start == 4
            && mention.value >= 1800 && mention.value <= 2100 && mention.value.rounded() == mention.value
    }
}
