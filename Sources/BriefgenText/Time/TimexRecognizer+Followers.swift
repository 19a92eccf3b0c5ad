// MARK: - What the commonest start words need after them: `the`, `that`, `a` rarely start an expression

extension TimexRecognizer {
    /// The rules a start word can go on with, given the token right after it.
    struct Followers: Sendable {
        /// Words after the start word, with the rules each lets go on.
        let words: GatedWordLookup<Rules>
        /// The rules a number after the start word lets go on, an apostrophe (`'`, `’`), any other mark.
        let number: Rules
        let apostrophe: Rules
        let mark: Rules

        /// The rules that can go on when `next` follows.
        func rules(before next: TimexToken) -> Rules {
            switch next.kind {
            case .number: return number
            case .punctuation: return next.isApostrophe ? apostrophe : mark
            case .word: return words.value(of: next.base) ?? []
            }
        }
    }

    /// For each gated start word, the words each of its rules can read right after it, as the rules' code reads them
    /// (a rule a start word cannot start, see ``firstWords``, needs nothing here):
    /// - `the`: `matchCalendar` goes on at `the end of`, `the first half of` (`halfOrdinals`); `matchComparedPeriod`
    ///   (`comparable`, `corresponding`, `same`, `year`); `matchQuarter` (`latest`, `current`, `most`, `quarter`,
    ///   `year`, `fiscal`, ordinals, a number); `matchDayMonth` (a number); `matchDecade` (`early`, `late`, `mid`, an
    ///   apostrophe, `spelledDecades`, a number); `matchSeason` (`early`, `late`, seasons); `matchCentury` (a number,
    ///   ordinals); its other rules need another first word (a number, a month, `fiscal`, a holiday word; no
    ///   `weekdayHolidays` name starts with `the`). `matchRelativeUnit` goes on at `fiscal`, `year`, the anaphoric
    ///   offsets, `week`, `weekend`, `day`, `yearUnderDiscussion`'s words, `next`, `definiteUnitOffsets` (the day and
    ///   weekday rules need other words). `matchDuration` needs a lead (`durationLeads`, an approximation) or a count
    ///   or unit right after `the`.
    /// - `that`: `matchCoreCalendar` only reads `that November` (a month); `matchRelativeUnit` `that year`, `that
    ///   (same) day`, `that month`, `that week`.
    /// - `a`, `an`: `matchDuration` counts them as one (`quantity`), then needs `couple`, `few` or `hundred`, a half
    ///   (a number, `½`, `and`), a joining dash, a `unitAdjectives` word or a unit; `matchSet` needs `times`.
    /// Every word also goes on to `matchReference` with the second words of the `references` phrases it opens. After
    /// `the`, a number goes on to a date or a duration and an apostrophe to a decade; after `a` or `an`, a number
    /// (`a 1/2`), an apostrophe or any mark (`½`, a dash) to a duration.
    static let followerSpecs: [String: FollowerSpec] = [
        "the": FollowerSpec(words: [
            (.calendar, Set(["end", "beginning", "start", "middle", "close", "comparable", "corresponding", "same", "year",
                             "latest", "current", "most", "quarter", "fiscal", "early", "late", "mid"])
                .union(halfOrdinals.keys).union(spelledDecades.keys).union(TimexLexicon.ordinals.keys)
                .union(TimexLexicon.seasons.keys)),
            (.relative, Set(["fiscal", "year", "week", "weekend", "day", "next", "months", "weeks", "days", "full", "entire",
                             "whole"])
                .union(anaphoricYearOffsets.keys).union(anaphoricPeriodOffsets.keys).union(anaphoricDayOffsets.keys)
                .union(partsOfTheYearLeads).union(definiteUnitOffsets.keys)),
            (.duration, Set(["a"]).union(durationLeads).union(approximations.compactMap(\.first))
                .union(TimexLexicon.clockUnits.keys).union(TimexLexicon.units.keys).union(TimexLexicon.vagueNumbers)
                .union(TimexLexicon.numbers.keys)),
        ], number: [.calendar, .duration], apostrophe: .calendar, mark: []),
        "that": FollowerSpec(words: [
            (.calendar, Set(TimexLexicon.months.keys)),
            (.relative, ["year", "same", "day", "month", "week"]),
        ], number: [], apostrophe: [], mark: []),
        "a": quantityFollowers,
        "an": quantityFollowers,
    ]

    /// The words each rule can read after a gated start word, and the rules a number, an apostrophe or another mark
    /// there lets go on.
    struct FollowerSpec: Sendable {
        var words: [(Rules, Set<String>)]
        var number: Rules
        var apostrophe: Rules
        var mark: Rules
    }

    /// What `a` and `an` need after them (see ``followerSpecs``).
    private static let quantityFollowers = FollowerSpec(words: [
        (.duration, Set(["couple", "few", "hundred", "and"]).union(unitAdjectives).union(TimexLexicon.units.keys)
            .union(TimexLexicon.clockUnits.keys)),
        (.set, ["times"]),
    ], number: .duration, apostrophe: .duration, mark: .duration)

    /// The gated start words and their followers as tables (a word that is a `references` phrase by itself is not
    /// gated: it would match whatever follows).
    static let followerTables: [(word: String, followers: Followers)] = followerSpecs.keys.sorted().compactMap { word in
        guard !references.keys.contains([word]), let spec = followerSpecs[word] else { return nil }
        var table: [String: Rules] = [:]
        for (rule, words) in spec.words {
            for follower in words { table[follower, default: []].insert(rule) }
        }
        for phrase in references.keys where phrase.count > 1 && phrase[0] == word { table[phrase[1], default: []].insert(.relative) }
        return (word, Followers(words: GatedWordLookup(table), number: spec.number, apostrophe: spec.apostrophe, mark: spec.mark))
    }
}
