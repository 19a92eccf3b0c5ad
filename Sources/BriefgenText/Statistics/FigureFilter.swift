/// Decides which numbers are figures worth reporting. Not figures: years, dates, times, ordinals, codes and names
/// (`Su-34`, `Boeing 737`), list numbering, ages, durations (`30-day`, `24 hours`, `three years`), distances (`200 km
/// from the front`), partitives (`one of the officials`), and small counts of things that do not measure the conflict
/// (`two senior officials`, `at least two technical agreements`): below ten, a figure must count people harmed, attacks,
/// losses, money, a share, or one of a few things of the war (villages, hospitals, hostages…).
struct FigureFilter {
    private static let distanceUnits: Set<String> = ["km", "kilometres", "kilometers", "miles", "mile", "metres", "meters", "m", "kilometre", "kilometer"]

    /// Hyphenated measures that describe a thing rather than count it.
    private static let propertyModifiers: Set<String> = [
        "storey", "story", "floor", "bed", "seat", "lane", "page", "point", "degree", "mm", "millimetre", "millimeter",
        "calibre", "caliber", "kg", "kilogram", "pound", "ton", "tonne", "megawatt", "mw", "nation", "member", "country",
        "party", "year-old", "inch", "foot", "feet", "gallon", "litre", "liter", "acre", "hectare", "man", "room",
    ]

    private static let multiplierFollowers: Set<String> = [
        "more", "higher", "larger", "bigger", "greater", "less", "fewer", "lower", "smaller", "the", "that",
        "faster", "slower", "than", "as",
    ]

    /// Whether the number can be a figure at all, before reading what it counts.
    func canBeFigure(_ mention: NumberMention, in tokens: [WordToken]) -> Bool {
        if mention.nonFigure != nil { return false }
        if let modifier = mention.modifierWord, NumberWords.timeUnits[modifier] != nil || Self.distanceUnits.contains(modifier)
            || Self.propertyModifiers.contains(modifier) {
            return false // `30-day ceasefire`, `16-storey building`, `155-mm shells`, `27-nation bloc`
        }
        let after = mention.endToken
        // `($1 = 0.9215 euros)`: an exchange rate, not a figure of the war.
        if after < tokens.count, tokens[after].text == "=" { return false }
        if mention.firstToken > 0, tokens[mention.firstToken - 1].text == "=" { return false }
        // `155mm shells`, `7.62mm rounds`: a calibre or size written onto the number.
        if after < tokens.count, !tokens[after].spaceBefore, tokens[after].kind == .word,
           tokens[after].lower != "m", // `5m people` is five million
           Self.propertyModifiers.contains(tokens[after].lower) || Self.distanceUnits.contains(tokens[after].lower) || tokens[after].lower == "cm" {
            return false
        }
        if after < tokens.count, mention.currency == nil, !mention.isPercent {
            let next = tokens[after].lower
            if NumberWords.timeUnits[next] != nil { return false }
            let squared = mention.firstToken > 0 && tokens[after].lower == "square"
            if Self.distanceUnits.contains(next), !squared { return false }
            // `one of the senior officials`: a member of a group, not a count (`two of whom` still counts).
            if next == "of", mention.isWords, !mention.isFraction, !mention.isVague, mention.value < 10, after + 1 < tokens.count,
               ["the", "its", "their", "his", "her", "our", "my", "your"].contains(tokens[after + 1].lower),
               !isPartOfFigure(mention, in: tokens) { return false }
            if next == "of", mention.value == 1, mention.low == nil, !mention.isFraction { return false } // `one of 14 settlements`
            if next == "percentile" { return false }
            // `three times higher` is a multiplier; `attacked the region 112 times` counts attacks.
            if next == "times", after + 1 < tokens.count, Self.multiplierFollowers.contains(tokens[after + 1].lower) { return false }
            // `displaced three or four times`: how often, roughly, not a count.
            if ["or", "to"].contains(next), after + 2 < tokens.count, tokens[after + 2].lower == "times",
               tokens[after + 1].kind == .number || tokens[after + 1].is(.cardinal) { return false }
            if next == "times", after >= 3, tokens[mention.firstToken - 1].lower == "or", mention.value < 10 { return false }
        }
        if mention.firstToken > 0, NumberWords.ordinals.contains(tokens[mention.firstToken - 1].lower) { return false }
        // `children under the age of 18`
        if mention.firstToken > 1, tokens[mention.firstToken - 1].lower == "of", tokens[mention.firstToken - 2].lower == "age" { return false }
        return true
    }

