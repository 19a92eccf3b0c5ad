/// Writes a short headline-style summary of the clause that carries an event's date (who did what).
///
/// The date itself, its preposition, discourse openers (`Furthermore,`) and attributions (`reports indicate that`,
/// `, officials reported`) are dropped; a date inside a noun phrase (`since Russia's full-scale invasion on
/// February 24, 2022`, `the 2014 annexation of Crimea`) makes that noun phrase the summary. At most 100 characters,
/// no trailing period.
struct EventSummarizer: Sendable {
    static let maximumLength = 100
    static let clauseOpeners: WordSet = [
        "which", "while", "but", "whereas", "although", "though", "leading", "resulting", "according", "representing",
        "including", "amid", "prompting", "sparking", "saying", "adding", "as",
    ]
    /// Words removed with a date when they lead up to it (`in the early hours of`, `since`, `until`).
    static let datePrepositions: WordSet = [
        "in", "on", "at", "during", "from", "between", "of", "over", "early", "late", "mid", "around", "last", "this", "next",
        "the", "night", "morning", "evening", "afternoon", "hours", "since", "until", "till", "before", "after", "by", "through",
        "earlier", "later",
    ]
    static let nounPhraseLeads: WordSet = ["since", "after", "before", "following", "to", "amid", "until"]
    static let openers: WordSet = [
        "furthermore", "additionally", "however", "meanwhile", "notably", "also", "moreover", "still", "yet", "but", "and",
        "so", "then", "now", "indeed", "separately", "earlier", "later",
    ]
    /// Verbs of saying before `that` (`officials said that …`).
    static let reportingVerbs: WordSet = [
        "said", "says", "claimed", "claims", "reported", "stated", "announced", "indicated", "noted", "added",
    ]
    /// Quotation marks around a quoted summary.
    private static let quotes: Set<Character> = ["\"", "“", "”", "‘", "’", "'"]
    static let dangling: WordSet = [
        "the", "a", "an", "of", "and", "to", "in", "on", "by", "for", "with", "at", "that", "from", "since", "until", "till",
        "before", "after",
    ]

    /// Token indices where a new clause starts (after `;`, a dash, or a comma before `which`, `while`, `leading`…).
    static func clauseBoundaries(_ t: TimexRecognizer.Tokens) -> [Int] {
        // The tokens are read in place (a copy of each retained and released its strings).
        let all = t.all
        return all.indices.filter { i in
            guard i > 0, all[i - 1].kind == .punctuation else { return false }
            if all[i - 1].isMark(";") || all[i - 1].isMark(scalar: "—") { return true }
            guard all[i - 1].isMark(","), let w = t.word(i) else { return false }
            // `, and in 2024 Russia regained …`: a new clause, not the end of a list.
            if w == "and", let next = t[i + 1], next.isWord(["in", "on", "at", "during", "since", "after", "before", "then", "later"])
                || next.isCapitalized || next.isWord(["the", "a", "its", "their"]) { return true }
            return clauseOpeners.contains(w) || (w.hasSuffix("ing") && w.count > 5 && t[i]?.isCapitalized == false)
        }
    }

    /// The summary of the event dated by `eventSpan` (scalar offsets) in `sentence`; `dateSpans` are every date in it;
    /// `tokens`, when given, are the sentence's own tokens (``TimexTokenizer`` over its span).
    func summarize(_ text: ScalarText, sentence: Sentence, tokens: TimexRecognizer.Tokens? = nil, eventSpan: Range<Int>,
                   dateSpans: [Range<Int>]) -> String {
        summarize(text, sentence: sentence, tokens: tokens, clauseBoundaries: nil, eventSpan: eventSpan, dateSpans: dateSpans)
    }

