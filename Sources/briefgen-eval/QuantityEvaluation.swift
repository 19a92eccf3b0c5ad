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

/// `briefgen-eval statistics FILE.jsonl`: scores the statistic extractor on an annotated set.
///
/// Each line: `{"id", "sentences": ["…", …], "statistics": [{"sentence", "value", "qualifier", "what", "who",
/// "verification"}]}`; sentences are taken as given (joined by spaces), so the score does not depend on the sentence
/// splitter. A prediction matches a gold figure with the same sentence and value (one-to-one). Prints P/R/F1 and, on
/// matched figures, the accuracy of qualifier, attribution (`who`, case-insensitive, either containing the other; none
/// matches none) and verification. `--show-errors` lists misses. `--dump FILE.txt` prints the figures of an article
/// (sentences from the library's splitter, no timexes); with `BRIEFGEN_ENTITIES=1` it prints the entities instead, with
/// `BRIEFGEN_TIMING=1` the time spent recognizing entities, extracting figures and tokenizing.
enum StatisticsEvaluation {
    static func run(_ arguments: [String]) -> Int32 {
        if arguments.first == "--dump", arguments.count > 1 { return dump(arguments[1]) }
        guard let path = arguments.first(where: { !$0.hasPrefix("--") }), let records = try? JSONLines.read(path) else {
            FileHandle.standardError.write(Data("usage: briefgen-eval statistics FILE.jsonl [--show-errors] | --dump FILE.txt\n".utf8))
            return 64
        }
        let showErrors = arguments.contains("--show-errors")
        var gold = 0, predicted = 0, matched = 0, qualifierRight = 0, whoRight = 0, verificationRight = 0
        for record in records {
            let parts = record["sentences"] as? [String] ?? []
            var sentences: [Sentence] = []
            var offset = 0
            for part in parts {
                let length = part.unicodeScalars.count
                sentences.append(Sentence(start: offset, end: offset + length, paragraph: 0))
                offset += length + 1
            }
            let text = ScalarText(parts.joined(separator: " "))
            let entities = EntityRecognizer().recognize(text, sentences: sentences)
            var predictions = StatisticExtractor().extract(text, sentences: sentences, timexes: [], entities: entities)
            let golds = record["statistics"] as? [[String: Any]] ?? []
            gold += golds.count
            predicted += predictions.count
            for g in golds {
                let value = (g["value"] as? NSNumber)?.doubleValue ?? .nan
                let sentence = g["sentence"] as? Int ?? 0
                guard let at = predictions.firstIndex(where: { $0.sentence == sentence && abs($0.value - value) < 1e-6 }) else {
                    if showErrors { print("MISS \(record["id"] ?? ""): \(value) in \(parts[min(sentence, parts.count - 1)])") }
                    continue
                }
                let p = predictions.remove(at: at)
                matched += 1
                let goldWho = (g["who"] as? String) ?? ""
                let okQualifier = p.qualifier.rawValue == (g["qualifier"] as? String ?? "exact")
                let okWho = sameSource(goldWho, p.attribution?.who ?? "")
                let okVerification = p.verification.rawValue == (g["verification"] as? String ?? "")
                qualifierRight += okQualifier ? 1 : 0
                whoRight += okWho ? 1 : 0
                verificationRight += okVerification ? 1 : 0
                if showErrors, !(okQualifier && okWho && okVerification) {
                    print("DIFF \(record["id"] ?? ""): \(value) qualifier \(p.qualifier.rawValue)/\(g["qualifier"] ?? "exact") who '\(p.attribution?.who ?? "")'/'\(goldWho)' verification \(p.verification.rawValue)/\(g["verification"] ?? "") what '\(p.what)'/'\(g["what"] ?? "")'")
                }
            }
            if showErrors { for p in predictions { print("EXTRA \(record["id"] ?? ""): \(p.surface) (\(p.what)) in sentence \(p.sentence)") } }
        }
        let precision = predicted > 0 ? Double(matched) / Double(predicted) : 0
        let recall = gold > 0 ? Double(matched) / Double(gold) : 0
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        func share(_ n: Int) -> Double { matched > 0 ? (Double(n) / Double(matched) * 10_000).rounded() / 10_000 : 0 }
        JSONLines.write([
            "records": records.count, "gold": gold, "pred": predicted, "matched": matched,
            "p": (precision * 10_000).rounded() / 10_000, "r": (recall * 10_000).rounded() / 10_000, "f1": (f1 * 10_000).rounded() / 10_000,
            "qualifier_acc": share(qualifierRight), "who_acc": share(whoRight), "verification_acc": share(verificationRight),
        ])
        return 0
    }

    /// Whether two source names agree: equal or one containing the other, ignoring case and a leading "the".
    static func sameSource(_ a: String, _ b: String) -> Bool {
        func normal(_ s: String) -> String {
            var t = s.lowercased().trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("the ") { t.removeFirst(4) }
            return t
        }
        let (x, y) = (normal(a), normal(b))
        if x.isEmpty || y.isEmpty { return x == y }
        return x == y || x.contains(y) || y.contains(x)
    }

    /// Prints the figures of a plain-text article, one JSON object per line.
    private static func dump(_ path: String) -> Int32 {
        guard let body = try? String(contentsOfFile: path, encoding: .utf8) else { return 66 }
        let text = ScalarText(body)
        let paragraphs = ParagraphSplitter().split(text)
        let sentences = SentenceSplitter().split(text, paragraphs: paragraphs)
        let clock = ContinuousClock()
        let started = clock.now
        let entities = EntityRecognizer().recognize(text, sentences: sentences)
        let recognized = clock.now
        if ProcessInfo.processInfo.environment["BRIEFGEN_ENTITIES"] != nil {
            for entity in entities { print("\(entity.type.rawValue)\t\(entity.text)") }
            return 0
        }
                if ProcessInfo.processInfo.environment["BRIEFGEN_TIMING"] != nil {
            let figures = StatisticExtractor().extract(text, sentences: sentences, timexes: [], entities: entities)
            let extracted = clock.now
            let tokens = sentences.reduce(0) { $0 + WordTokenizer().tokens(text, from: $1.start, to: $1.end).count }
            let tokenized = clock.now
            FileHandle.standardError.write(Data("entities \(recognized - started), statistics \(extracted - recognized) (\(figures.count)), tokenizing \(tokenized - extracted) (\(tokens) tokens)\n".utf8))
            return 0
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for statistic in StatisticExtractor().extract(text, sentences: sentences, timexes: [], entities: entities) {
            if let data = try? encoder.encode(statistic), let line = String(data: data, encoding: .utf8) { print(line) }
        }
        return 0
    }
}
