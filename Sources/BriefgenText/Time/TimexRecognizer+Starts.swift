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
    /// - `matchRelative`: `matchReference` (`referencesByFirstWord`), `matchRelativeDay` (`early`/`late`/`earlier`/`later`
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

    /// A start word's rules, and the entry of ``followerTables`` that narrows them by the next token (-1: none).
    struct Start: Sendable {
        var rules: Rules
        var follower: Int
    }

    /// ``wordRules`` as a byte-hashed table (every word of the text is looked up), with each word's followers. Its
    /// words are ASCII and a token's base is lower-cased, so comparing bytes finds what `String` equality would (the
    /// one letter canonically equal to an ASCII one, the Kelvin sign, lower-cases to `k`).
    static let lookup: GatedWordLookup<Start> = {
        var starts: [String: Start] = [:]
        for (word, rules) in wordRules {
            starts[word] = Start(rules: rules, follower: followerTables.firstIndex { $0.word == word } ?? -1)
        }
        return GatedWordLookup(starts)
    }()

    /// The rules that can match at token `i`: for a number, every rule that takes a number first (none of
    /// `matchRelative`'s does); for an apostrophe, `matchDecade` (`the '80s`); for a word, ``wordRules``, narrowed by
    /// the next token after the commonest start words (``followerTables``; nothing follows one that ends the block).
    static func rules(at i: Int, in tokens: Tokens) -> Rules {
        StartRules().rules(at: i, in: tokens.all)
    }

    /// ``rules(at:in:)`` with its tables fetched once: ``recognize(_:block:)`` asks at every token, and each read of a
    /// static table is a call (`swift_once`) and a retain of it.
    struct StartRules {
        private let lookup = TimexRecognizer.lookup
        private let followerTables = TimexRecognizer.followerTables

        /// ``TimexRecognizer/rules(at:in:)`` of token `i` of `all` (a block's tokens).
        ///
        /// The tokens are read in place (this runs at every token; a copy of each retained and released its strings).
        @inline(__always) func rules(at i: Int, in all: [TimexToken]) -> Rules {
            switch all[i].kind {
            case .number: return [.calendar, .clock, .duration, .set]
            case .punctuation: return all[i].isApostrophe ? .calendar : []
            case .word:
                guard let start = lookup.value(of: all[i].base) else { return [] }
                guard start.follower >= 0 else { return start.rules }
                guard i + 1 < all.count else { return [] }
                return start.rules.intersection(followerTables[start.follower].followers.rules(before: all[i + 1]))
            }
        }
    }
}
