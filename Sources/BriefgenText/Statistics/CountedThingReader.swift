/// Reads what a figure counts: the noun phrase after the number (`2,641 civilian casualties`, `108 Shahed and decoy
/// drones`), a casualty verb around it (`13,000 people have been killed` → `people killed`, `killing 18` → `people killed`),
/// or, when the number is a complement, the subject (`the death toll rose to 18` → `deaths`, `casualties rose by 46%` →
/// `rise in casualties`).
struct CountedThingReader {
    /// What a figure counts, as written, with its lower-cased words.
    struct CountedThing {
        var what: String
        var words: [String]
        var head: String?
    }

    /// Words that end a noun phrase.
    static let stopWords: Set<String> = [
        "in", "on", "at", "from", "to", "by", "with", "for", "of", "since", "during", "across", "against", "into", "over",
        "after", "before", "between", "among", "including", "near", "toward", "towards", "within", "as", "per", "than",
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "and", "or",
        "but", "while", "because", "was", "were", "is", "are", "have", "has", "had", "been", "be", "being", "will",
        "would", "could", "can", "may", "might", "must", "should", "did", "do", "does", "which", "who", "whom", "whose",
        "where", "when", "it", "they", "he", "she", "we", "you", "i", "there", "said", "say", "says", "reported", "told",
        "claimed", "according", "also", "so", "not", "all", "each", "such", "like", "more", "than", "about", "some",
        "yet", "still", "only", "just", "now", "then", "since", "until", "out", "up", "down", "off", "via", "amid",
        "despite", "under", "through", "per", "last", "this", "year", "compared", "overnight", "alone", "respectively",
        "or", "nor", "either", "both", "if", "whether", "what", "how", "why", "been", "reportedly", "allegedly",
        "inside", "outside", "behind", "beyond", "along", "throughout", "alongside", "aboard", "onto", "upon", "without",
    ]
    /// Common verbs that end a noun phrase although they do not end in -ed (`Two missiles struck`, `people face hunger`).
    static let verbs: Set<String> = [
        "struck", "hit", "hits", "fell", "rose", "came", "went", "made", "took", "left", "saw", "remain", "remains", "face",
        "faces", "include", "includes", "hold", "holds", "began", "spent", "sent", "brought", "fought", "built", "won",
        "ran", "stood", "stand", "stands", "need", "needs", "live", "lives", "die", "die", "flee", "return", "returned",
        "arrive", "arrived", "cross", "crossed", "get", "got", "receive", "go", "come", "make", "take", "see", "say",
        "are", "were", "is", "was", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must",
        "shall", "should", "do", "does", "did", "attacked", "hitting", "killing", "injuring", "wounding", "targeting",
        "cut", "stuck", "caught", "shut", "kept",
    ]
    /// Verbs of attack whose count is given in `times`.
    static let attackVerbs: Set<String> = ["attacked", "shelled", "struck", "hit", "bombed", "targeted", "fired", "striking", "shelling"]
    /// Measure nouns that name what they measure after `of` (`4,000 tonnes of aid`).
    static let measureNouns: Set<String> = ["tonnes", "tons", "litres", "liters", "gallons", "barrels", "truckloads", "kilograms", "pallets", "rounds"]
    /// Participles after a noun that say what happened to the counted (`people killed`, `civilians injured`).
    static let outcomeParticiples: Set<String> = [
        "killed", "injured", "wounded", "dead", "died", "displaced", "missing", "detained", "arrested", "captured",
        "evacuated", "abducted", "hurt", "destroyed", "damaged", "shot", "downed", "intercepted", "launched", "fired",
        "affected", "rescued", "deported", "executed", "taken", "held", "freed", "released", "lost", "fled", "hospitalised",
        "hospitalized",
    ]
    /// Nouns ending in -ing that are things, not verbs.
    static let ingNouns: Set<String> = ["buildings", "building", "shelling", "bombings", "killings", "housing", "dwellings", "bombing"]
    /// Verbs before a number that say what happened to it (`killing 18`).
    static let casualtyVerbs: [String: String] = [
        "killing": "killed", "killed": "killed", "kill": "killed", "injuring": "injured", "injured": "injured",
        "wounding": "injured", "wounded": "injured", "displacing": "displaced", "displaced": "displaced", "lost": "lost",
        "losing": "lost", "uprooted": "displaced", "uprooting": "displaced",
    ]
    static let auxiliaries: Set<String> = [
        "have", "has", "had", "been", "were", "was", "are", "is", "be", "being", "reportedly", "also", "already",
        "allegedly", "now", "since", "all", "who",
    ]

