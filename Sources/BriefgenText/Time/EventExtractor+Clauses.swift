// MARK: - Where a sentence's clauses part, so that each clause with its own date makes its own event

extension EventExtractor {
    /// Past verbs without `-ed` that open a coordinated clause (`were halted in February and partially resumed in March`).
    static let irregularPastVerbs: WordSet = [
        "began", "fled", "fell", "rose", "won", "lost", "left", "met", "held", "sent", "took", "made", "struck", "hit", "shot",
        "fought", "broke", "came", "went", "said", "told", "flew", "drove", "gave", "led", "saw", "stood", "withdrew",
    ]

    /// Tokens where `and` opens a second verb with its own date: `and` (after a comma or not) then an optional `-ly`
    /// adverb and a past verb (`on Sunday, March 3, and extended it by a month on Thursday`).
    static func coordinatedVerbs(_ t: TimexRecognizer.Tokens) -> [Int] {
        t.all.indices.filter { i in
            guard t.isWord(i, "and") else { return false }
            var k = i + 1
            if let w = t.word(k), w.hasSuffix("ly"), w.count > 4 { k += 1 }
            guard let verb = t[k], verb.kind == .word, !verb.isCapitalized else { return false }
            return verb.base.hasSuffix("ed") && verb.base.count > 4 || irregularPastVerbs.contains(verb.base)
        }
    }

    /// Words that open a subject after `and`, and finite verbs that show it has its own clause.
    static let subjectOpeners: WordSet = ["the", "a", "an", "its", "their", "his", "her"]
    static let finiteVerbs: WordSet = ["was", "were", "is", "are", "has", "had", "have", "will", "would"]

    /// Tokens where `and` right after a date opens a clause with its own subject and verb: `launched its offensive
    /// on Sept. 19 and a ceasefire was agreed the next day`, `on Friday and Kenya's envoy arrived on Sunday` (a subject
    /// of at most three words, then a finite or past verb).
    static func clausesAfterADate(_ candidates: [Candidate], _ t: TimexRecognizer.Tokens) -> [Int] {
        candidates.compactMap { c in
            guard let and = t.all.firstIndex(where: { $0.start >= c.end }), t.isWord(and, "and"),
                  let opener = t[and + 1], opener.kind == .word,
                  opener.isWord(subjectOpeners) || opener.isCapitalized else { return nil }
            let verb = (and + 2...and + 5).first { i in
                guard let w = t.word(i) else { return false }
                let pastAfterANoun = w.hasSuffix("ed") && w.count > 4 && !(t[i - 1]?.isWord(subjectOpeners) ?? true)
                return finiteVerbs.contains(w) || irregularPastVerbs.contains(w) || pastAfterANoun
            }
            // Words only in the subject, and the apostrophe of a possessive (`Kenya's envoy`).
            let isSubject = verb.map { v in
                (and + 1..<v).allSatisfy { t[$0]?.kind == .word || t[$0]?.isMark("'") == true || t[$0]?.isMark(scalar: "’") == true }
            }
            return isSubject == true ? and : nil
        }
    }

    /// Tokens where `that` or `which` opens a relative clause with its own subject and past verb: `a ceasefire plan
    /// that President Joe Biden outlined on May 31` (not `said that …`, nor `a truce that was set to expire Wednesday`).
    static func objectRelatives(_ t: TimexRecognizer.Tokens) -> [Int] {
        t.all.indices.filter { i in
            guard let w = t.word(i), w == "that" || w == "which", let noun = t.word(i - 1),
                  !reportingVerbs.contains(noun), !finiteVerbs.contains(noun), let opener = t[i + 1], opener.kind == .word,
                  opener.isWord(subjectOpeners) || opener.isCapitalized else { return false }
            guard let verb = (i + 2...i + 5).first(where: { k in
                guard let v = t.word(k) else { return true }
                return v.hasSuffix("ed") && v.count > 4 && !(t[k - 1]?.isWord(subjectOpeners) ?? true) || irregularPastVerbs.contains(v)
            }), t.word(verb) != nil else { return false }
            return (i + 1..<verb).allSatisfy { t[$0]?.kind == .word && t[$0]?.isWord(finiteVerbs) == false }
        }
    }

