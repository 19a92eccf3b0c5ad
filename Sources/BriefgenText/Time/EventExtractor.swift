/// Anchors events to sentences that carry a resolved date: one event per sentence (or per clearly separate clause),
/// dated by the most specific date the sentence gives.
///
/// Not events: durations, sets, `PAST_REF`/`PRESENT_REF`/`FUTURE_REF`, dates a sentence only measures from or
/// compares with (`since 2014`, `until March`, `compared to the same weeks in 2024`). `between January and March`,
/// `from 2014 to 2022` date one event with an end. Where the publication date is unknown, a relative date
/// (`on Wednesday`, `this week`) still makes an event, with `date` nil and the original `wording`.
public struct EventExtractor: Sendable {
    /// Words that, right before a date, make it a boundary or a comparison rather than the time of the event.
    private static let excludingPrepositions: WordSet = [
        "since", "until", "till", "by", "before", "after", "than", "throughout", "within", "through", "ahead",
    ]
    /// Words that, a few words before a date, make it the other side of a comparison.
    private static let comparisonCues: WordSet = ["compared", "compare", "comparison", "versus", "vs", "same", "than"]

    /// Creates an extractor.
    public init() {}

    /// A date candidate in a sentence: the timex (or merged range) and the span it covers.
    struct Candidate: Sendable {
        var timex: Int
        var start: Int
        var end: Int
        var date: EventDate?
        var wording: String
        /// Whether the date is when something was said (`officials said on Tuesday`), not when it happened.
        var isReportingDate = false
        /// Whether the date is the dateline's (`KYIV, Feb 15 (Reuters) -`): the day of writing, not of the event.
        var isDateline = false
    }

    static let reportingVerbs: WordSet = [
        "said", "says", "told", "reported", "announced", "added", "stated", "confirmed", "claimed", "wrote", "warned",
    ]

    /// Events of an article, in sentence order. With an exact publication day (`published`), a date that still has no
    /// value counts from a narrative time (`two days later`) and makes no event; without one, relative dates make
    /// relative events.
    public func extract(_ text: ScalarText, sentences: [Sentence], timexes: [Timex], published: PublicationDate? = nil) -> [DatedEvent] {
        extract(text, sentences: sentences, timexes: timexes, published: published, blocks: nil)
    }

    /// ``extract(_:sentences:timexes:published:)`` with the article's token blocks, whose tokens stand in for a
    /// sentence's own tokenization where they are the same (``TokenBlocks/sentenceTokens(_:span:)``).
    func extract(_ text: ScalarText, sentences: [Sentence], timexes: [Timex], published: PublicationDate?,
                 blocks: TokenBlocks?) -> [DatedEvent] {
        let anchored = published.map { TemporalAnchor($0).day != nil } ?? false
        let bySentence = Dictionary(grouping: timexes.indices, by: { timexes[$0].sentence })
        let summarizer = EventSummarizer()
        var events: [DatedEvent] = []
        for (index, sentence) in sentences.enumerated() {
            guard let indices = bySentence[index] else { continue }
            let tokens = TimexRecognizer.Tokens(all: blocks?.sentenceTokens(index, span: sentence)
                ?? TimexTokenizer().tokens(text, from: sentence.start, to: sentence.end))
            var candidates = self.candidates(indices.sorted(), timexes: timexes, tokens: tokens)
                .filter { !anchored || $0.date != nil }
            // A dateline dates the lead only when its sentence names no other date.
            if candidates.contains(where: { !$0.isDateline }) { candidates.removeAll(where: \.isDateline) }
            // Found once for the clauses and every summary (no candidate: no event, nothing to find).
            guard !candidates.isEmpty else { continue }
            let clauseBoundaries = EventSummarizer.clauseBoundaries(tokens)
            for chosen in perClause(candidates, tokens: tokens, clauseBoundaries: clauseBoundaries) {
                let summary = summarizer.summarize(text, sentence: sentence, tokens: tokens, clauseBoundaries: clauseBoundaries,
                                                   eventSpan: chosen.start..<chosen.end,
                                                   dateSpans: indices.filter { timexes[$0].type == .date || timexes[$0].type == .time }
                                                       .map { timexes[$0].start..<timexes[$0].end })
                let precision = chosen.date?.precision ?? Self.precision(ofWording: chosen.wording)
                events.append(DatedEvent(date: chosen.date?.date, end: chosen.date?.end, precision: precision, sentence: index,
                                         summary: summary, timex: chosen.timex,
                                         wording: chosen.date == nil ? chosen.wording : nil))
            }
        }
        return events
    }