    /// ``summarize(_:sentence:tokens:eventSpan:dateSpans:)`` with the tokens' ``clauseBoundaries(_:)`` when the caller
    /// found them already (nil: found here).
    func summarize(_ text: ScalarText, sentence: Sentence, tokens: TimexRecognizer.Tokens?, clauseBoundaries: [Int]?,
                   eventSpan: Range<Int>, dateSpans: [Range<Int>]) -> String {
        let t = tokens ?? TimexRecognizer.Tokens(all: TimexTokenizer().tokens(text, from: sentence.start, to: sentence.end))
        guard let first = t.all.firstIndex(where: { $0.start >= eventSpan.lowerBound }) else { return "" }
        let boundaries = clauseBoundaries ?? Self.clauseBoundaries(t)
        var from = boundaries.last { $0 <= first } ?? 0
        var to = boundaries.first { $0 > first }.map { $0 - 1 } ?? t.all.count
        if let phrase = nounPhrase(t, first, eventSpan: eventSpan, clause: from..<to) { return finish(phrase) }
        if let phrase = participlePhrase(t, first, clause: from..<to) { return finish(phrase) }
        var possessor: String?
        // Within the clause: what was reported, after `claimed that`, when the clause is long.
        guard from < to else { return "" }
        if let that = (from..<to).first(where: { t.isWord($0, "that") && t.word($0 - 1).map(Self.reportingVerbs.contains) == true })
            ?? (from..<first).last(where: { t.isWord($0, "that") }),
           t.all[to - 1].end - t.all[from].start > Self.maximumLength - 20 {
            // `the Ukrainian Security Service claimed that its drones …` → `Ukrainian Security Service’s drones …`.
            if let pronoun = t.word(that + 1), ["its", "their"].contains(pronoun), that >= 2,
               t.word(that - 1).map(Self.reportingVerbs.contains) == true {
                let subjectStart = ((from..<(that - 1)).last { t.isMark($0, ",") }).map { $0 + 1 } ?? from
                let subject = (subjectStart..<(that - 1)).filter { i in
                    guard let token = t[i] else { return false }
                    return token.kind == .word && !Self.openers.contains(token.base) && token.base != "the" || token.isMark(".")
                }
                if (1...6).contains(subject.count), subject.allSatisfy({ t[$0]?.isCapitalized == true || t.isMark($0, ".") }) {
                    possessor = render(t, (0..<t.all.count).map { subject.contains($0) }) + "’s"
                }
            }
            from = that + 1
        }
        var keep = Array(repeating: true, count: t.all.count)
        if possessor != nil { keep[from] = false }
        for i in t.all.indices where i < from || i >= to { keep[i] = false }
        for span in dateSpans {
            // The first and last tokens starting inside the span (no array of them).
            var spanFirst = -1
            var spanLast = -1
            for i in t.all.indices where span.contains(t.all[i].start) {
                if spanFirst < 0 { spanFirst = i }
                spanLast = i
            }
            guard spanFirst >= 0 else { continue }
            let a = spanFirst
            var b = spanLast
            for i in a...b { keep[i] = false }
            // A possessive date (`upheld Monday's ruling`) leaves its noun (`upheld ruling`), not `'s`; the day before
            // or after one (`the day before last Tuesday's hearing`) is the time of the clause, and takes its noun along.
            if let mark = t[b + 1], mark.isMark("'") || mark.isMark(scalar: "’"), t.attached(b + 1), t.isWord(b + 2, "s") {
                keep[b + 1] = false
                keep[b + 2] = false
                b += 2
                if t.isWord(a, "the"), t.isWord(a + 1, "day") {
                    while b + 1 < to, b + 1 - a < 12, let next = t[b + 1], next.kind == .word,
                          !TimexRecognizer.eventPhraseEnds.contains(next.base) {
                        keep[b + 1] = false
                        b += 1
                    }
                }
            }
            var k = a - 1
            // `for the full year`, `for the third quarter`: the period, not `for Monday` (`talks set for Monday`).
            while k >= from, let w = t.word(k), Self.datePrepositions.contains(w) || w == "and" || w == "to"
                || w == "for" && k == a - 1 && t.isWord(a, "the") {
                // `in the early hours of Monday`, but not `for two hours on Monday`.
                if ["night", "morning", "evening", "afternoon", "hours"].contains(w), !t.isWord(k + 1, "of") { break }
                keep[k] = false
                k -= 1
            }
            if t[b + 1]?.isMark(",") == true, k < from || t.word(k) == nil { keep[b + 1] = false }
        }
        let speaker = dropAttribution(t, &keep, from: from, to: &to)
        // A short trailing appositive that lost its date (`, their first call since February 12`) says nothing alone.
        if let comma = (from..<to).last(where: { keep[$0] && t.isMark($0, ",") }), comma > first,
           (comma + 1..<to).contains(where: { !keep[$0] && t.kind($0) != .punctuation }),
           (comma + 1..<to).filter({ keep[$0] && t.kind($0) == .word }).count <= 4 {
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
           let comma = (from + 1..<min(to, from + 7)).first(where: { t.isMark($0, ",") }), comma + 1 < to {
            for i in from...comma { keep[i] = false }
        }
        let replacements = simplePast(t, &keep, from: from, to: to)
        let rendered = render(t, keep, replacements: replacements)
        // A quotation reads as `Speaker: words`, without its quotation marks.
        if let first = rendered.first, Self.quotes.contains(first) {
            let words = String(rendered.drop { Self.quotes.contains($0) }.reversed()
                .drop { Self.quotes.contains($0) || $0 == "," }.reversed())
            return finish(speaker.map { "\($0): \(words)" } ?? words)
        }
        return finish((possessor.map { $0 + " " } ?? "") + rendered)
    }

    /// The kept tokens, spaced as written.
    func render(_ t: TimexRecognizer.Tokens, _ keep: [Bool], replacements: [Int: String] = [:]) -> String {
        var out = ""
        var previousEnd: Int?
        // The tokens are read in place (a copy of each retained and released its strings), and the replacements only
        // looked up when there are any.
        let all = t.all
        for i in all.indices where keep[i] {
            if all[i].isMark(","), out.isEmpty || out.hasSuffix(",") { continue }
            if let previousEnd, all[i].start > previousEnd, !out.isEmpty, !all[i].isMark(",") { out += " " }
            out += (replacements.isEmpty ? nil : replacements[i]) ?? all[i].text
            previousEnd = all[i].end
        }
        return out
    }
}
