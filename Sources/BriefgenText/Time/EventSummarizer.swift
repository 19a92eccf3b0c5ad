/// Writes a short headline-style summary of the clause that carries an event's date (who did what).
///
/// The date itself, its preposition, discourse openers (`Furthermore,`) and attributions (`reports indicate that`,
/// `, officials reported`) are dropped; a date inside a noun phrase (`since Russia's full-scale invasion on
/// February 24, 2022`, `the 2014 annexation of Crimea`) makes that noun phrase the summary. At most 100 characters,
/// no trailing period.
struct EventSummarizer: Sendable {
    static let maximumLength = 100
    private static let clauseOpeners: Set<String> = [
        "which", "while", "but", "whereas", "although", "though", "leading", "resulting", "according", "representing",
        "including", "amid", "prompting", "sparking", "saying", "adding", "as",
    ]
    /// Words removed with a date when they lead up to it (`in the early hours of`, `since`, `until`).
    private static let datePrepositions: Set<String> = [
        "in", "on", "at", "during", "from", "between", "of", "over", "early", "late", "mid", "around", "last", "this", "next",
        "the", "night", "morning", "evening", "afternoon", "hours", "since", "until", "till", "before", "after", "by", "through",
        "earlier", "later",
    ]
    private static let nounPhraseLeads: Set<String> = ["since", "after", "before", "following", "to", "amid", "until"]
    private static let openers: Set<String> = [
        "furthermore", "additionally", "however", "meanwhile", "notably", "also", "moreover", "still", "yet", "but", "and",
        "so", "then", "now", "indeed", "separately", "earlier", "later",
    ]
    private static let dangling: Set<String> = [
        "the", "a", "an", "of", "and", "to", "in", "on", "by", "for", "with", "at", "that", "from", "since", "until", "till",
        "before", "after",
    ]

    /// Token indices where a new clause starts (after `;`, a dash, or a comma before `which`, `while`, `leading`…).
    static func clauseBoundaries(_ t: TimexRecognizer.Tokens) -> [Int] {
        t.all.indices.filter { i in
            guard i > 0, let previous = t[i - 1] else { return false }
            if previous.isMark(";") || previous.isMark("—") { return true }
            guard previous.isMark(","), let w = t.word(i) else { return false }
            // `, and in 2024 Russia regained …`: a new clause, not the end of a list.
            if w == "and", let next = t[i + 1], next.isWord(["in", "on", "at", "during", "since", "after", "before", "then", "later"])
                || next.isCapitalized || next.isWord(["the", "a", "its", "their"]) { return true }
            return clauseOpeners.contains(w) || (w.hasSuffix("ing") && w.count > 5 && t[i]?.isCapitalized == false)
        }
    }

