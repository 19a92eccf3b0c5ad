// MARK: - Which rules can start at a token: a pre-check read off the rules' code, so most tokens try none or few

extension TimexRecognizer {
    /// The top-level rules of ``recognize(_:block:)`` that can match at a token.
    struct Rules: OptionSet, Sendable {
        let rawValue: UInt8
        static let calendar = Rules(rawValue: 1 << 0)
        static let relative = Rules(rawValue: 1 << 1)
        static let clock = Rules(rawValue: 1 << 2)
        static let duration = Rules(rawValue: 1 << 3)
        static let set = Rules(rawValue: 1 << 4)
    }

    /// Each rule's possible first words, as its code requires of the token it starts at (the token's `base`). Every
    /// branch of a rule that can return a match first tests its first token against one of these words (or needs a
    /// number or an apostrophe, see ``rules(at:)``), so leaving a rule out at any other word leaves out only a nil and
    /// the result is unchanged. A rule reached from another rule (`matchCalendar` after a clock time) is not gated.
    ///
    /// - `matchCalendar`: `the`/`early`/`late`/`mid` before the core; `matchComparedPeriod` (`year`, `last`, `the`);
    ///   `matchQuarter` (`yearOffsets`, `the`, `this`, `fiscal`, ordinals); `calendarDirections`; a weekday or month
    ///   (`monthAt`); `that November`; `matchDecade` (`the`, `early`/`late`/`mid`); `matchSeason`; `matchCentury`
    ///   (ordinals); `fiscal`/`post`/`pre`; `matchSpelledYear`; `matchHoliday` (its switch cases, the first words of
    ///   `easterDays` and `weekdayHolidays`); the day and year rules start at a number.
    /// - `matchRelative`: `matchReference` (`referenceStarts`), `matchRelativeDay` (`early`/`late`/`earlier`/`later`
    ///   before its switch cases), `matchWeekday` (`weekdayShifts`, a weekday), `matchRelativeUnit` (`earlier`,
    ///   `later`, `early`, `late` before `the`, `that`, `unitOffsets`; `in` only after such a word). No number.
    /// - `matchClock`: `noon`, `midday`, `midnight` or a number.
    /// - `matchDuration`: `half`; the first words of `approximations`; `the`, `each`; `durationLeads`; a count at the
    ///   first token (`quantity`: `a`, `vagueNumbers`, `numbers`, a number) or a plural unit (`bareUnit`).
    /// - `matchSet`: `once`, `twice`, a count before `times` (`numbers`, a number), `frequencyWords`, weekday plurals,
    ///   weekdays, `every`, `each`, `per`.
    static let firstWords: [(Rules, Set<String>)] = {
        let calendar = Set(["the", "early", "late", "mid", "year", "last", "this", "fiscal", "post", "pre", "that",
                            "christmas", "new", "thanksgiving", "easter"])
            .union(calendarDirections.keys).union(yearOffsets.keys).union(TimexLexicon.ordinals.keys)
            .union(TimexLexicon.weekdays.keys).union(TimexLexicon.months.keys).union(TimexLexicon.monthAbbreviations.keys)
            .union(TimexLexicon.seasons.keys).union(spelledCenturies.keys)
            .union(easterDays.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
            .union(weekdayHolidays.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
        let relative = Set(["early", "late", "earlier", "later", "today", "yesterday", "tomorrow", "tonight", "overnight",
                            "last", "this", "the", "that"])
            .union(references.keys.compactMap(\.first)).union(weekdayShifts.keys).union(TimexLexicon.weekdays.keys)
            .union(unitOffsets.keys)
        let clock: Set<String> = ["noon", "midday", "midnight"]
        let duration = Set(["half", "the", "each", "a"]).union(approximations.compactMap(\.first)).union(durationLeads)
            .union(TimexLexicon.vagueNumbers).union(TimexLexicon.numbers.keys).union(TimexLexicon.clockUnits.keys)
            .union(TimexLexicon.units.keys)
        let set = Set(["once", "twice", "every", "each", "per"]).union(TimexLexicon.numbers.keys).union(frequencyWords.keys)
            .union(TimexLexicon.weekdayPlurals.keys).union(TimexLexicon.weekdays.keys)
        return [(.calendar, calendar), (.relative, relative), (.clock, clock), (.duration, duration), (.set, set)]
    }()

    /// The rules each start word can begin (words of ``startWords`` only, so no token tries more than before).
    static let wordRules: [String: Rules] = {
        var table: [String: Rules] = [:]
        for word in startWords {
            let rules = firstWords.reduce(into: Rules()) { rules, entry in
                if entry.1.contains(word) { rules.insert(entry.0) }
            }
            if !rules.isEmpty { table[word] = rules }
        }
        return table
    }()

    /// The words after `the` each rule can go on with (the token after `the`, as its code reads it; `the` is the
    /// commonest start word and rarely starts an expression):
    /// - `matchCalendar`: `the end of`, `the first half of` (`halfOrdinals`); `matchComparedPeriod` (`comparable`,
    ///   `corresponding`, `same`, `year`); `matchQuarter` (`latest`, `current`, `most`, `quarter`, `comparable`…,
    ///   `year`, `fiscal`, ordinals, a number); `matchDayMonth` (a number); `matchDecade` (`early`, `late`, `mid`, an
    ///   apostrophe, `spelledDecades`, a number); `matchSeason` (`early`, `late`, seasons); `matchCentury` (a number,
    ///   ordinals). Its other rules need something else than `the` first (a number, a month, a capitalized holiday
    ///   word, `fiscal`…; no `weekdayHolidays` name starts with `the`).
    /// - `matchRelative`: `matchReference` (the second words of the `references` phrases opening with `the`);
    ///   `matchRelativeUnit` after `the` (`fiscal`, `year`, the anaphoric offsets, `week`, `weekend`, `day`,
    ///   `yearUnderDiscussion`'s words, `next`, `definiteUnitOffsets`). The day and weekday rules need other words.
    /// - `matchDuration`: a lead (`durationLeads`, an approximation) or a count or unit right after `the`.
    /// - `matchClock` and `matchSet` do not start at `the` (``firstWords``).
    static let wordRulesAfterThe: [String: Rules] = {
        let calendar = Set(["end", "beginning", "start", "middle", "close", "comparable", "corresponding", "same", "year",
                            "latest", "current", "most", "quarter", "fiscal", "early", "late", "mid"])
            .union(halfOrdinals.keys).union(spelledDecades.keys).union(TimexLexicon.ordinals.keys)
            .union(TimexLexicon.seasons.keys)
        let relative = Set(["fiscal", "year", "week", "weekend", "day", "next", "months", "weeks", "days", "full", "entire",
                            "whole"])
            .union(references.keys.filter { $0.first == "the" }.compactMap { $0.dropFirst().first })
            .union(anaphoricYearOffsets.keys).union(anaphoricPeriodOffsets.keys).union(anaphoricDayOffsets.keys)
            .union(partsOfTheYearLeads).union(definiteUnitOffsets.keys)
        let duration = Set(["a"]).union(durationLeads).union(approximations.compactMap(\.first))
            .union(TimexLexicon.clockUnits.keys).union(TimexLexicon.units.keys).union(TimexLexicon.vagueNumbers)
            .union(TimexLexicon.numbers.keys)
        var table: [String: Rules] = [:]
        for (rule, words) in [(Rules.calendar, calendar), (.relative, relative), (.duration, duration)] {
            for word in words { table[word, default: []].insert(rule) }
        }
        return table
    }()

    /// ``wordRules`` and ``wordRulesAfterThe`` as byte-hashed tables (every word of the text is looked up). Their
    /// words are ASCII and a token's base is lower-cased, so comparing bytes finds what `String` equality would (the
    /// one letter canonically equal to an ASCII one, the Kelvin sign, lower-cases to `k`).
    private static let lookup = WordLookup(wordRules)
    private static let lookupAfterThe = WordLookup(wordRulesAfterThe)

    /// Whether `the` alone is a phrase of ``references`` (it would match whatever follows; it is not).
    private static let theAloneIsAReference = references.keys.contains(["the"])

    /// The rules that can match at token `i`: ``rules(at:)``, narrowed after `the` by the token that follows
    /// (``wordRulesAfterThe``; a number there goes on only to a calendar date or a duration, an apostrophe only to a
    /// decade, and nothing follows a `the` that ends the block).
    static func rules(at i: Int, in tokens: Tokens) -> Rules {
        let token = tokens.all[i]
        let rules = rules(at: token)
        guard token.kind == .word, token.base == "the", !theAloneIsAReference else { return rules }
        guard let next = tokens[i + 1] else { return [] }
        switch next.kind {
        case .number: return rules.intersection([.calendar, .duration])
        case .punctuation: return next.text == "'" || next.text == "’" ? rules.intersection(.calendar) : []
        case .word: return rules.intersection(lookupAfterThe.value(of: next.base) ?? [])
        }
    }

    /// The rules that can match at `token`: for a number, every rule that takes a number first (none of
    /// `matchRelative`'s does); for an apostrophe, `matchDecade` (`the '80s`); for a word, ``wordRules``.
    static func rules(at token: TimexToken) -> Rules {
        switch token.kind {
        case .number: return [.calendar, .clock, .duration, .set]
        case .punctuation: return token.text == "'" || token.text == "’" ? .calendar : []
        case .word: return lookup.value(of: token.base) ?? []
        }
    }
}