    private func candidates(_ indices: [Int], timexes: [Timex], tokens: TimexRecognizer.Tokens) -> [Candidate] {
        var result: [Candidate] = []
        var n = 0
        while n < indices.count {
            let timex = timexes[indices[n]]
            defer { n += 1 }
            guard timex.type == .date || timex.type == .time, let first = tokens.all.firstIndex(where: { $0.start >= timex.start })
            else { continue }
            if let value = timex.value, value.hasSuffix("_REF") { continue }
            if isExcluded(tokens, before: first, timex: timex) { continue }
            var candidate = Candidate(timex: indices[n], start: timex.start, end: timex.end,
                                      date: timex.value.flatMap(EventDate.init(value:)), wording: timex.text)
            var k = first - 1
            while let w = tokens.word(k), ["on", "late", "early", "earlier", "later"].contains(w) { k -= 1 }
            candidate.isReportingDate = tokens.word(k).map(Self.reportingVerbs.contains) ?? false
            candidate.isDateline = isDateline(tokens, first: first, timex: timex)
            // `in the first three months of the year`, `the last two months of 2023`: those months of that year.
            if n > 0, let months = monthsOfTheYear(tokens, first, timexes[indices[n - 1]], timex) {
                candidate.date = months
                candidate.start = timexes[indices[n - 1]].start
            }
            // `between January and March`, `from 2014 to 2022`: one range.
            if n + 1 < indices.count, let rangeEnd = rangeEnd(tokens, first, timex, timexes[indices[n + 1]]) {
                let next = timexes[indices[n + 1]]
                if let a = candidate.date, let b = next.value.flatMap(EventDate.init(value:)) {
                    candidate.date = EventDate(date: a.date, end: b.end ?? b.date, precision: a.precision)
                }
                candidate.end = rangeEnd
                candidate.wording = timex.text + " – " + next.text
                n += 1
            }
            guard candidate.date != nil || timex.isRelative else { continue }
            result.append(candidate)
        }
        return result
    }

    /// The months a span of months at the start or end of a year covers: `the first three months` (`P3M`) `of` a year
    /// (`2024`) is January to March 2024; `the last two months of 2023` November to December. Nil otherwise.
    private func monthsOfTheYear(_ t: TimexRecognizer.Tokens, _ first: Int, _ span: Timex, _ year: Timex) -> EventDate? {
        guard span.type == .duration, let value = span.value, value.hasPrefix("P"), value.hasSuffix("M"),
              let count = Int(value.dropFirst().dropLast()), (1...11).contains(count),
              let stated = year.value, stated.count == 4, Int(stated) != nil, t.isWord(first - 1, "of"),
              t[first - 2]?.end == span.end else { return nil }
        let words = span.text.lowercased().split(separator: " ")
        guard words.count >= 3, words[0] == "the" else { return nil }
        if words[1] == "first" {
            return EventDate(date: "\(stated)-01", end: "\(stated)-" + count.zeroPadded(2), precision: .month)
        }
        if words[1] == "last" || words[1] == "final" {
            return EventDate(date: "\(stated)-" + (13 - count).zeroPadded(2), end: "\(stated)-12", precision: .month)
        }
        return nil
    }

    /// Whether a date at token `first` only bounds or compares (`since 2014`, `compared to the same weeks in 2024`).
    /// A bound that a `when` clause follows dates that clause (`since 2014, when separatists seized …`).
    private func isExcluded(_ t: TimexRecognizer.Tokens, before first: Int, timex: Timex) -> Bool {
        var k = first - 1
        if t.isWord(k, "the") { k -= 1 }
        if let w = t.word(k), Self.excludingPrepositions.contains(w) {
            guard let after = t.all.firstIndex(where: { $0.start >= timex.end }) else { return true }
            return !(t[after]?.isMark(",") == true && t.isWord(after + 1, "when"))
        }
        for i in max(0, first - 7)..<first where t.word(i).map(Self.comparisonCues.contains) == true {
            if comparesSomethingElse(t, cue: i, date: first) { continue }
            return true
        }
        return false
    }

    /// Period nouns that make `same` compare times (`the same weeks in 2024`, `the same period last year`).
    private static let comparedPeriods: WordSet = ["period", "periods", "time", "timeframe", "date", "season"]

    /// Whether the cue at `cue` compares something other than the date at `date`: `more than 450,000 people between
    /// 1985 and 2018` (a number after `than`), `The same beach was targeted in June 2023` (`same` without a period).
    private func comparesSomethingElse(_ t: TimexRecognizer.Tokens, cue: Int, date: Int) -> Bool {
        switch t.word(cue) {
        case "than": return (cue + 1..<date).contains { t[$0]?.kind == .number }
        case "same":
            return !(cue + 1...min(cue + 2, date)).contains { i in
                t.word(i).map { TimexLexicon.units[$0] != nil || Self.comparedPeriods.contains($0) } == true
            }
        default: return false
        }
    }

