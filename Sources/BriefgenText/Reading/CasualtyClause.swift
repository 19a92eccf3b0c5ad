/// An "as …" clause for a headline from the article's gravest casualty figure tied to an attack:
/// "drone attack injures at least 45 in Kharkiv", "attack kills 18 in Kryvyi Rih". Cumulative totals ("since 2014",
/// "so far", "in total") are not events and are left out.
struct CasualtyClause {
    /// Clause variants, fullest first (with place, then without), or none when no figure fits.
    /// - Parameter excluding: the headline's source sentence (its figures are already in the main clause).
    func variants(_ text: ScalarText, sentences: [Sentence], statistics: [Statistic], excluding: Int) -> [String] {
        // The figures that fit, gravest first (the sort is stable: among equals, the first in text order). Only the
        // sentences of the best of them are read, in that order, until one has an attack noun and no cumulative total:
        // the same figure as reading every candidate's sentence first, without reading most of them.
        let ordered = statistics.filter { statistic in
            Self.rank[statistic.category] != nil && statistic.sentence != excluding && statistic.sentence < sentences.count
                && statistic.value >= 1
        }.sorted { a, b in
            let (rankA, rankB) = (Self.rank[a.category]!, Self.rank[b.category]!)
            if rankA != rankB { return rankA > rankB }
            if a.value != b.value { return a.value > b.value }
            return a.sentence < b.sentence
        }
        var unread = Set<Int>() // sentences read without a fitting attack noun
        var best: (Statistic, [String], Int)?
        for statistic in ordered where !unread.contains(statistic.sentence) {
            let sentence = sentences[statistic.sentence]
            if text.withUTF8(sentence.start, sentence.end, Self.mayNameAttack), let found = read(text.text(of: sentence)) {
                best = (statistic, found.tokens, found.noun)
                break
            }
            unread.insert(statistic.sentence)
        }
        guard let (statistic, tokens, noun) = best else { return [] }
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

    /// Whether a sentence's UTF-8 may hold a word that lower-cases to an attack noun: false only when no stem of one
    /// (`attack`, `strike`, `raid`…) occurs in its bytes with ASCII letters lower-cased, so that ``read(_:)`` would find
    /// no attack noun in it. The Kelvin sign (U+212A, E2 84 AA), the one scalar beyond ASCII that lower-cases to an ASCII
    /// letter (`k`), makes the answer true.
    static func mayNameAttack(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x84, bytes[index + 2] == 0xAA { return true }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
            if lower == 0x61 || lower == 0x62 || lower == 0x65 || lower == 0x72 || lower == 0x73 { // a b e r s
                for stem in attackStems where stem.count <= bytes.count - index && stem[0] == lower {
                    var offset = 1
                    while offset < stem.count {
                        let next = bytes[index + offset]
                        guard (next >= 0x41 && next <= 0x5A ? next + 32 : next) == stem[offset] else { break }
                        offset += 1
                    }
                    if offset == stem.count { return true }
                }
            }
            index += 1
        }
        return false
    }

    /// A part of every attack noun, as ASCII bytes (`strike` in `airstrikes`, `raid` in `raids`).
    static let attackStems: [[UInt8]] = [
        "attack", "strike", "shelling", "bombing", "explosion", "blast", "barrage", "raid", "assault", "bombardment",
    ].map { Array($0.utf8) }

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
    static let attackNouns: WordSet = [
        "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "shelling", "bombing", "bombings",
        "explosion", "explosions", "blast", "blasts", "barrage", "raid", "raids", "assault", "bombardment",
    ]
    private static let weapons: WordSet = [
        "drone", "missile", "rocket", "air", "artillery", "aerial", "suicide", "car", "bomb", "mortar", "tank",
    ]
}
