/// Reads numbers written in words: `eighteen`, `twenty-one`, `one hundred and two`, `three million, two hundred & forty`,
/// `two dozen`, `two and a half`, fractions (`one-fifth`, `a third of`, `two thirds`, `half of`) and vague magnitudes
/// (`hundreds of`, `tens of thousands of`, `several hundred`).
struct NumberWordReader {
    /// Words after `half` that show it is a fraction of something (`half of`, `half the`).
    private static let halfFollowers: Set<String> = [
        "of", "the", "a", "an", "its", "their", "his", "her", "that", "this", "these", "those", "all",
    ]

    /// The number written in words starting at token `index`, if there is one.
    func read(_ tokens: [WordToken], at index: Int) -> NumberMention? {
        let word = tokens[index].lower
        if word == "a" || word == "an" {
            // The most common words of all: a number only before `few`, a scale, `dozen` or a denominator (`a third`,
            // `a hundred`, `a few thousand`), or in `an-…`. The readers below find nothing otherwise.
            guard index + 1 < tokens.count,
                  tokens[index + 1].is(.afterArticleNumber) || (word == "an" && tokens[index + 1].text == "-") else { return nil }
        }
        if word == "one", isPronoun(tokens, at: index) { return nil }
        if let vague = readVague(tokens, at: index) { return vague }
        if let fraction = readFraction(tokens, at: index) { return fraction }
        return readCardinal(tokens, at: index)
    }

    /// Words before `one` that make it a pronoun (`that one`, `no one`, `the one`).
    private static let pronounOpeners: Set<String> = [
        "that", "this", "the", "which", "every", "each", "any", "no", "someone", "anyone", "little", "only", "last", "such",
    ]

    /// `one` as a pronoun: `that one`, `no one`, `one another`.
    private func isPronoun(_ tokens: [WordToken], at index: Int) -> Bool {
        if index > 0, Self.pronounOpeners.contains(tokens[index - 1].lower) { return true }
        if index + 1 < tokens.count, ["another", "'s"].contains(tokens[index + 1].lower) { return true }
        return false
    }

    // MARK: - Forms

    private func readVague(_ tokens: [WordToken], at index: Int) -> NumberMention? {
        let word = tokens[index].lower
        // The magnitude of a vague word, looked up only for a word of that class (one bit test for all others).
        let vague = tokens[index].is(.vagueMagnitude) ? NumberWords.vagueMagnitudes[word] : nil
        if let magnitude = vague, index + 1 < tokens.count, tokens[index + 1].lower == "of" {
            // `tens of thousands of`, `hundreds of thousands of`
            if index + 3 < tokens.count, let second = NumberWords.vagueMagnitudes[tokens[index + 2].lower], second >= 1_000,
               tokens[index + 3].lower == "of" {
                return make(tokens, index, index + 3, magnitude * second, vague: true)
            }
            guard word != "tens" else { return nil }
            return make(tokens, index, index + 1, magnitude, vague: true)
        }
        // `wounded dozens more`, `hundreds more fled`: more of what was counted before; `17 were killed and dozens
        // injured`: what happened to them.
        if let magnitude = vague, word != "tens", index > 0, index + 1 < tokens.count,
           ["more", "others"].contains(tokens[index + 1].lower)
            || (tokens[index + 1].is(.outcomeParticiple) && ["and", ","].contains(tokens[index - 1].lower)) {
            return make(tokens, index, index + 1, magnitude, vague: true)
        }
        // `several hundred`, `a few thousand`, `several dozen`
        var next = index + 1
        if word == "a", next < tokens.count, tokens[next].lower == "few" { next += 1 } else if word != "several" { return nil }
        guard next < tokens.count else { return nil }
        let scaleWord = tokens[next].lower
        guard let scale = scaleWord == "dozen" ? 12 : NumberWords.scales[scaleWord] else { return nil }
        return make(tokens, index, next + 1, scale, vague: true)
    }