    /// Whether the date at token `first` is a dateline's: only place names before it at the start of the sentence
    /// (`CAIRO/GAZA, May 7`, `KHERSON, Ukraine, June 7`, `PORT-AU-PRINCE, March 12`), and an agency in parentheses or a
    /// dash after it.
    private func isDateline(_ t: TimexRecognizer.Tokens, first: Int, timex: Timex) -> Bool {
        Self.isDateline(t, sentenceStart: 0, first: first, end: timex.end)
    }

    /// Whether the date at token `first` (ending at scalar offset `end`) is a dateline's, its sentence starting at token
    /// `sentenceStart`.
    static func isDateline(_ t: TimexRecognizer.Tokens, sentenceStart: Int, first: Int, end: Int) -> Bool {
        guard first > sentenceStart, (sentenceStart..<first).allSatisfy({ i in
            guard let token = t[i] else { return false }
            return token.kind == .word && token.isCapitalized || token.isMark(",") || token.isMark("/") || token.isMark(".")
                || token.isDash && t.attached(i) && t.attached(i + 1)
        }), let after = (first..<t.all.count).first(where: { t.all[$0].start >= end }), let next = t[after] else { return false }
        return next.isMark("(") || next.isDash || next.isMark(scalar: "—") || next.isMark("_")
    }

    /// The end offset of a range `between A and B` / `from A to B` whose first date is `a`, nil when it is not one.
    /// `on Wednesday and Thursday` (days of the same week, in order) is also one span.
    private func rangeEnd(_ t: TimexRecognizer.Tokens, _ first: Int, _ a: Timex, _ b: Timex) -> Int? {
        guard let lead = t.word(first - 1), lead == "between" || lead == "from" || lead == "on",
              let joint = t.all.firstIndex(where: { $0.start >= a.end }), t[joint + 1]?.start == b.start,
              let w = t[joint].map({ $0.kind == .word ? $0.base : $0.text }),
              (lead == "between" && w == "and") || (lead == "from" && ["to", "until", "through", "-", "–"].contains(w))
                || (lead == "on" && w == "and" && areDaysOfOneWeek(a, b))
        else { return nil }
        return b.end
    }

    /// Whether `a` and `b` are days, `b` one to six days after `a`.
    private func areDaysOfOneWeek(_ a: Timex, _ b: Timex) -> Bool {
        guard let first = a.value.flatMap({ CalendarDate(iso: String($0.prefix(10))) }), a.value?.count == 10,
              let last = b.value.flatMap({ CalendarDate(iso: String($0.prefix(10))) }), b.value?.count == 10 else { return false }
        let gap = last.daysSince(first)
        return (1...6).contains(gap)
    }

    /// One candidate per clause: the most specific resolved date, else the first relative one.
    private func perClause(_ candidates: [Candidate], tokens: TimexRecognizer.Tokens, clauseBoundaries: [Int]) -> [Candidate] {
        guard !candidates.isEmpty else { return [] }
        // One candidate is one clause's best whatever the boundaries (most dated sentences): none is looked for.
        guard candidates.count > 1 else { return candidates }
        let boundaries = (clauseBoundaries + Self.coordinatedVerbs(tokens)
            + Self.coordinatedDates(candidates, tokens) + Self.clausesAfterADate(candidates, tokens)
            + Self.datedAppositives(candidates, tokens) + Self.datedParticiplePhrases(candidates, tokens)
            + Self.objectRelatives(tokens) + Self.clausesCountedFrom(tokens)
            + Self.datedSincePhrases(candidates, tokens))
            .map { tokens.all[$0].start }
        let groups = Dictionary(grouping: candidates) { c in boundaries.filter { $0 < c.start }.count }
        let best = groups.keys.sorted().compactMap { key in
            groups[key]!.max { a, b in score(a) < score(b) || score(a) == score(b) && a.start > b.start }
        }
        // Separate clauses only when they carry different dates; otherwise the sentence is one event.
        if Set(best.map { $0.date?.date ?? $0.wording }).count == best.count { return best }
        return [best.max { score($0) < score($1) }!]
    }

    /// Resolved and specific dates first, a single day before a span of days (`on Saturday night` before `over the
    /// weekend`); a dateline or a date of saying only when nothing else dates the clause.
    private func score(_ c: Candidate) -> Int {
        let specificity = c.date.map { 2 * (EventDate.rank($0.precision) + 1) + ($0.end == nil ? 1 : 0) } ?? 0
        return specificity - (c.isReportingDate ? 20 : 0) - (c.isDateline ? 30 : 0)
    }

    /// The precision a relative wording speaks of (`next year`, `this month`, `on Wednesday`); searched on bytes where
    /// that gives Foundation's answer (``TextSearch``).
    private static func precision(ofWording wording: String) -> DatedEvent.Precision {
        let lower = wording.lowercased()
        if TextSearch.containsAny(["year"], in: lower) { return .year }
        if TextSearch.containsAny(["month"], in: lower) { return .month }
        return .day
    }
}
