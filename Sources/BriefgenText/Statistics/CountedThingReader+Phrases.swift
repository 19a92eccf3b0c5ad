import Foundation

/// Noun phrases, subjects and verbs around a figure.
extension CountedThingReader {
    /// Verbs that link a subject to a figure (`the toll rose to 18`, `casualties stood at 2,641`).
    static let linkingVerbs: Set<String> = [
        "rose", "risen", "reached", "stood", "stands", "climbed", "increased", "jumped", "totalled", "totaled", "totals",
        "is", "was", "were", "are", "hit", "surpassed", "exceeded", "topped", "passed", "grew", "grown", "fell", "fallen",
        "dropped", "numbered", "number", "surged", "soared", "declined", "decreased", "spiked", "reach", "rise", "stand",
    ]

    /// The noun phrase starting at token `start`, if one does.
    func nounPhrase(_ tokens: [WordToken], from start: Int) -> NounPhrase? {
        var phrase = NounPhrase(words: [], texts: [], end: start)
        var index = start
        while index < tokens.count, phrase.words.count < 6 {
            let token = tokens[index]
            guard token.kind == .word else { break }
            let word = token.lower
            if word == "and" || word == "or" {
                guard !phrase.words.isEmpty, index + 1 < tokens.count, tokens[index + 1].kind == .word,
                      !tokens[index + 1].is(.stopWord), !tokens[index + 1].is(.cardinal),
                      !tokens[index + 1].is(.outcomeParticiple) else { break }
                phrase.words.append(word)
                phrase.texts.append(word)
                index += 1
                continue
            }
            if token.is(.outcomeParticiple) {
                if phrase.words.isEmpty {
                    phrase.words = ["people"]
                    phrase.texts = ["people"]
                }
                phrase.append(word)
                index += 1
                break
            }
            if word == "of", let last = phrase.words.last, Self.measureNouns.contains(last), index + 1 < tokens.count,
               tokens[index + 1].kind == .word, !tokens[index + 1].is(.stopWord) {
                phrase.head = last
                phrase.words.append(word) // `tonnes of aid`
                phrase.texts.append(token.text)
                index += 1
                continue
            }
            if token.is(.stopWord) || token.is(.verb) || token.is(.cardinal) || token.is(.month) { break }
            // `four airfields deep inside Russia`: an adverb of place before a preposition ends the phrase.
            // (The cheap tests first: the next word's class before the set, bytes before characters, as `count` is at
            // most the byte count.)
            if index + 1 < tokens.count, tokens[index + 1].is(.stopWord), Self.placeAdverbs.contains(word) { break }
            if word.utf8.count > 4, word.hasSuffix("ly"), word.count > 4 {
                // `internally displaced people`, `seriously injured`: an adverb before a participle belongs to the phrase.
                guard index + 1 < tokens.count, tokens[index + 1].lower.hasSuffix("ed") else { break }
                phrase.words.append(word)
                phrase.texts.append(token.text)
                phrase.words.append(tokens[index + 1].lower)
                phrase.texts.append(tokens[index + 1].text)
                index += 2
                if tokens[index - 1].is(.outcomeParticiple), index < tokens.count,
                   tokens[index].kind != .word || tokens[index].is(.stopWord) {
                    phrase.words.insert("people", at: 0)
                    phrase.texts.insert("people", at: 0)
                    break
                }
                continue
            }
            if word.hasSuffix("ing"), !Self.ingNouns.contains(word) {
                // `20 living hostages`, `five remaining soldiers`: an -ing adjective before the noun belongs to the phrase.
                guard phrase.words.isEmpty, index + 1 < tokens.count, tokens[index + 1].kind == .word,
                      !tokens[index + 1].is(.stopWord), !tokens[index + 1].lower.hasSuffix("ing") else { break }
            }
            if word.hasSuffix("ed"), !phrase.words.isEmpty { break }
            var text = token.text
            var next = index + 1
            // `Shahed-type`, and model codes: `Tu-95 bombers`, `F-16 jets`.
            while next + 1 < tokens.count, tokens[next].text == "-", !tokens[next].spaceBefore, !tokens[next + 1].spaceBefore,
                  tokens[next + 1].kind == .word || (tokens[next + 1].kind == .number && token.isCapitalized) {
                text += "-" + tokens[next + 1].text
                next += 2
            }
            phrase.words.append(TextSearch.lowercasedStraight(text))
            phrase.texts.append(text)
            index = next
        }
        while let last = phrase.words.last, last == "and" || last == "or" {
            phrase.words.removeLast()
            phrase.texts.removeLast()
        }
        phrase.end = index
        return phrase.words.isEmpty ? nil : phrase
    }

