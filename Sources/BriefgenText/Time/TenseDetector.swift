/// Whether a relative date points back or ahead, judged from the verb nearest before it (else after it).
///
/// News reports the past: `said Tuesday`, `began Monday`. Future markers (`will`, `is poised to`, `is set to`,
/// `plans to`) point ahead. A future marker under an earlier statement (`has previously stated that … set to begin`)
/// speaks of the future of that earlier time, so it reads as neither. Present tense (`is`, `says`) reads as neither.
struct TenseDetector: Sendable {
    /// The reading a relative date needs. `deadline` is a past sentence naming a deadline or a start (`declared a
    /// dividend payable Dec. 7`), which may still lie ahead: set by the analyzer, never by the detector.
    enum Tense: Sendable, Hashable { case past, present, future, deadline }

    private static let futureWords: Set<String> = [
        "will", "shall", "upcoming", "it'll", "they'll", "we'll", "he'll", "she'll", "would", "might", "tomorrow",
    ]
    private static let futureBeforeTo: Set<String> = [
        "poised", "set", "expected", "expects", "plans", "plan", "planning", "going", "intends", "aims", "due", "slated",
        "prepared", "preparing", "scheduled", "planned", "is", "are", "was", "were", "soon",
    ]
    private static let earlierStatement: Set<String> = ["previously", "formerly"]
    /// Participles that, before `for`, schedule what follows.
    private static let scheduledFor: Set<String> = ["set", "slated", "scheduled", "planned", "expected", "due"]
    private static let pastWords: Set<String> = [
        "was", "were", "had", "did", "said", "told", "took", "made", "came", "went", "began", "saw", "fell", "rose", "won",
        "lost", "left", "met", "held", "sent", "gave", "got", "hit", "struck", "led", "brought", "became", "paid", "ran",
        "sold", "spent", "stood", "thought", "wrote", "fought", "broke", "chose", "flew", "grew", "knew", "shot", "spoke",
        "threw", "ago", "been", "put", "cut", "quit", "set", "seen", "taken", "done", "gone", "given", "begun",
    ]
    /// Irregular past participles, passive after `be` (`will be held`, `is being sent`).
    private static let participles: Set<String> = [
        "held", "sent", "made", "given", "taken", "seen", "done", "put", "cut", "set", "hit", "struck", "shot", "led",
        "brought", "paid", "sold", "spent", "thought", "chosen", "broken", "lost", "left", "met", "won", "begun", "fought",
    ]
    private static let presentWords: Set<String> = ["is", "are", "says", "say", "am", "remains", "remain", "has", "have"]
    private static let notPast: Set<String> = [
        "need", "speed", "indeed", "seed", "feed", "united", "red", "bed", "armed", "based", "limited", "expected", "scheduled",
        "planned", "proposed", "detailed", "related", "concerned", "interested", "advanced", "embed", "shed", "breed",
        "hundred", "kindred", "hatred", "sacred", "naked", "wicked",
    ]
    /// Words in `-eed` that are past tenses; any other (`succeed`, `proceed`, `exceed`, `need`) is a base form.
    private static let pastInEed: Set<String> = ["agreed", "disagreed", "freed", "guaranteed", "decreed", "refereed"]

    /// The word lists above a word belongs to, found with one lookup of the word (most words are tested against
    /// several of them, and `classify` runs at every word read).
    private struct Lists: OptionSet {
        let rawValue: UInt16
        static let future = Lists(rawValue: 1 << 0)
        static let futureBeforeTo = Lists(rawValue: 1 << 1)
        static let earlierStatement = Lists(rawValue: 1 << 2)
        static let scheduledFor = Lists(rawValue: 1 << 3)
        static let past = Lists(rawValue: 1 << 4)
        static let participle = Lists(rawValue: 1 << 5)
        static let present = Lists(rawValue: 1 << 6)
        static let notPast = Lists(rawValue: 1 << 7)
        static let pastInEed = Lists(rawValue: 1 << 8)
        static let be = Lists(rawValue: 1 << 9)
        /// `expect`, `expects` (tested by themselves: a list bit instead of two string comparisons at every word).
        static let expect = Lists(rawValue: 1 << 10)
    }

    /// Forms of `be` before a passive (`will be named`, `is being sent`).
    private static let beForms: Set<String> = ["be", "is", "are", "am", "being"]

    /// Each listed word's lists, in a byte-hashed table (the words are ASCII, and bases lower-cased: see
    /// `TimexRecognizer.rules(at:in:)`).
    private static let lists: GatedWordLookup<Lists> = {
        var table: [String: Lists] = [:]
        let all: [(Lists, Set<String>)] = [
            (.future, futureWords), (.futureBeforeTo, futureBeforeTo), (.earlierStatement, earlierStatement),
            (.scheduledFor, scheduledFor), (.past, pastWords), (.participle, participles), (.present, presentWords),
            (.notPast, notPast), (.pastInEed, pastInEed), (.be, beForms), (.expect, ["expect", "expects"]),
        ]
        for (list, words) in all {
            for word in words { table[word, default: []].insert(list) }
        }
        return GatedWordLookup(table)
    }()

