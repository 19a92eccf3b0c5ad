import BriefgenText
import Foundation

/// `briefgen-eval quantities FILE`: reads quantulum3-style gold texts and prints briefgen's numbers in `score_quant.py`'s
/// prediction format (`{"id", "quantities": [{"value", "unit", "surface"}]}`).
///
/// Every number the ``NumberParser`` reads is printed except dates, times, codes, ordinals, list numbering and vague
/// magnitudes; ranges are printed as their midpoint (the benchmark's convention). Units are named in quantulum3's
/// vocabulary for what briefgen reads: percentages, money, lengths and durations; anything else is printed without a unit.
enum QuantityEvaluation {
    static func run(_ arguments: [String]) -> Int32 {
        guard let path = arguments.first, let records = try? JSONLines.read(path) else {
            FileHandle.standardError.write(Data("usage: briefgen-eval quantities FILE.jsonl\n".utf8))
            return 64
        }
        for record in records {
            let text = ScalarText(record["text"] as? String ?? "")
            let tokens = WordTokenizer().tokens(text)
            let excluded: Set<NumberMention.NonFigure> = [.date, .time, .code, .ordinal, .listItem]
            let quantities: [[String: Any]] = NumberParser().mentions(in: tokens).compactMap { mention in
                if let reason = mention.nonFigure, excluded.contains(reason) { return nil }
                if mention.isVague { return nil }
                let unit = unitName(mention, tokens)
                var surfaceEnd = mention.end
                if unit.consumedToken, mention.endToken < tokens.count { surfaceEnd = tokens[mention.endToken].end }
                return ["value": mention.midpoint, "unit": unit.name ?? NSNull(), "surface": text.slice(mention.start, surfaceEnd)]
            }
            JSONLines.write(["id": record["id"] ?? "", "quantities": quantities])
        }
        return 0
    }

    /// quantulum3's unit name for a mention, and whether it is the token after the number.
    private static func unitName(_ mention: NumberMention, _ tokens: [WordToken]) -> (name: String?, consumedToken: Bool) {
        if mention.isPercent { return ("percentage", false) }
        if let currency = mention.currency {
            return ([ "USD": "dollar", "EUR": "euro", "GBP": "pound sterling"][currency] ?? currency, false)
        }
        if let word = mention.modifierWord, let name = unitWords[word] { return (name, false) }
        guard mention.endToken < tokens.count else { return (nil, false) }
        let word = tokens[mention.endToken].lower.replacingOccurrences(of: "'", with: "")
        if let name = unitWords[word] { return (name, true) }
        return (nil, false)
    }

    private static let unitWords: [String: String] = [
        "km": "kilometre", "kilometres": "kilometre", "kilometers": "kilometre", "kilometre": "kilometre",
        "kilometer": "kilometre", "mi": "mile", "mile": "mile", "miles": "mile", "metre": "metre", "metres": "metre",
        "meter": "metre", "meters": "metre", "m": "metre", "second": "second", "seconds": "second", "minute": "minute",
        "minutes": "minute", "hour": "hour", "hours": "hour", "hrs": "hour", "day": "day", "days": "day",
        "week": "week", "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
        "inch": "inch", "inches": "inch",
    ]
}