    private func readFraction(_ tokens: [WordToken], at index: Int) -> NumberMention? {
        let word = tokens[index].lower
        // `half a million people`: half the scale, a count and not a share.
        if word == "half", index + 2 < tokens.count, ["a", "an"].contains(tokens[index + 1].lower),
           let scale = NumberWords.scales[tokens[index + 2].lower], scale >= 1_000 {
            return make(tokens, index, index + 3, scale / 2)
        }
        if word == "half", index + 1 < tokens.count, Self.halfFollowers.contains(tokens[index + 1].lower),
           index == 0 || !(NumberWords.ordinals.contains(tokens[index - 1].lower) || tokens[index - 1].lower == "a") {
            return make(tokens, index, index + 1, 0.5, fraction: true)
        }
        let numerator: Double
        if word == "a" || word == "an" {
            numerator = 1
        } else if tokens[index].is(.cardinal), let n = NumberWords.cardinal(word), n > 0 { // (the class: no lookup for others)
            numerator = n
        } else {
            return nil
        }
        // `one-fifth`, `two-thirds`
        if index + 2 < tokens.count, tokens[index + 1].text == "-", !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore,
           let denominator = NumberWords.denominators[tokens[index + 2].lower], word != "a" {
            return make(tokens, index, index + 3, numerator / denominator, fraction: true)
        }
        // `a third of`, `two thirds`, `one sixth`
        guard index + 1 < tokens.count, let denominator = NumberWords.denominators[tokens[index + 1].lower] else { return nil }
        let followedByOf = index + 2 < tokens.count && tokens[index + 2].lower == "of"
        let plural = tokens[index + 1].lower.hasSuffix("s")
        guard followedByOf || (word != "a" && word != "an" && (plural || numerator == 1)) else { return nil }
        return make(tokens, index, index + 2, numerator / denominator, fraction: true)
    }

    private func readCardinal(_ tokens: [WordToken], at index: Int) -> NumberMention? {
        var total = 0.0, current = 0.0
        var next = index
        var consumed = false
        var lastWasScale = false
        var lastWasUnit = false
        var lastWasTens = false
        if ["a", "an"].contains(tokens[index].lower), index + 1 < tokens.count,
           NumberWords.scales[tokens[index + 1].lower] != nil || tokens[index + 1].lower == "dozen" {
            current = 1
            consumed = true
            next += 1
        }
        while next < tokens.count {
            let word = tokens[next].lower
            if !consumed || !lastWasUnit, next + 2 < tokens.count, tokens[next + 1].text == "-", !tokens[next + 1].spaceBefore,
               !tokens[next + 2].spaceBefore, tokens[next].is(.cardinal), // a compound opens with a cardinal
               let compound = NumberWords.compound(word, tokens[next + 2].lower), !compound.isFraction {
                current += compound.value
                next += 3
                (consumed, lastWasScale, lastWasUnit) = (true, false, true)
            } else if tokens[next].is(.cardinal), let value = NumberWords.cardinal(word), !lastWasUnit || (lastWasTens && value < 10) {
                lastWasTens = NumberWords.tens[word] != nil
                current += value
                next += 1
                (consumed, lastWasScale, lastWasUnit) = (true, false, true)
            } else if consumed, word == "hundred" {
                current = max(current, 1) * 100
                next += 1
                (lastWasScale, lastWasUnit) = (true, false)
            } else if consumed, word == "dozen" {
                current = max(current, 1) * 12
                next += 1
                (lastWasScale, lastWasUnit) = (true, false)
            } else if consumed, let scale = NumberWords.scales[word], scale >= 1_000 {
                total += max(current, 1) * scale
                current = 0
                next += 1
                (lastWasScale, lastWasUnit) = (true, false)
            } else if consumed, lastWasScale, word == "and" || word == "&" || word == ",", next + 1 < tokens.count,
                      tokens[next + 1].is(.cardinal) {
                next += 1
                lastWasUnit = false
            } else if consumed, word == "and", next + 2 < tokens.count, tokens[next + 1].lower == "a", tokens[next + 2].lower == "half" {
                current += 0.5
                next += 3
                break
            } else {
                break
            }
        }
        guard consumed else { return nil }
        return make(tokens, index, next, total + current)
    }

    private func make(_ tokens: [WordToken], _ first: Int, _ end: Int, _ value: Double, vague: Bool = false, fraction: Bool = false) -> NumberMention {
        var mention = NumberMention(firstToken: first, endToken: end, start: tokens[first].start, end: tokens[end - 1].end, value: value)
        mention.isVague = vague
        mention.isFraction = fraction
        mention.isWords = true
        return mention
    }
}