    /// The noun phrase ending just before token `end` (`Gaza's population` before `of 2.1 million`).
    func nounPhrase(before end: Int, in tokens: [WordToken]) -> NounPhrase? {
        var start = end
        while start > 0, end - start < 4, tokens[start - 1].kind == .word, !tokens[start - 1].is(.stopWord),
              !tokens[start - 1].is(.cardinal), !tokens[start - 1].lower.hasSuffix("ed"),
              !tokens[start - 1].lower.hasSuffix("ing") {
            start -= 1
        }
        guard start < end, !Self.linkingVerbs.contains(tokens[end - 1].lower) else { return nil }
        let texts = tokens[start..<end].map(\.text)
        return NounPhrase(words: texts.map(TextSearch.lowercasedStraight), texts: texts, end: end)
    }

    /// A participle after the phrase, past auxiliaries (`people have been killed` → `killed`).
    func outcome(after end: Int, in tokens: [WordToken]) -> String? {
        var index = end
        // `Four people, including a child, were killed`: step over a parenthetical.
        if index < tokens.count, tokens[index].text == ",", let close = tokens[(index + 1)..<min(tokens.count, index + 8)].firstIndex(where: { $0.text == "," }),
           ["including", "among", "mostly", "many", "most", "all"].contains(tokens[min(index + 1, tokens.count - 1)].lower) {
            index = close + 1
        }
        // `4 soldiers and 11 “terrorists” were killed`: the outcome the two counts share.
        if index + 2 < tokens.count, tokens[index].lower == "and", tokens[index + 1].kind == .number || tokens[index + 1].is(.cardinal) {
            var next = index + 2
            while next < tokens.count, next - index < 6,
                  tokens[next].kind == .word || Self.quoteMarks.contains(tokens[next].text) || ["”", "’"].contains(tokens[next].text),
                  !Self.auxiliaries.contains(tokens[next].lower) { next += 1 }
            if next < tokens.count, Self.auxiliaries.contains(tokens[next].lower) { index = next }
        }
        // `were seriously wounded`: auxiliaries and adverbs before the participle.
        while index < tokens.count, Self.auxiliaries.contains(tokens[index].lower) || tokens[index].lower == "reported"
                || (index > end && tokens[index].lower.count > 4 && tokens[index].lower.hasSuffix("ly")) { index += 1 }
        // `were among those killed`, `were among the dead`
        if index + 1 < tokens.count, tokens[index].lower == "among", ["those", "the"].contains(tokens[index + 1].lower) {
            index += 2
            if index < tokens.count, ["dead"].contains(tokens[index].lower) { return "killed" }
        }
        // `were taken captive`, `taken hostage`
        if index + 1 < tokens.count, tokens[index].lower == "taken", ["captive", "hostage", "prisoner"].contains(tokens[index + 1].lower) {
            return "taken " + tokens[index + 1].lower
        }
        // `have been forced to flee`, `have fled`
        if index + 2 < tokens.count, tokens[index].lower == "forced", tokens[index + 1].lower == "to", tokens[index + 2].lower == "flee" {
            return "displaced"
        }
        guard index < tokens.count, index > end || tokens[index].kind == .word else { return nil }
        let word = tokens[index].lower
        guard Self.outcomeParticiples.contains(word), ["killed", "injured", "wounded", "died", "dead", "displaced", "missing",
              "detained", "arrested", "captured", "evacuated", "abducted", "hurt", "executed", "deported", "fled", "hospitalised",
              "hospitalized", "destroyed", "damaged", "freed", "released", "rescued", "intercepted", "downed"].contains(word)
        else { return nil }
        return word
    }

    /// A casualty verb just before the figure and its qualifier (`killing at least 18`).
    func casualtyVerb(before start: Int, in tokens: [WordToken]) -> String? {
        guard start > 0 else { return nil }
        // `killing all 4 crew members`, `wounding another 12`
        if start > 1, ["all", "another"].contains(tokens[start - 1].lower) { return Self.casualtyVerbs[tokens[start - 2].lower] }
        return Self.casualtyVerbs[tokens[start - 1].lower]
    }

    /// An event noun and `of` just before the figure (`the deaths of five aid workers` → `killed`).
    func eventNoun(before start: Int, in tokens: [WordToken]) -> String? {
        guard start > 1, tokens[start - 1].lower == "of" else { return nil }
        return Self.eventNouns[tokens[start - 2].lower]
    }

    /// What a figure after `at` counts when a verb put a count or a toll at it: `estimated the number of displaced
    /// people in the Gaza Strip at about 1.4 million` → `displaced people`, `put the death toll at 50` → `deaths`.
    func countedBeforeAt(_ start: Int, in tokens: [WordToken]) -> NounPhrase? {
        guard start > 2, tokens[start - 1].lower == "at" else { return nil }
        var index = start - 2
        while index > 0, start - index < 14 {
            let token = tokens[index]
            if token.kind == .number || token.is(.cardinal) || [";", ":"].contains(token.text) { return nil }
            let word = token.lower
            // `the number of`, `the death toll`, `its civilian death toll`: the count noun after its determiner.
            if Self.countNouns.contains(word),
               tokens[max(0, index - 3)..<index].contains(where: { ["the", "a", "its", "their"].contains($0.lower) }) {
                if word == "toll" { return NounPhrase(words: ["deaths"], texts: ["deaths"], end: start) }
                guard index + 1 < tokens.count, tokens[index + 1].lower == "of" else { return nil }
                var from = index + 2
                while from < tokens.count, ["the", "a", "an"].contains(tokens[from].lower) { from += 1 }
                return nounPhrase(tokens, from: from)
            }
            index -= 1
        }
        return nil
    }