    /// Past participles without `-ed` that open an appositive (`The junta, born in 2021, …`).
    static let irregularParticiples: WordSet = ["born", "built", "known", "taken", "held", "made", "seen", "set", "begun"]

    /// Tokens that enclose a phrase with its own date between commas: the participle and the word after the closing
    /// comma. The phrase opens with a participle (`The ELN, founded in 1964, refused to join the deal the FARC signed in
    /// November 2016`), or a past verb follows it (`Mali and Burkina Faso, both run by juntas since coups in 2020 and
    /// 2022, warned on Monday …`).
    static func datedAppositives(_ candidates: [Candidate], _ t: TimexRecognizer.Tokens) -> [Int] {
        candidates.flatMap { c -> [Int] in
            guard let first = t.all.firstIndex(where: { $0.start >= c.start }),
                  let after = t.all.firstIndex(where: { $0.start >= c.end }),
                  let open = (max(0, first - 9)..<first).last(where: { t[$0]?.isMark(",") == true }),
                  let close = (after..<min(after + 3, t.all.count)).first(where: { t[$0]?.isMark(",") == true }),
                  let next = t.word(close + 1), let w = t.word(open + 1) else { return [] }
            let opensWithParticiple = open >= first - 5 && (w.hasSuffix("ed") && w.count > 4 || irregularParticiples.contains(w))
            let verbFollows = t.word(open - 1) != nil
                && (next.hasSuffix("ed") && next.count > 4 || irregularPastVerbs.contains(next) || reportingVerbs.contains(next))
            return opensWithParticiple || verbFollows ? [open + 1, close + 1] : []
        }
    }

    /// Participles that open a phrase after a noun without commas (`A council sworn in on April 25 named …`).
    static let reducedParticiples: WordSet = irregularParticiples.union(["sworn", "elected", "appointed", "formed",
                                                                             "installed", "created", "founded"])

    /// Tokens where a past verb right after a date ends a participle phrase that the date belongs to: `A transitional
    /// council sworn in on April 25 named Garry Conille prime minister the following month` (the participle after a
    /// noun, at most six words before the date; not after `was`, `were`, `been`).
    static func datedParticiplePhrases(_ candidates: [Candidate], _ t: TimexRecognizer.Tokens) -> [Int] {
        candidates.compactMap { c -> Int? in
            guard let first = t.all.firstIndex(where: { $0.start >= c.start }),
                  let after = t.all.firstIndex(where: { $0.start >= c.end }), let verb = t[after], verb.kind == .word,
                  !verb.isCapitalized, verb.base.hasSuffix("ed") && verb.base.count > 4 || irregularPastVerbs.contains(verb.base),
                  let participle = (max(0, first - 6)..<first).first(where: { t.word($0).map(reducedParticiples.contains) == true }),
                  let noun = t[participle - 1], noun.kind == .word,
                  !noun.isWord(["was", "were", "been", "be", "is", "are", "had", "has", "have", "being"])
            else { return nil }
            return after
        }
    }