    /// What `mention` counts, or nil when nothing in the sentence says.
    /// `earlier` is the last thing counted in the sentence before, for a figure that only says what happened to some of
    /// them (`It added that 2 were intercepted`).
    func read(_ mention: NumberMention, in tokens: [WordToken], qualifierStart: Int, previous: CountedThing?,
              earlier: CountedThing? = nil) -> CountedThing? {
        var start = mention.endToken
        if let modifier = mention.modifierWord {
            start += 2
            if modifier == "strong" || modifier == "member", let phrase = nounPhrase(tokens, from: start) { return phrase.thing }
        }
        let afterNumber = start
        while start < tokens.count, Self.countModifiers.contains(tokens[start].lower) { start += 1 } // `13 more`, `five additional`
        // `4 systems so far, with 2 more due by the end of the year`: more of the thing counted before.
        if start > afterNumber, let previous, casualtyVerb(before: qualifierStart, in: tokens) == nil,
           start >= tokens.count || tokens[start].kind == .symbol || Self.notNouns.contains(tokens[start].lower) {
            return previous
        }
        // `36 “terrorists”`: quotation marks around the counted noun.
        while start < tokens.count, Self.quoteMarks.contains(tokens[start].text) { start += 1 }
        if start < tokens.count, tokens[start].lower == "of" {
            start += 1
            // `18 of the drones`, `41 of them`, `24 of whom`: the counted thing, or the one counted before.
            // (`verified 820 of those deaths`: the deaths counted in the sentence before.)
            if start < tokens.count, ["them", "whom", "those", "these", "which"].contains(tokens[start].lower), let previous = previous ?? earlier {
                var thing = previous
                if let outcome = outcome(after: start + 1, in: tokens) { thing.what += " " + outcome; thing.words.append(outcome) }
                return thing
            }
            // `41 per cent of those displaced`: people to whom it happened.
            if start < tokens.count, tokens[start].lower == "those", let outcome = outcome(after: start + 1, in: tokens) {
                return CountedThing(what: "people " + outcome, words: ["people", outcome], head: "people")
            }
            while start < tokens.count, ["the", "a", "an", "all", "its", "their", "our", "his", "her", "my"].contains(tokens[start].lower) {
                start += 1 // `11 of our staff`
            }
            // `53 percent of 500 children`, `76 of 84 drones`, `Eleven of the 12 hospitals`: the thing the next figure counts.
            if start < tokens.count, tokens[start].kind == .number || tokens[start].is(.cardinal) { start += 1 }
            // `13% of the $4.2 billion requested`: a share of money.
            if mention.isPercent, start + 1 < tokens.count, tokens[start].kind == .symbol, tokens[start].is(.numberStart),
               tokens[start + 1].kind == .number {
                return CountedThing(what: "money", words: ["money"], head: nil)
            }
        }
        if mention.currency != nil, start + 1 < tokens.count, tokens[start].lower == "in" { start += 1 } // `$500 billion in aid`
        // `more than half the population`, `a third its size`: a fraction of the noun after its determiner.
        if mention.isFraction {
            while start < tokens.count, Self.fractionDeterminers.contains(tokens[start].lower) { start += 1 }
        }
        // `attacked the region 112 times`: the count of an attack verb; `were denied access 14 times`: how often what
        // the verb before says happened.
        if start < tokens.count, tokens[start].lower == "times" {
            let window = tokens[max(0, qualifierStart - 5)..<qualifierStart]
            if window.contains(where: { Self.attackVerbs.contains($0.lower) }) {
                return CountedThing(what: "attacks", words: ["attacks"], head: "attacks")
            }
            guard let event = window.last(where: { token in
                token.kind == .word && !token.isCapitalized && !Self.auxiliaries.contains(token.lower)
                    && Self.changeVerbs[token.lower] == nil && token.lower.hasSuffix("ed")
            }) else { return nil }
            return CountedThing(what: "times " + event.lower, words: ["times", event.lower], head: "times")
        }
        let verb = casualtyVerb(before: qualifierStart, in: tokens) ?? eventNoun(before: qualifierStart, in: tokens)
        if var phrase = nounPhrase(tokens, from: start) {
            if Self.changeNouns.contains(phrase.words.last ?? ""), phrase.words.count == 1 {
                if let previous {
                    phrase = joined(phrase, "in", previous)
                } else if let subject = subject(before: qualifierStart, in: tokens) {
                    phrase = joined(phrase, "in", subject)
                }
            } else if let outcome = outcome(after: phrase.end, in: tokens) ?? verb {
                if !phrase.words.contains(outcome) { phrase.append(outcome) }
            }
            return phrase.thing
        }
        if let verb { return CountedThing(what: "people \(verb)", words: ["people", verb], head: "people") }
        // `3 deaths on Monday, 5 on Tuesday and 7 on Wednesday`: the thing counted before, in a list.
        if let previous, qualifierStart > 0, [",", "and"].contains(tokens[qualifierStart - 1].lower), start < tokens.count,
           ["on", "in", "at", "over", "during", "since", "from", "by"].contains(tokens[start].lower) {
            return previous
        }
        // `bringing total Russian losses since February 2022 to 1,032,150`, `raising the death toll to 45`.
        if let counted = countBroughtTo(qualifierStart, in: tokens) { return counted.thing }
        // `including 126 over the Kursk region`: one part of the figure before; `compared with about 50`: the same thing.
        if qualifierStart > 0, let previous, ["including", "includes", "among", "with", "to", "from", "than", "versus", "vs", "another"]
            .contains(tokens[qualifierStart - 1].lower) {
            return previous
        }
        // `attacked more than 100 merchant ships, sinking four`: a participle that tells what happened to some of them.
        // `…, sinking two and seizing one`: and a second one after `and`.
        if qualifierStart > 1, let previous, [",", "and"].contains(tokens[qualifierStart - 2].lower), tokens[qualifierStart - 1].kind == .word,
           !tokens[qualifierStart - 1].isCapitalized, tokens[qualifierStart - 1].lower.hasSuffix("ing"),
           start >= tokens.count || tokens[start].kind == .symbol || ["and", "or"].contains(tokens[start].lower) {
            return previous
        }
        // `killed more than 30 soldiers and captured 6.`: the thing counted before, with what the verb did to it.
        if let previous, let head = previous.head, start >= tokens.count || tokens[start].kind == .symbol, qualifierStart > 1,
           tokens[qualifierStart - 1].kind == .word, !tokens[qualifierStart - 1].isCapitalized,
           tokens[qualifierStart - 1].lower.hasSuffix("ed"), tokens[qualifierStart - 2].lower == "and" {
            let verb = tokens[qualifierStart - 1].lower
            return CountedThing(what: head + " " + verb, words: [head, verb], head: head)
        }
        if var subject = subject(before: qualifierStart, in: tokens) {
            if let change = changeVerb(before: qualifierStart, in: tokens), mention.isPercent || tokens[max(0, qualifierStart - 1)].lower == "by" {
                subject = NounPhrase(words: [change, "in"] + subject.words, texts: [change, "in"] + subject.texts, end: subject.end)
            }
            return subject.thing
        }
        // `estimated the number of displaced people at about 1.4 million`, `put the death toll at 50`.
        if let counted = countedBeforeAt(qualifierStart, in: tokens) { return counted.thing }
        // `Of the 251 hostages taken on Oct. 7, 49 remain in Gaza`: a part of the group the sentence opens with.
        if let previous, qualifierStart > 1, tokens[0].lower == "of", tokens[qualifierStart - 1].text == "," { return previous }
        // `aid groups put the figure at more than 3,700`: the figure before.
        // `Ukraine's General Staff puts the number even higher, at more than 1 million`: the figure of the sentence before.
        if let previous = previous ?? earlier, qualifierStart > 2, tokens[qualifierStart - 1].lower == "at",
           tokens[max(0, qualifierStart - 6)..<(qualifierStart - 1)].contains(where: { ["figure", "number", "total", "tally", "count"].contains($0.lower) }) {
            return previous
        }
        // `Gaza's population of 2.1 million`, `a toll of 30`: the noun before `of`.
        if qualifierStart > 1, tokens[qualifierStart - 1].lower == "of", let owner = nounPhrase(before: qualifierStart - 1, in: tokens) {
            return owner.words.last == "toll" ? CountedThing(what: "deaths", words: ["deaths"], head: "deaths") : owner.thing
        }
        if mention.currency != nil { return CountedThing(what: "money", words: ["money"], head: nil) }
        // `48 hostages, of whom Israel believes around 20 are alive`: a part of the figure before, in its clause.
        if let previous, start < tokens.count, Self.auxiliaries.contains(tokens[start].lower),
           tokens[max(0, qualifierStart - 6)..<qualifierStart].contains(where: { ["whom", "which"].contains($0.lower) }),
           (max(1, qualifierStart - 6)..<qualifierStart).contains(where: { tokens[$0 - 1].lower == "of" && ["whom", "which"].contains(tokens[$0].lower) }) {
            return previous
        }
        // A bare count as the subject of a verb (`Fewer than 6,000 have reached the camp`): people.
        if start < tokens.count, Self.auxiliaries.contains(tokens[start].lower), !mention.isPercent, mention.currency == nil {
            let outcome = outcome(after: start, in: tokens)
            // `said another 31 were injured`, `He said 1,358 had been freed`: a count reported with what happened to it.
            let reported = qualifierStart > 0 && outcome != nil
                && (tokens[qualifierStart - 1].is(.reportingVerb) || ["that", "another"].contains(tokens[qualifierStart - 1].lower))
            // `It added that 12 were intercepted`: what happened to things, not people.
            // `Russia fired 12 missiles. It added that 9 were intercepted`: the weapons counted before.
            if reported, let outcome, ["intercepted", "downed", "destroyed", "damaged"].contains(outcome) {
                if let weapon = (previous ?? earlier)?.head, CategoryClassifier.attackWords.contains(weapon) {
                    return CountedThing(what: weapon + " " + outcome, words: [weapon, outcome], head: weapon)
                }
                return CountedThing(what: outcome, words: [outcome], head: nil)
            }
            // `Another 38 were denied, 21 were impeded and 16 were cancelled`: more of the things counted before, when
            // nothing says they are people.
            if outcome == nil, let thing = qualifierStart == 1 && tokens[0].lower == "another" ? previous ?? earlier
                : qualifierStart > 0 && [",", "and"].contains(tokens[qualifierStart - 1].lower) ? previous : nil,
               let head = thing.head, !CategoryClassifier.personWords.contains(head) {
                return thing
            }
            // `Only 1,366 have been brought back`
            let opens = qualifierStart == 0 || (qualifierStart == 1 && ["only", "just", "some"].contains(tokens[0].lower))
            if reported || opens || [",", ";", "and", "while", "but"].contains(tokens[qualifierStart - 1].lower) {
                return CountedThing(what: ["people", outcome].compactMap { $0 }.joined(separator: " "), words: ["people", outcome].compactMap { $0 }, head: "people")
            }
        }
        return nil
    }

