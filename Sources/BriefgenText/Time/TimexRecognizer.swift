/// Finds temporal expressions in sentences: a longest-match scan over tokens, linear in the length of the text.
///
/// Each rule starts at a token and returns how far it reaches and what the expression means; the longest wins.
/// Rules live in `TimexRecognizer+Calendar.swift`, `+Relative.swift` and `+Duration.swift`.
struct TimexRecognizer: Sendable {
    /// What a rule found at a token.
    struct Match: Sendable {
        /// Token index just past the expression.
        var end: Int
        var type: Timex.Kind
        var meaning: TemporalMeaning
    }

    /// The tokens of one sentence, with lookups the rules share.
    struct Tokens: Sendable {
        let all: [TimexToken]

        subscript(_ i: Int) -> TimexToken? { i >= 0 && i < all.count ? all[i] : nil }

        // The lookups below read the tokens in place: the rules call them at nearly every token, and a copy of a token
        // retains and releases its strings.

        /// The base of the word at `i`, nil for numbers, punctuation or past the end.
        func word(_ i: Int) -> String? {
            guard i >= 0, i < all.count, all[i].kind == .word else { return nil }
            return all[i].base
        }

        /// Whether token `i` is a word whose base is `word` (false for a number, a mark or past either end): what
        /// `word(i) == word` answers, compared in place (``word(_:)`` returns a copy of the base, retained and
        /// released at each of the rules' many comparisons).
        @inline(__always) func isWord(_ i: Int, _ word: String) -> Bool {
            i >= 0 && i < all.count && all[i].kind == .word && all[i].base == word
        }

        /// The kind of token `i`, nil past either end (read in place, like the lookups below).
        func kind(_ i: Int) -> TimexToken.Kind? {
            i >= 0 && i < all.count ? all[i].kind : nil
        }

        /// Whether token `i` is the punctuation mark `mark` (false past either end).
        func isMark(_ i: Int, _ mark: String) -> Bool {
            i >= 0 && i < all.count && all[i].isMark(mark)
        }

        /// Whether token `i` touches the token before it (no space between).
        func attached(_ i: Int) -> Bool {
            guard i >= 1, i < all.count else { return false }
            return all[i].start == all[i - 1].end
        }

        /// Whether token `i` is a dash written without spaces between two tokens (`1-24`, `30-day`).
        func isJoiningDash(_ i: Int) -> Bool {
            guard i >= 0, i + 1 < all.count, all[i].isDash else { return false }
            return attached(i) && attached(i + 1)
        }
    }

    /// Creates a recognizer.
    init() {}

    /// Words an expression can start with; other words are skipped without trying the rules (most of the text). Which
    /// rules each one can start is ``wordRules``.
    static let startWords: Set<String> = {
        var words = Set(TimexLexicon.months.keys).union(TimexLexicon.monthAbbreviations.keys).union(TimexLexicon.weekdays.keys)
            .union(TimexLexicon.weekdayPlurals.keys).union(TimexLexicon.numbers.keys).union(TimexLexicon.vagueNumbers)
            .union(TimexLexicon.ordinals.keys).union(TimexLexicon.units.keys).union(TimexLexicon.clockUnits.keys)
            .union(TimexLexicon.seasons.keys).union(references.keys.compactMap(\.first))
        words.formUnion([
            "the", "this", "that", "its", "early", "late", "mid", "last", "next", "past", "coming", "previous", "every", "each",
            "per", "fiscal", "post", "pre", "earlier", "later", "today", "yesterday", "tomorrow", "tonight", "overnight", "noon",
            "midday", "midnight", "more", "less", "fewer", "at", "up", "nearly", "almost", "no", "christmas", "new",
            "thanksgiving", "nineteen", "eighteen", "daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly",
            "couple", "first", "final", "remaining", "initial", "latest", "following", "current", "recent", "upcoming",
            "once", "twice", "half", "easter", "good", "palm", "holy", "maundy", "ash", "labor", "memorial", "columbus",
            "election", "veterans",
        ])
        return words
    }()

    /// Every temporal expression of the given sentences, in text order.
    func recognize(_ text: ScalarText, sentences: [Sentence]) -> [TimexMention] {
        recognize(TokenBlocks(text, sentences: sentences))
    }

    /// Every temporal expression of an article's token blocks, in text order, each assigned to its sentence.
    func recognize(_ blocks: TokenBlocks) -> [TimexMention] {
        var mentions: [TimexMention] = []
        for (b, tokens) in blocks.blocks.enumerated() {
            for var mention in recognize(tokens, block: b) {
                mention.sentence = blocks.sentence(ofToken: mention.tokenRange.lowerBound, inBlock: b)
                mention.sentenceTokens = blocks.sentenceRange[mention.sentence]
                mentions.append(mention)
            }
        }
        return mentions
    }

    /// Temporal expressions of one block's tokens (sentence fields left for the caller).
    func recognize(_ tokens: Tokens, block: Int) -> [TimexMention] {
        var mentions: [TimexMention] = []
        let starts = StartRules()
        let all = tokens.all
        var i = 0
        while i < all.count {
            let rules = starts.rules(at: i, in: all)
            guard !rules.isEmpty else {
                i += 1
                continue
            }
            // The first of the longest matches, in this order of rules (no array of candidates: this runs at every
            // token that can start an expression).
            var best: Match?
            func consider(_ candidate: Match?) {
                if let candidate, candidate.end > (best?.end ?? i) { best = candidate }
            }
            // A rule left out by `rules` would return nil here (see `firstWords`).
            if rules.contains(.calendar) { consider(matchCalendar(tokens, i)) }
            if rules.contains(.relative) { consider(matchRelative(tokens, i)) }
            if rules.contains(.clock) { consider(matchClock(tokens, i)) }
            if rules.contains(.duration) { consider(matchDuration(tokens, i)) }
            if rules.contains(.set) { consider(matchSet(tokens, i)) }
            guard let best else {
                i += 1
                continue
            }
            mentions.append(TimexMention(start: tokens.all[i].start, end: tokens.all[best.end - 1].end, sentence: 0,
                                         type: best.type, meaning: best.meaning, block: block, tokenRange: i..<best.end,
                                         sentenceTokens: 0..<tokens.all.count))
            i = best.end
        }
        return mentions
    }
}
