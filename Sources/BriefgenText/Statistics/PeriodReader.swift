/// Reads the time span a figure covers: from the date extractor's timexes in the sentence when there are any, else from
/// simple wording the sentence itself gives (`since 2014`, `between January and March`, `from April 1-24`, `in 2023`).
/// Dates in a comparison (`compared to the same weeks in 2024`) are the baseline, not the period.
struct PeriodReader {
    static let comparisonWords: Set<String> = ["compared", "than", "versus", "vs", "against", "same", "previous"]
    /// The words a period of the sentence's own wording opens with (the cases of ``readOwn(_:cutoff:)``).
    static let openers: Set<String> = ["since", "between", "from", "in", "during", "throughout"]

    /// The period of the figures in one sentence.
    func period(in tokens: [WordToken], timexes: [Timex]) -> Statistic.Period? {
        let cutoff = tokens.firstIndex { $0.is(.comparisonWord) }.map { tokens[$0].start } ?? Int.max
        let dates = timexes.filter { $0.type == .date && $0.value != nil && $0.start < cutoff && !isReportDate($0, tokens) }
        guard let first = dates.first, let firstValue = first.value else { return readOwn(tokens, cutoff: cutoff) }
        if let since = dates.first(where: { precededBy($0, in: tokens, "since") }), let value = since.value {
            return Statistic.Period(start: value.split(separator: "/").first.map(String.init), end: nil)
        }
        if dates.count >= 2, let second = dates[1].value, precededBy(first, in: tokens, "between", or: "from") {
            return Statistic.Period(start: firstValue, end: second)
        }
        let chosen = dates.first { $0.value?.contains("/") == true } ?? first
        let parts = (chosen.value ?? firstValue).split(separator: "/").map(String.init)
        return Statistic.Period(start: parts.first, end: parts.count > 1 ? parts[1] : parts.first)
    }

    /// Whether `word` (or `other`) is one of the lower-cased words before a timex in its clause (up to eight: `since
    /// Russia’s full-scale invasion on`), as a set of those words would answer, without making it.
    private func precededBy(_ timex: Timex, in tokens: [WordToken], _ word: String, or other: String? = nil) -> Bool {
        guard let index = tokens.firstIndex(where: { $0.start >= timex.start }) else { return false }
        var start = index
        while start > 0, index - start < 8, !tokens[start - 1].isMark(",", ";", "(", ")", ":") { start -= 1 }
        return tokens[start..<index].contains { token in
            token.lower == word || other.map { token.lower == $0 } == true
        }
    }

    /// `said on Monday`, `told reporters on Tuesday`: the day of the report, not the period of the figure.
    private func isReportDate(_ timex: Timex, _ tokens: [WordToken]) -> Bool {
        guard let index = tokens.firstIndex(where: { $0.start >= timex.start }) else { return false }
        return tokens[max(0, index - 3)..<index].contains { $0.is(.reportingVerb) }
    }

    private func readOwn(_ tokens: [WordToken], cutoff: Int) -> Statistic.Period? {
        // One bit test for every other word (``WordClasses/periodOpener`` is ``openers``), and no copy of the token.
        for index in tokens.indices where tokens[index].is(.periodOpener) && tokens[index].start < cutoff {
            switch tokens[index].lower {
            case "since":
                for offset in 1...8 where index + offset < tokens.count {
                    if tokens[index + offset].isMark(",", ".", ";", "(", ")") { break }
                    if let date = SimpleDateReader().read(tokens, at: index + offset) {
                        return Statistic.Period(start: date.start, end: nil)
                    }
                }
            case "between", "from":
                guard let first = SimpleDateReader().read(tokens, at: index + 1) else { continue }
                if first.end != first.start { return Statistic.Period(start: first.start, end: first.end) }
                let next = first.nextToken
                if next + 1 < tokens.count, ["and", "to", "until", "through"].contains(tokens[next].lower),
                   let second = SimpleDateReader().read(tokens, at: next + 1) {
                    return Statistic.Period(start: first.start, end: second.end)
                }
                return Statistic.Period(start: first.start, end: first.end)
            case "in", "during", "throughout":
                if let date = SimpleDateReader().read(tokens, at: index + 1), date.start.count == 4 || !date.start.hasPrefix("XXXX") {
                    return Statistic.Period(start: date.start, end: date.end)
                }
            default: continue
            }
        }
        return nil
    }
}
