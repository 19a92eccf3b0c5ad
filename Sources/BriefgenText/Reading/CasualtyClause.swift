/// An "as …" clause for a headline from the article's gravest casualty figure tied to an attack:
/// "drone attack injures at least 45 in Kharkiv", "attack kills 18 in Kryvyi Rih". Cumulative totals ("since 2014",
/// "so far", "in total") are not events and are left out.
struct CasualtyClause {
    /// Clause variants, fullest first (with place, then without), or none when no figure fits.
    /// - Parameter excluding: the headline's source sentence (its figures are already in the main clause).
    func variants(_ text: ScalarText, sentences: [Sentence], statistics: [Statistic], excluding: Int) -> [String] {
        // Figures of one sentence share its reading (tokens and attack noun), so each sentence is read once.
        var readings: [Int: (tokens: [String], noun: Int)?] = [:]
        func reading(_ sentence: Int) -> (tokens: [String], noun: Int)? {
            if let known = readings[sentence] { return known }
            let found = read(text.text(of: sentences[sentence]))
            readings[sentence] = .some(found)
            return found
        }
        let candidates = statistics.filter { statistic in
            Self.rank[statistic.category] != nil && statistic.sentence != excluding && statistic.sentence < sentences.count
                && statistic.value >= 1
        }.compactMap { statistic -> (Statistic, [String], Int)? in
            reading(statistic.sentence).map { (statistic, $0.tokens, $0.noun) }
        }
        let ordered = candidates.sorted { a, b in
            let (rankA, rankB) = (Self.rank[a.0.category]!, Self.rank[b.0.category]!)
            if rankA != rankB { return rankA > rankB }
            if a.0.value != b.0.value { return a.0.value > b.0.value }
            return a.0.sentence < b.0.sentence
        }
        guard let (statistic, tokens, noun) = ordered.first else { return [] }
        let plural = tokens[noun].hasSuffix("s") && !tokens[noun].hasSuffix("ss")
        var subject = [tokens[noun].lowercased()]
        if noun > 0, Self.weapons.contains(tokens[noun - 1].lowercased()) { subject.insert(tokens[noun - 1].lowercased(), at: 0) }
        let verb: String
        switch statistic.category {
        case .killed: verb = plural ? "kill" : "kills"
        case .injured: verb = plural ? "injure" : "injures"
        default: verb = plural ? "leave" : "leaves"
        }
        var core = subject.joined(separator: " ") + " " + verb + " " + qualifier(statistic.qualifier) + number(statistic.value)
        if statistic.category == .casualties { core += " casualties" }
        guard let place = statistic.place.flatMap({ $0.isEmpty ? nil : $0 }) ?? place(after: noun, in: tokens) else { return [core] }
        return [core + " in " + place, core]
    }

    /// A place named right after the attack noun ("attack on Kryvyi Rih", "strike in Dnipro").
    private func place(after noun: Int, in tokens: [String]) -> String? {
        var index = noun + 1
        while index < tokens.count, tokens[index] != ",", index <= noun + 8 {
            if ["on", "in", "near"].contains(tokens[index]) {
                let names = tokens[(index + 1)...].prefix { $0.unicodeScalars.first?.properties.isUppercase == true }
                if !names.isEmpty { return names.joined(separator: " ") }
            }
            index += 1
        }
        return nil
    }

    private func qualifier(_ qualifier: Statistic.Qualifier) -> String {
        switch qualifier {
        case .exact: return ""
        case .atLeast: return "at least "
        case .moreThan: return "over "
        case .fewerThan: return "fewer than "
        case .about: return "about "
        case .nearly: return "nearly "
        case .upTo: return "up to "
        }
    }

    /// A sentence's headline tokens and its first attack noun, nil without one or when its figure is a cumulative
    /// total ("since", "total", "so far", "to date").
    private func read(_ sentence: String) -> (tokens: [String], noun: Int)? {
        let tokens = HeadlineTokens(sentence).tokens
        guard let noun = tokens.firstIndex(where: { Self.attackNouns.contains($0.lowercased()) }) else { return nil }
        let lower = tokens.map { $0.lowercased() }
        let cumulative = lower.contains("since") || lower.contains("total") || zip(lower, lower.dropFirst()).contains {
            ($0 == "so" && $1 == "far") || ($0 == "to" && $1 == "date")
        }
        guard !cumulative else { return nil }
        return (tokens, noun)
    }

    /// A whole number with thousands separators ("13,000").
    private func number(_ value: Double) -> String {
        let whole = Int(value.rounded())
        var digits = Array(String(whole))
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: index)
            index -= 3
        }
        return String(digits)
    }

    private static let rank: [Statistic.Category: Int] = [.killed: 3, .injured: 2, .casualties: 1]
    private static let attackNouns: Set<String> = [
        "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "shelling", "bombing", "bombings",
        "explosion", "explosions", "blast", "blasts", "barrage", "raid", "raids", "assault", "bombardment",
    ]
    private static let weapons: Set<String> = [
        "drone", "missile", "rocket", "air", "artillery", "aerial", "suicide", "car", "bomb", "mortar", "tank",
    ]
}