    /// Quotation marks that may enclose a counted noun.
    static let quoteMarks: Set<String> = ["“", "\"", "‘", "'", "«"]
    /// Determiners between a fraction and what it divides (`half the population`).
    static let fractionDeterminers: Set<String> = ["the", "its", "their", "his", "her", "this", "that", "these", "those", "all"]
    /// Nouns of an event before `of` and a figure, with the outcome they give it (`the deaths of five aid workers`).
    static let eventNouns: [String: String] = [
        "deaths": "killed", "death": "killed", "killing": "killed", "killings": "killed", "murder": "killed",
        "murders": "killed", "abduction": "abducted", "abductions": "abducted", "kidnapping": "abducted",
        "detention": "detained", "arrest": "arrested", "arrests": "arrested", "evacuation": "evacuated",
        "displacement": "displaced", "injuring": "injured", "wounding": "injured",
    ]

    /// Words after `N more` that are no noun (`2 more due`, `three more expected`).
    static let notNouns: Set<String> = ["due", "expected", "planned", "pending", "needed", "remaining", "left", "still", "yet", "later", "soon"]

    /// Words between a number and its noun that add nothing to what is counted (`13 more`, `five additional`).
    static let countModifiers: Set<String> = ["more", "additional", "further", "other", "new", "extra"]