    /// `two of the 22 planned missions`, `three of 40 trucks`: a part of a figure given with it (not `one of …`).
    func isPartOfFigure(_ mention: NumberMention, in tokens: [WordToken]) -> Bool {
        var index = mention.endToken
        guard mention.value > 1, index + 1 < tokens.count, tokens[index].lower == "of" else { return false }
        index += 1
        if ["the", "its", "their"].contains(tokens[index].lower) { index += 1 }
        return index < tokens.count && (tokens[index].kind == .number || tokens[index].is(.cardinal))
    }

    /// Whether a number with what it counts is worth reporting. Below ten, a count must be of people harmed, of those the
    /// war harms most (`4 children`, `8 civilians`, `9 of the victims`), of things of the war, or the object of an act of
    /// war (`located 3 tunnel shafts`, `captured 6`, `advanced in 5 sectors`), not `two senior officials`.
    func isWorthReporting(_ mention: NumberMention, category: Statistic.Category, head: String?, words: [String] = [],
                          in tokens: [WordToken] = [], qualifierStart: Int = 0) -> Bool {
        guard category == .other, mention.value < 10, !mention.isFraction, mention.low == nil else { return true }
        if let verb = verb(before: qualifierStart, in: tokens), Self.actsOfWar.contains(verb) { return true }
        guard let head else { return false }
        if Self.vulnerablePeople.contains(head) { return true }
        // `another 5 were missing`, `three journalists detained`: people to whom the war happened.
        if CategoryClassifier.personWords.contains(head), words.contains(where: { Self.harmToPeople.contains($0) }) { return true }
        return CategoryClassifier.relevantThings.contains(head)
    }

    /// The verb a count is the object of, over one preposition (`captured 6`, `advanced in 5 sectors`).
    private func verb(before start: Int, in tokens: [WordToken]) -> String? {
        var index = start - 1
        if index >= 0, ["in", "on", "at", "near"].contains(tokens[index].lower) { index -= 1 }
        guard index >= 0, tokens[index].kind == .word, !tokens[index].isCapitalized else { return nil }
        return tokens[index].lower
    }

    /// People whose count is news even when small: those the war harms most.
    private static let vulnerablePeople: Set<String> = [
        "civilians", "children", "women", "victims", "babies", "infants", "minors", "girls", "boys", "paramedics",
        "medics", "journalists", "patients", "refugees", "migrants", "hostages", "detainees", "captives", "pows",
        "survivors", "wounded",
    ]
    /// Verbs of acts of war whose object is a count worth reporting.
    private static let actsOfWar: Set<String> = [
        "captured", "seized", "destroyed", "damaged", "downed", "located", "struck", "hit", "targeted", "burned",
        "torched", "intercepted", "sank", "sunk", "recaptured", "liberated", "abducted", "detained", "arrested",
        "executed", "freed", "released", "evacuated", "rescued", "buried", "advanced", "repelled", "shelled", "bombed",
        "raided", "overran", "occupied", "lost", "killed", "wounded", "injured", "sinking", "seizing", "capturing",
        "destroying", "damaging", "downing", "killing", "wounding", "injuring", "intercepting", "found", "discovered",
        "uncovered",
    ]

    /// What can happen to people in a war besides death and injury.
    private static let harmToPeople: Set<String> = [
        "missing", "detained", "arrested", "abducted", "captured", "kidnapped", "executed", "deported", "evacuated",
        "rescued", "freed", "released", "hospitalised", "hospitalized", "trapped", "displaced",
    ]
}