    /// The summary of the event dated by `eventSpan` (scalar offsets) in `sentence`; `dateSpans` are every date in it.
    func summarize(_ text: ScalarText, sentence: Sentence, eventSpan: Range<Int>, dateSpans: [Range<Int>]) -> String {
        let t = TimexRecognizer.Tokens(all: TimexTokenizer().tokens(text, from: sentence.start, to: sentence.end))
        guard let first = t.all.firstIndex(where: { $0.start >= eventSpan.lowerBound }) else { return "" }
        let boundaries = Self.clauseBoundaries(t)
        var from = boundaries.last { $0 <= first } ?? 0
        var to = boundaries.first { $0 > first }.map { $0 - 1 } ?? t.all.count
        if let phrase = nounPhrase(t, first, eventSpan: eventSpan, clause: from..<to) { return finish(phrase) }
        if let phrase = participlePhrase(t, first, clause: from..<to) { return finish(phrase) }
        var possessor: String?
        // Within the clause: what was reported, after `claimed that`, when the clause is long.
        let reporting: Set<String> = ["said", "says", "claimed", "claims", "reported", "stated", "announced", "indicated", "noted", "added"]
        guard from < to else { return "" }
        if let that = (from..<to).first(where: { t.word($0) == "that" && t.word($0 - 1).map(reporting.contains) == true })
            ?? (from..<first).last(where: { t.word($0) == "that" }),
           t.all[to - 1].end - t.all[from].start > Self.maximumLength - 20 {
            // `the Ukrainian Security Service claimed that its drones …` → `Ukrainian Security Service’s drones …`.
            if let pronoun = t.word(that + 1), ["its", "their"].contains(pronoun), that >= 2,
               t.word(that - 1).map(reporting.contains) == true {
                let subjectStart = ((from..<(that - 1)).last { t[$0]?.isMark(",") == true }).map { $0 + 1 } ?? from
                let subject = (subjectStart..<(that - 1)).filter { i in
                    guard let token = t[i] else { return false }
                    return token.kind == .word && !Self.openers.contains(token.base) && token.base != "the" || token.isMark(".")
                }
                if (1...6).contains(subject.count), subject.allSatisfy({ t[$0]?.isCapitalized == true || t[$0]?.isMark(".") == true }) {
                    possessor = render(t, (0..<t.all.count).map { subject.contains($0) }) + "’s"
                }
            }
            from = that + 1
        }
        var keep = Array(repeating: true, count: t.all.count)
        if possessor != nil { keep[from] = false }
        for i in t.all.indices where i < from || i >= to { keep[i] = false }
        for span in dateSpans {
            let inside = t.all.indices.filter { span.contains(t.all[$0].start) }
            guard let a = inside.first, let b = inside.last else { continue }
            for i in a...b { keep[i] = false }
            var k = a - 1
            while k >= from, let w = t.word(k), Self.datePrepositions.contains(w) || w == "and" || w == "to" {
                // `in the early hours of Monday`, but not `for two hours on Monday`.
                if ["night", "morning", "evening", "afternoon", "hours"].contains(w), t.word(k + 1) != "of" { break }
                keep[k] = false
                k -= 1
            }
            if t[b + 1]?.isMark(",") == true, k < from || t.word(k) == nil { keep[b + 1] = false }
        }
        let speaker = dropAttribution(t, &keep, from: from, to: &to)
        // A short trailing appositive that lost its date (`, their first call since February 12`) says nothing alone.
        if let comma = (from..<to).last(where: { keep[$0] && t[$0]?.isMark(",") == true }), comma > first,
           (comma + 1..<to).contains(where: { !keep[$0] && t[$0]?.kind != .punctuation }),
           (comma + 1..<to).filter({ keep[$0] && t[$0]?.kind == .word }).count <= 4 {
            for i in comma..<to { keep[i] = false }
        }
        // A comparison tail is background, not the event: `… by 46% compared to the same weeks in 2024`.
        if let cut = (first..<to).first(where: { i in
            guard let w = t.word(i) else { return false }
            return w == "compared" || w == "versus" || w == "vs" || (w == "from" || w == "than") && t.word(i - 1).map(["up", "down", "more", "less"].contains) == true
        }) {
            for i in (t.word(cut - 1).map(["up", "down", "more", "less"].contains) == true ? cut - 1 : cut)..<to { keep[i] = false }
        }
        // Headline style: `Ukraine is poised to sign` → `Ukraine poised to sign`.
        for i in from..<to where keep[i] {
            if let w = t.word(i), ["is", "are"].contains(w), let next = t.word(i + 1),
               ["poised", "set", "expected", "due", "likely", "scheduled", "planning", "preparing"].contains(next) {
                keep[i] = false
            }
        }
        // A short lead-in adverbial (`In response,`, `After the talks,`, `According to reports,`) is not the event.
        if let lead = t.word(from), ["in", "on", "at", "after", "following", "despite", "amid", "with", "as", "during", "according",
                                     "for", "by", "under", "meanwhile", "however", "furthermore", "additionally"].contains(lead),
           let comma = (from + 1..<min(to, from + 7)).first(where: { t[$0]?.isMark(",") == true }), comma + 1 < to {
            for i in from...comma { keep[i] = false }
        }
        let replacements = simplePast(t, &keep, from: from, to: to)
        let rendered = render(t, keep, replacements: replacements)
        // A quotation reads as `Speaker: words`, without its quotation marks.
        let quotes: Set<Character> = ["\"", "“", "”", "‘", "’", "'"]
        if let first = rendered.first, quotes.contains(first) {
            let words = String(rendered.drop { quotes.contains($0) }.reversed().drop { quotes.contains($0) || $0 == "," }.reversed())
            return finish(speaker.map { "\($0): \(words)" } ?? words)
        }
        return finish((possessor.map { $0 + " " } ?? "") + rendered)
    }