    // MARK: - Phrases

    /// Nouns of change that take what changed after them (`a 900-person increase` → `increase in civilian casualties`).
    static let changeNouns: Set<String> = ["increase", "rise", "jump", "drop", "decrease", "decline", "surge", "spike", "fall", "hike"]
    static let changeVerbs: [String: String] = [
        "rose": "rise", "risen": "rise", "increased": "increase", "climbed": "rise", "jumped": "rise", "surged": "rise",
        "soared": "rise", "grew": "increase", "grown": "increase", "fell": "fall", "fallen": "fall", "dropped": "fall",
        "declined": "decrease", "decreased": "decrease", "spiked": "rise",
    ]

    /// A noun phrase as words, with the token index after it.
    struct NounPhrase {
        var words: [String]
        var texts: [String]
        var end: Int
        /// The noun the phrase is about, before any outcome participle (`people` in `people killed`).
        var head: String?
        /// Appends an outcome participle (`killed`), keeping the head noun.
        mutating func append(_ word: String) {
            if head == nil { head = words.last }
            words.append(word)
            texts.append(word)
        }
        var thing: CountedThing {
            CountedThing(what: texts.joined(separator: " "), words: words, head: head ?? words.last)
        }
    }

    private func joined(_ phrase: NounPhrase, _ link: String, _ other: CountedThing) -> NounPhrase {
        NounPhrase(words: phrase.words + [link] + other.words, texts: phrase.texts + [link, other.what], end: phrase.end)
    }

    private func joined(_ phrase: NounPhrase, _ link: String, _ other: NounPhrase) -> NounPhrase {
        NounPhrase(words: phrase.words + [link] + other.words, texts: phrase.texts + [link] + other.texts, end: phrase.end)
    }
}