    /// Tokens where `and` opens a parallel phrase with its own date: `took Hama on Dec. 5 and Homs on Saturday`,
    /// `in Kyiv on Monday and in Kharkiv on Tuesday` (both dates after `on`/`in`, at most six words between them),
    /// `coups in August 2020 and May 2021` (joined by `and` alone, not next to each other: `in February and March`
    /// stays one).
    static func coordinatedDates(_ candidates: [Candidate], _ t: TimexRecognizer.Tokens) -> [Int] {
        let sorted = candidates.sorted { $0.start < $1.start }
        var result: [Int] = []
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            guard let first = t.all.firstIndex(where: { $0.start >= a.start }),
                  let afterA = t.all.firstIndex(where: { $0.start >= a.end }),
                  let startB = t.all.firstIndex(where: { $0.start >= b.start }), afterA < startB, startB - afterA <= 6,
                  let leadA = t.word(first - 1), ["on", "in"].contains(leadA) else { continue }
            // `coups in August 2020 and May 2021`: two dates of one kind joined by `and`, not next to each other.
            if startB == afterA + 1, t.isWord(afterA, "and"), areSeparate(a.date, b.date) {
                result.append(afterA)
                continue
            }
            guard let leadB = t.word(startB - 1), ["on", "in"].contains(leadB),
                  !(afterA..<startB).contains(where: { t[$0]?.kind == .punctuation }) else { continue }
            let joints = (afterA..<startB).filter { t.isWord($0, "and") }
            if joints.count == 1 { result.append(joints[0]) }
        }
        return result
    }

    /// Whether two dates of the same precision are apart: days or months that do not follow each other, or years.
    static func areSeparate(_ a: EventDate?, _ b: EventDate?) -> Bool {
        guard let a, let b, a.end == nil, b.end == nil, a.precision == b.precision, a.date != b.date else { return false }
        func index(_ d: EventDate) -> Int? {
            switch d.precision {
            case .day: return CalendarDate(iso: d.date).map { $0.daysSince(CalendarDate(year: 1, month: 1, day: 1)) }
            case .month: return Int(d.date.prefix(4)).flatMap { y in Int(d.date.dropFirst(5)).map { y * 12 + $0 } }
            case .year, .decade: return nil
            }
        }
        guard let i = index(a), let j = index(b) else { return true }
        return abs(i - j) > 1
    }

    /// Words of a span of time before `after`/`before` (`days after`, `a week before`, `just two months after`).
    static let spanWords: WordSet = ["a", "an", "just", "only", "about", "some", "nearly", "almost", "few", "several", "barely"]

    /// Tokens where, after a comma, a span of time and `after`/`before` open a clause of its own: `The RSF seized the
    /// palace in April 2023, days after fighting erupted between the two sides on April 15`.
    static func clausesCountedFrom(_ t: TimexRecognizer.Tokens) -> [Int] {
        func isUnit(_ k: Int) -> Bool {
            guard let token = t[k], token.kind == .word else { return false }
            return TimexLexicon.units[token.base] != nil || TimexLexicon.clockUnits[token.base] != nil
        }
        func isCount(_ k: Int) -> Bool {
            guard let token = t[k] else { return false }
            return token.kind == .number || token.isWord(spanWords) || token.kind == .word && TimexLexicon.numbers[token.base] != nil
        }
        return t.all.indices.filter { i in
            // The token before is read in place (a copy retained and released its strings at every token).
            guard i > 0, t.all[i - 1].isMark(","),
                  let joint = (i..<i + 4).first(where: { t.isWord($0, "after") || t.isWord($0, "before") }), joint > i
            else { return false }
            return (i..<joint).allSatisfy { isUnit($0) || isCount($0) } && (i..<joint).contains(where: isUnit)
        }
    }

    /// Tokens where `since` opens a noun phrase with its own date: `won an election in February 2021 in the first
    /// peaceful transfer of power since independence from France in 1960` (at most five words, then `in`/`on` and the
    /// date).
    static func datedSincePhrases(_ candidates: [Candidate], _ t: TimexRecognizer.Tokens) -> [Int] {
        candidates.compactMap { c in
            guard let first = t.all.firstIndex(where: { $0.start >= c.start }), let lead = t.word(first - 1),
                  lead == "in" || lead == "on" else { return nil }
            return stride(from: first - 2, through: max(0, first - 7), by: -1)
                .prefix(while: { t[$0]?.kind == .word }).first { t.isWord($0, "since") }
        }
    }
}
