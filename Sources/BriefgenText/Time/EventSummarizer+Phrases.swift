// MARK: - Phrases an event summary is cut from: noun phrases, participle phrases, attributions, tenses

extension EventSummarizer {
    /// `since Russia's full-scale invasion on <date>` → the noun phrase; `the 2014 annexation of Crimea` → `annexation of Crimea`.
    func nounPhrase(_ t: TimexRecognizer.Tokens, _ first: Int, eventSpan: Range<Int>, clause: Range<Int>) -> String? {
        var k = first - 1
        if let w = t.word(k), w == "on" || w == "in" {
            k -= 1
            var start = k
            while start > clause.lowerBound, t.word(start).map(Self.nounPhraseLeads.contains) != true, k - start < 9 { start -= 1 }
            guard start < k, t.word(start).map(Self.nounPhraseLeads.contains) == true else { return nil }
            guard !t.isWord(start, "to") || t.isWord(start - 1, "back") else { return nil }
            guard (start + 1...k).allSatisfy({ t.kind($0) != .punctuation || t.all[$0].isMark("'") || t.all[$0].isMark(scalar: "’") || t.all[$0].isDash })
            else { return nil }
            return render(t, (0..<t.all.count).map { $0 > start && $0 <= k })
        }
        guard t.isWord(first - 1, "the"), let last = t.all.lastIndex(where: { eventSpan.contains($0.start) }),
              let noun = t[last + 1], noun.kind == .word, !noun.isCapitalized else { return nil }
        let end = (last + 1..<clause.upperBound).first { t.kind($0) == .punctuation && t.all[$0].isMark(",") || t.all[$0].isMark(".") }
            ?? clause.upperBound
        return render(t, (0..<t.all.count).map { $0 > last && $0 < end })
    }

    /// `the initial U.S. draft, presented in March, disproportionately …` → `initial U.S. draft presented`;
    /// `… of his new administration set to begin in January` → `new administration set to begin`.
    func participlePhrase(_ t: TimexRecognizer.Tokens, _ first: Int, clause: Range<Int>) -> String? {
        var chain = first
        while chain - 1 > clause.lowerBound, let w = t.word(chain - 1), Self.datePrepositions.contains(w) { chain -= 1 }
        if let verb = t.word(chain - 1), t.isWord(chain - 2, "to"),
           let marker = t.word(chain - 3), ["set", "scheduled", "due", "expected", "slated", "poised"].contains(marker) {
            var start = chain - 3
            while start > clause.lowerBound, let w = t.word(start - 1), t[start - 1]?.kind == .word,
                  !["of", "that", "and", "with", "for", "to", "in", "on", "by", "is", "are", "was", "were", "be"].contains(w),
                  chain - start < 10 {
                start -= 1
            }
            if let w = t.word(start), ["his", "her", "its", "their", "the", "a", "an"].contains(w) { start += 1 }
            if start < chain - 3, !verb.isEmpty {
                return render(t, (0..<t.all.count).map { $0 >= start && $0 < chain })
            }
        }
        guard let open = (max(clause.lowerBound, chain - 4)..<chain).last(where: { t.isMark($0, ",") }),
              let participle = t.word(open + 1), participle.hasSuffix("ed"), open + 1 < chain else { return nil }
        var start = open - 1
        while start > clause.lowerBound, let token = t[start - 1], !token.isMark(","), token.base != "that", open - start < 8 { start -= 1 }
        guard start < open, start >= clause.lowerBound else { return nil }
        return render(t, (0..<t.all.count).map { ($0 >= start && $0 < open) || ($0 > open && $0 < chain) })
    }

    /// Verbs of a trailing attribution (`…, officials reported`).
    static let trailingAttributionVerbs: WordSet = ["reported", "said", "says", "stated", "added", "told", "wrote"]

    /// Drops `reports indicate that`, `it has been reported that`, `, according to …`, `, officials reported`.
    /// Returns the speaker of a dropped trailing attribution (`…," Zelensky said` → `Zelensky`), for quotations.
    @discardableResult
    func dropAttribution(_ t: TimexRecognizer.Tokens, _ keep: inout [Bool], from: Int, to: inout Int) -> String? {
        var speaker: String?
        if let that = (from..<min(to, from + 6)).first(where: { t.isWord($0, "that") }),
           (from..<that).contains(where: { ["indicate", "indicates", "reported", "said", "says", "showed", "show"].contains(t.word($0) ?? "") }) {
            for i in from...that { keep[i] = false }
        }
        if let according = (from..<to).first(where: { t.isWord($0, "according") && t.isWord($0 + 1, "to") }) {
            for i in according..<to { keep[i] = false }
            if according > 0, t[according - 1]?.isMark(",") == true { keep[according - 1] = false }
        }
        if to >= 3, let comma = (max(from, to - 10)..<to).last(where: { t.isMark($0, ",") }),
           let verb = (comma + 1..<to).first(where: { Self.trailingAttributionVerbs.contains(t.word($0) ?? "") }) {
            let words = (comma + 1..<verb).filter { t.kind($0) == .word }
            if (1...4).contains(words.count) {
                speaker = render(t, (0..<t.all.count).map { words.contains($0) })
            }
            for i in comma..<to { keep[i] = false }
        }
        return speaker
    }

    static let irregularPast: [String: String] = [
        "risen": "rose", "fallen": "fell", "grown": "grew", "taken": "took", "begun": "began", "given": "gave", "shown": "showed",
        "seen": "saw", "driven": "drove", "written": "wrote", "broken": "broke", "spoken": "spoke", "chosen": "chose",
        "flown": "flew", "known": "knew", "thrown": "threw", "stolen": "stole", "beaten": "beat", "hidden": "hid",
        "forgotten": "forgot", "gotten": "got", "ridden": "rode", "struck": "struck", "hit": "hit", "shot": "shot",
        "fought": "fought", "lost": "lost", "won": "won", "sent": "sent", "held": "held", "met": "met", "led": "led",
        "left": "left", "made": "made", "said": "said", "told": "told", "killed": "killed",
    ]

    /// Headline style: `civilian casualties had risen` → `civilian casualties rose`, `Russia has dismissed` → `Russia
    /// dismissed` (a perfect becomes a simple past). Returns the words to write differently, by token index.
    func simplePast(_ t: TimexRecognizer.Tokens, _ keep: inout [Bool], from: Int, to: Int) -> [Int: String] {
        var replacements: [Int: String] = [:]
        for i in from..<to where keep[i] {
            guard let w = t.word(i), ["has", "have", "had"].contains(w) else { continue }
            var j = i + 1
            if let adverb = t.word(j), adverb.hasSuffix("ly"), j + 1 < to { j += 1 }
            guard j < to, keep[j], let participle = t.word(j), participle != "been" else { continue }
            if let past = Self.irregularPast[participle] {
                keep[i] = false
                replacements[j] = past
            } else if participle.hasSuffix("ed"), participle.count > 3 {
                keep[i] = false
            }
        }
        return replacements
    }
}