    private static let irregularPast: [String: String] = [
        "risen": "rose", "fallen": "fell", "grown": "grew", "taken": "took", "begun": "began", "given": "gave", "shown": "showed",
        "seen": "saw", "driven": "drove", "written": "wrote", "broken": "broke", "spoken": "spoke", "chosen": "chose",
        "flown": "flew", "known": "knew", "thrown": "threw", "stolen": "stole", "beaten": "beat", "hidden": "hid",
        "forgotten": "forgot", "gotten": "got", "ridden": "rode", "struck": "struck", "hit": "hit", "shot": "shot",
        "fought": "fought", "lost": "lost", "won": "won", "sent": "sent", "held": "held", "met": "met", "led": "led",
        "left": "left", "made": "made", "said": "said", "told": "told", "killed": "killed",
    ]

    /// Headline style: `civilian casualties had risen` → `civilian casualties rose`, `Russia has dismissed` → `Russia
    /// dismissed` (a perfect becomes a simple past). Returns the words to write differently, by token index.
    private func simplePast(_ t: TimexRecognizer.Tokens, _ keep: inout [Bool], from: Int, to: Int) -> [Int: String] {
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

    /// `since Russia's full-scale invasion on <date>` → the noun phrase; `the 2014 annexation of Crimea` → `annexation of Crimea`.
    private func nounPhrase(_ t: TimexRecognizer.Tokens, _ first: Int, eventSpan: Range<Int>, clause: Range<Int>) -> String? {
        var k = first - 1
        if let w = t.word(k), w == "on" || w == "in" {
            k -= 1
            var start = k
            while start > clause.lowerBound, t.word(start).map(Self.nounPhraseLeads.contains) != true, k - start < 9 { start -= 1 }
            guard start < k, t.word(start).map(Self.nounPhraseLeads.contains) == true else { return nil }
            guard t.word(start) != "to" || t.word(start - 1) == "back" else { return nil }
            guard (start + 1...k).allSatisfy({ t[$0]?.kind != .punctuation || t[$0]!.isMark("'") || t[$0]!.isMark("’") || t[$0]!.isDash })
            else { return nil }
            return render(t, (0..<t.all.count).map { $0 > start && $0 <= k })
        }
        guard t.word(first - 1) == "the", let last = t.all.lastIndex(where: { eventSpan.contains($0.start) }),
              let noun = t[last + 1], noun.kind == .word, !noun.isCapitalized else { return nil }
        let end = (last + 1..<clause.upperBound).first { t[$0]?.kind == .punctuation && t[$0]!.isMark(",") || t[$0]!.isMark(".") }
            ?? clause.upperBound
        return render(t, (0..<t.all.count).map { $0 > last && $0 < end })
    }

    /// `the initial U.S. draft, presented in March, disproportionately …` → `initial U.S. draft presented`;
    /// `… of his new administration set to begin in January` → `new administration set to begin`.
    private func participlePhrase(_ t: TimexRecognizer.Tokens, _ first: Int, clause: Range<Int>) -> String? {
        var chain = first
        while chain - 1 > clause.lowerBound, let w = t.word(chain - 1), Self.datePrepositions.contains(w) { chain -= 1 }
        if let verb = t.word(chain - 1), t.word(chain - 2) == "to",
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
        guard let open = (max(clause.lowerBound, chain - 4)..<chain).last(where: { t[$0]?.isMark(",") == true }),
              let participle = t.word(open + 1), participle.hasSuffix("ed"), open + 1 < chain else { return nil }
        var start = open - 1
        while start > clause.lowerBound, let token = t[start - 1], !token.isMark(","), token.base != "that", open - start < 8 { start -= 1 }
        guard start < open, start >= clause.lowerBound else { return nil }
        return render(t, (0..<t.all.count).map { ($0 >= start && $0 < open) || ($0 > open && $0 < chain) })
    }

    /// Drops `reports indicate that`, `it has been reported that`, `, according to …`, `, officials reported`.
    /// Returns the speaker of a dropped trailing attribution (`…," Zelensky said` → `Zelensky`), for quotations.
    @discardableResult
    private func dropAttribution(_ t: TimexRecognizer.Tokens, _ keep: inout [Bool], from: Int, to: inout Int) -> String? {
        var speaker: String?
        if let that = (from..<min(to, from + 6)).first(where: { t.word($0) == "that" }),
           (from..<that).contains(where: { ["indicate", "indicates", "reported", "said", "says", "showed", "show"].contains(t.word($0) ?? "") }) {
            for i in from...that { keep[i] = false }
        }
        if let according = (from..<to).first(where: { t.word($0) == "according" && t.word($0 + 1) == "to" }) {
            for i in according..<to { keep[i] = false }
            if according > 0, t[according - 1]?.isMark(",") == true { keep[according - 1] = false }
        }
        let verbs: Set<String> = ["reported", "said", "says", "stated", "added", "told", "wrote"]
        if to >= 3, let comma = (max(from, to - 10)..<to).last(where: { t[$0]?.isMark(",") == true }),
           let verb = (comma + 1..<to).first(where: { verbs.contains(t.word($0) ?? "") }) {
            let words = (comma + 1..<verb).filter { t[$0]?.kind == .word }
            if (1...4).contains(words.count) {
                speaker = render(t, (0..<t.all.count).map { words.contains($0) })
            }
            for i in comma..<to { keep[i] = false }
        }
        return speaker
    }

    /// The kept tokens, spaced as written.
    private func render(_ t: TimexRecognizer.Tokens, _ keep: [Bool], replacements: [Int: String] = [:]) -> String {
        var out = ""
        var previousEnd: Int?
        for (i, token) in t.all.enumerated() where keep[i] {
            if token.isMark(","), out.isEmpty || out.hasSuffix(",") { continue }
            if let previousEnd, token.start > previousEnd, !out.isEmpty, !token.isMark(",") { out += " " }
            out += replacements[i] ?? token.text
            previousEnd = token.end
        }
        return out
    }

    /// Trims openers, dangling words and punctuation, capitalizes, and cuts to the maximum length at a word boundary.
    private func finish(_ raw: String) -> String {
        var words = raw.split(separator: " ").map(String.init)
        while let first = words.first, Self.openers.contains(first.lowercased().filter { $0 != "," }) || first == "," {
            words.removeFirst()
        }
        if words.first?.lowercased() == "the" || words.first?.lowercased() == "a" { words.removeFirst() }
        var result = ""
        for word in words {
            let next = result.isEmpty ? word : result + " " + word
            if next.count > Self.maximumLength { break }
            result = next
        }
        var trimmed = result
        while true {
            while let last = trimmed.last, ".,;:—-–(".contains(last) || last == " " { trimmed.removeLast() }
            // A cut phrase must not end on a function word or a possessive (`… in Russia’s`).
            guard let lastWord = trimmed.split(separator: " ").last, result.count < raw.count || Self.dangling.contains(lastWord.lowercased()),
                  Self.dangling.contains(lastWord.lowercased()) || lastWord.hasSuffix("’s") || lastWord.hasSuffix("'s") else { break }
            trimmed.removeLast(lastWord.count)
        }
        guard let first = trimmed.first else { return trimmed }
        return first.uppercased() + trimmed.dropFirst()
    }
}
