/// What an abbreviation ending in a period says about a possible sentence boundary after it.
enum AbbreviationKind: Sendable, Equatable {
    /// A title before a name ("Mr.", "Gen.", "Lt. Col."): never ends a sentence.
    case prepositive
    /// Usually followed by a number ("No. 3", "p. 55"); otherwise treated as `ambiguous`.
    case beforeNumber
    /// May end a sentence ("Co.", "U.S.", "a.m.", "Jan.", an initial): ends one only before a typical sentence starter.
    case ambiguous
}

/// English abbreviations and the capitalized words that typically start a sentence.
enum Abbreviations {
    /// Classifies `token` (the word before a period, without that period).
    /// - Parameter afterCapitalizedWord: whether the word before `token` starts with a capital (makes "E." an initial).
    static func kind(of token: String, afterCapitalizedWord: Bool) -> AbbreviationKind? {
        let scalars = Array(token.unicodeScalars)
        guard let first = scalars.first else { return nil }
        if scalars.count == 1 {
            guard first.properties.isAlphabetic else { return nil }
            if first.properties.isUppercase { return afterCapitalizedWord ? .ambiguous : nil }
            return .ambiguous
        }
        if isDotted(scalars) { return .ambiguous }
        if exact.contains(token) { return .ambiguous }
        let lower = token.lowercased()
        if titles.contains(lower) { return .prepositive }
        if numbering.contains(lower) { return .beforeNumber }
        if general.contains(lower) { return .ambiguous }
        return nil
    }

    /// ``kind(of:afterCapitalizedWord:)`` of the word spelled by `scalars`, without making a string for a word that
    /// no list can hold: an ASCII word longer than every listed word (its lower case is as long) and not dotted.
    static func kind(of scalars: ArraySlice<Unicode.Scalar>, afterCapitalizedWord: Bool) -> AbbreviationKind? {
        if scalars.count > longestListed, scalars.allSatisfy({ $0.value < 0x80 }), !isDotted(scalars) { return nil }
        return kind(of: ScalarText.string(scalars), afterCapitalizedWord: afterCapitalizedWord)
    }

    /// The length in scalars of the longest word of the lists (all ASCII but `n°`, whose lower case is itself).
    static let longestListed: Int = [titles, numbering, general, exact].joined().map { $0.unicodeScalars.count }.max() ?? 0

    /// "U.S", "a.m", "Ph.D", "e.g": letters in groups of one to three, joined by periods.
    private static func isDotted<Scalars: Collection<Unicode.Scalar>>(_ scalars: Scalars) -> Bool {
        var group = 0
        var groups = 0
        for scalar in scalars {
            if scalar == "." {
                guard group > 0 else { return false }
                groups += 1
                group = 0
            } else if scalar.value < 0x80 ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A
                        : scalar.properties.isAlphabetic {  // ASCII by comparison: its letters are its alphabetic scalars
                group += 1
                if group > 3 { return false }
            } else {
                return false
            }
        }
        return groups >= 1 && group > 0
    }

    /// Whether `word` (letters only, as written) typically opens a sentence: function words, pronouns, titles.
    static func isSentenceStarter(_ word: String) -> Bool { sentenceStarters.contains(word) }

    private static let titles: WordSet = [
        "mr", "mrs", "ms", "messrs", "mmes", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl",
        "pvt", "adm", "cmdr", "brig", "sen", "rep", "gov", "supt", "rev", "hon", "msgr",
    ]

    private static let numbering: WordSet = [
        "no", "nos", "n°", "nr", "p", "pp", "vol", "vols", "art", "arts", "fig", "figs", "ch", "chap", "sec", "para",
        "op", "ex", "tel", "ext", "approx", "ca",
    ]

    private static let general: WordSet = [
        "co", "corp", "inc", "ltd", "llc", "plc", "jr", "bros", "etc", "vs", "est", "dept", "univ", "assn", "ave",
        "blvd", "rd", "hwy", "st", "mt", "ft", "mfg", "intl", "natl", "govt", "cf", "al", "mln", "bn", "pct", "yr",
        "yrs", "hrs", "min", "max", "oz", "lb", "lbs", "esp", "incl", "misc", "div", "sr",
    ]

    /// Abbreviations that are also ordinary lower-case words, recognized only as capitalized.
    private static let exact: WordSet = [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La",
        "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex",
        "Va", "Vt", "Wash", "Wis", "Wyo",
    ]

    private static let sentenceStarters: WordSet = [
        "A", "An", "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You",
        "His", "Her", "Their", "Our", "My", "Your", "There", "Here", "But", "And", "Or", "So", "Yet", "However",
        "Meanwhile", "Still", "Also", "Then", "Now", "In", "On", "At", "For", "From", "With", "By", "After", "Before",
        "During", "Since", "As", "If", "When", "While", "Where", "What", "Who", "Why", "How", "Which", "Although",
        "Though", "Despite", "Because", "Some", "Many", "Most", "Several", "Both", "Each", "Every", "All", "Such",
        "Being", "Did", "Do", "Does", "Is", "Are", "Was", "Were", "Will", "Would", "Can", "Could", "Should",
        "Millions", "Thousands", "Hundreds", "More", "Mr", "Mrs", "Ms", "Dr", "Prof",
    ]
}