    /// ``lists``, fetched once per detector: ``classify(_:_:)`` looks up every word it reads, and each read of a static
    /// table is a call (`swift_once`) and a retain.
    private let table = TenseDetector.lists

    /// The lists the word at `i` is on (none for a number, a mark or past the end).
    private func lists(_ t: TimexRecognizer.Tokens, _ i: Int) -> Lists {
        t.word(i).flatMap { table.value(of: $0) } ?? []
    }

    /// Tense of the verb governing token `index`: read back then ahead within its sentence (token range `sentence`),
    /// then back then ahead in the rest of the paragraph (a sentence splitter may have cut the clause).
    /// At most 60 tokens are read: the governing verb is near, and the work stays linear in the text.
    func tense(_ tokens: TimexRecognizer.Tokens, around index: Int, sentence: Range<Int>? = nil) -> Tense {
        let sentence = sentence ?? tokens.all.indices
        let walks = [stride(from: index - 1, through: sentence.lowerBound, by: -1),
                     stride(from: index + 1, through: sentence.upperBound - 1, by: 1),
                     stride(from: sentence.lowerBound - 1, through: 0, by: -1),
                     stride(from: sentence.upperBound, through: tokens.all.count - 1, by: 1)]
        var budget = 60
        for walk in walks {
            for i in walk {
                budget -= 1
                if budget < 0 { return .past }
                guard let t = classify(tokens, i) else { continue }
                // A future marker after an earlier statement (`previously`) in the sentence reads as neither (looked
                // for only when there is a future marker).
                guard t == .future, let from = sentence.first(where: { lists(tokens, $0).contains(.earlierStatement) }),
                      from < i else { return t }
                return .present
            }
        }
        return .past
    }

    private func classify(_ t: TimexRecognizer.Tokens, _ i: Int) -> Tense? {
        // The token is read in place (a copy retained and released its strings at each of up to 60 words read).
        guard i >= 0, i < t.all.count, t.all[i].kind == .word, !t.all[i].isCapitalized || i == 0 else { return nil }
        let w = t.all[i].base
        let lists = table.value(of: w) ?? []
        if lists.contains(.future) { return .future }
        // `Experts expect the networks to be restored by Friday`: what is expected of someone is ahead.
        if lists.contains(.expect), (i + 2...i + 5).contains(where: { t.isWord($0, "to") && t[$0 + 1]?.kind == .word }) {
            return .future
        }
        // `talks are set for Monday`, `elections slated for October`, `a vote expected for Friday`.
        if lists.contains(.scheduledFor), t.isWord(i + 1, "for") { return .future }
        if lists.contains(.futureBeforeTo), t.isWord(i + 1, "to") && t[i + 2]?.kind == .word || w == "scheduled" || w == "planned"
            || w == "soon" && t.isWord(i - 1, "as") {
            if w == "due" && !(t.word(i - 1).map(["is", "are", "was", "were"].contains) ?? false) { return nil }
            if w == "set" && t.word(i - 1).map(["has", "have", "had"].contains) == true { return .past }
            return .future
        }
        // `will be named`, `to be fully restored` (an adverb in -ly between).
        // Read only where it decides (most words are neither listed past tenses nor `-ed` words).
        func afterBe() -> Bool {
            self.lists(t, i - 1).contains(.be)
                || t.word(i - 1).map { $0.hasSuffix("ly") } == true && self.lists(t, i - 2).contains(.be)
        }
        // A passive after `be`, `is`, `are` (`will be named`, `would still be held`) is not a past tense: keep reading.
        if lists.contains(.past) { return afterBe() && lists.contains(.participle) ? nil : .past }
        // After an article an `-ed` word is an adjective (`on a still unspecified date`, `the injured`), not a verb.
        // (The suffix is tested before the length: counting characters is the slower test. A word that ends in `ed`
        // ends in the scalar `d`, the one character equal to `d`, so its last byte is tested first: most words fail it.)
        if w.utf8.last == UInt8(ascii: "d"), w.hasSuffix("ed"), w.count > 4, !lists.contains(.notPast), !w.hasSuffix("eed") || lists.contains(.pastInEed) {
            let afterArticle = t.word(i - 1).map(["a", "an", "the"].contains) == true
                || t.isWord(i - 1, "still") && t.word(i - 2).map(["a", "an", "the"].contains) == true
            return afterBe() || afterArticle ? nil : .past
        }
        // `has closed`, `have been` are past; `is expected`, `are based` a present passive.
        if lists.contains(.present) {
            let perfect = (w == "has" || w == "have") && t.word(i + 1).map { $0.hasSuffix("ed") || $0 == "been" } == true
            return perfect ? .past : .present
        }
        return nil
    }
}