    /// Adverbs that end a noun phrase before a preposition (`deep inside Russia`, `far from the front`).
    static let placeAdverbs: Set<String> = ["deep", "far", "farther", "further", "well", "just", "right", "mostly", "mainly", "close"]

    /// What a figure after `to` counts when a participle brought a count to it: `bringing total Russian losses since
    /// February 2022 to 1,032,150` → `total Russian losses`, `raising the death toll to 45` → `deaths`.
    func countBroughtTo(_ start: Int, in tokens: [WordToken]) -> NounPhrase? {
        guard start > 2, tokens[start - 1].lower == "to" else { return nil }
        var index = start - 2
        while index >= 0, start - index < 12 {
            let token = tokens[index]
            let year = token.kind == .number && token.text.count == 4 && (Int(token.text).map { (1900...2100).contains($0) } ?? false)
            if (token.kind == .number && !year) || token.is(.cardinal) || [",", ";", ":"].contains(token.text) { return nil }
            if ["bringing", "raising", "taking", "pushing", "lifting", "raised", "brought", "revised", "updated"].contains(token.lower) {
                var from = index + 1
                while from < start - 1, ["the", "a", "an", "its", "their", "his", "her"].contains(tokens[from].lower) { from += 1 }
                // `raised the number of injured to 14`: what the number counts.
                if from + 2 < start - 1, Self.countNouns.contains(tokens[from].lower), tokens[from + 1].lower == "of" { from += 2 }
                guard var phrase = nounPhrase(tokens, from: from), phrase.end <= start - 1 else { return nil }
                if phrase.words.last == "toll" { phrase = NounPhrase(words: ["deaths"], texts: ["deaths"], end: phrase.end) }
                return phrase
            }
            index -= 1
        }
        return nil
    }

    /// Nouns a verb puts at a figure (`put the number of dead at 30`).
    static let countNouns: Set<String> = ["number", "total", "count", "tally", "toll"]

    /// A change verb shortly before the figure (`had risen by 46%` → `rise`).
    func changeVerb(before start: Int, in tokens: [WordToken]) -> String? {
        let lower = max(0, start - 4)
        for index in stride(from: start - 1, through: lower, by: -1) {
            if let noun = Self.changeVerbs[tokens[index].lower] { return noun }
        }
        return nil
    }

    /// The subject of a linking verb before the figure (`the death toll rose to 18` → `deaths`).
    func subject(before start: Int, in tokens: [WordToken]) -> NounPhrase? {
        var index = start - 1
        // `reached a record 383`, `hit a new high of 50`
        while index >= 0, ["to", "by", "at", "around", "nearly", "almost", "a", "record", "new"].contains(tokens[index].lower) { index -= 1 }
        guard index >= 0, Self.linkingVerbs.contains(tokens[index].lower) else { return nil }
        index -= 1
        while index >= 0, Self.auxiliaries.contains(tokens[index].lower) || (tokens[index].lower.hasSuffix("ly") && tokens[index].lower.count > 4) {
            index -= 1
        }
        // The subject's head comes first: `The death toll from the strike on Dnipro` → `death toll`; `the number of
        // people killed` → `people killed`.
        var phrases: [[String]] = []
        for _ in 0..<3 {
            var texts: [String] = []
            while index >= 0, tokens[index].kind == .word, texts.count < 5 {
                let word = tokens[index].lower
                if Self.stopWords.contains(word) && !Self.outcomeParticiples.contains(word) { break }
                if word.hasSuffix("ing"), !Self.ingNouns.contains(word) { break }
                texts.insert(tokens[index].text, at: 0)
                index -= 1
            }
            guard !texts.isEmpty else { break }
            phrases.insert(texts, at: 0)
            // Step back over a preposition (and an article) to the phrase it modifies.
            var link = index
            while link >= 0, ["the", "a", "an"].contains(tokens[link].lower) { link -= 1 }
            guard link > 0, Self.subjectLinks.contains(tokens[link].lower), tokens[link - 1].kind == .word else { break }
            index = link - 1
            while index >= 0, ["the", "a", "an"].contains(tokens[index].lower) { index -= 1 }
        }
        guard var texts = phrases.first else { return nil }
        if phrases.count > 1, let head = texts.last?.lowercased(), ["number", "total", "count", "tally"].contains(head) {
            texts = phrases[1]
        }
        let words = texts.map { $0.lowercased() }
        if words.last == "toll" { return NounPhrase(words: ["deaths"], texts: ["deaths"], end: start) }
        return NounPhrase(words: words, texts: texts, end: start)
    }

    /// Prepositions inside a subject (`the toll from the strike on Dnipro`, `the number of people`).
    static let subjectLinks: Set<String> = ["from", "on", "in", "of", "at", "against", "after", "across"]
}
