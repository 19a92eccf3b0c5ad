/// The word lists a token belongs to, looked up once when the token is made.
///
/// The readers ask the same questions of every token (`is it a title? a stop word? a reporting verb?`); asking a
/// `Set<String>` each time hashes the word again. A token carries its classes instead, so each question is one bit test.
/// Every class is built from the very list the readers used before, so `token.is(.stopWord)` answers exactly as
/// `CountedThingReader.stopWords.contains(token.lower)` does.
struct WordClasses: OptionSet, Sendable, Hashable {
    let rawValue: UInt64

    /// ``EntityLexicon/titles``.
    static let title = WordClasses(rawValue: 1 << 0)
    /// ``EntityLexicon/commonWordTitles``.
    static let commonWordTitle = WordClasses(rawValue: 1 << 1)
    /// ``EntityLexicon/titleModifiers``.
    static let titleModifier = WordClasses(rawValue: 1 << 2)
    /// ``EntityLexicon/organizationWords``.
    static let organizationWord = WordClasses(rawValue: 1 << 3)
    /// ``EntityLexicon/functionWords``.
    static let functionWord = WordClasses(rawValue: 1 << 4)
    /// ``EntityLexicon/nationalities``.
    static let nationality = WordClasses(rawValue: 1 << 5)
    /// ``AttributionFinder/reportingVerbs``.
    static let reportingVerb = WordClasses(rawValue: 1 << 6)
    /// ``CountedThingReader/stopWords``.
    static let stopWord = WordClasses(rawValue: 1 << 7)
    /// ``CountedThingReader/verbs``.
    static let verb = WordClasses(rawValue: 1 << 8)
    /// ``CountedThingReader/outcomeParticiples``.
    static let outcomeParticiple = WordClasses(rawValue: 1 << 9)
    /// ``NumberWords/months`` (a key).
    static let month = WordClasses(rawValue: 1 << 10)
    /// A cardinal word: ``NumberWords/units`` or ``NumberWords/tens`` (a key).
    static let cardinal = WordClasses(rawValue: 1 << 11)
    /// What a number can start with in ``NumberParser/readSingle(_:at:)``: a word in ``NumberWords/openers`` or a
    /// currency prefix (`US$`, `A$`, `C$`), or a currency sign, a minus sign or a vulgar fraction.
    static let numberStart = WordClasses(rawValue: 1 << 12)
    /// ``PlaceReader/prepositions``.
    static let placePreposition = WordClasses(rawValue: 1 << 13)
    /// ``PeriodReader/comparisonWords``.
    static let comparisonWord = WordClasses(rawValue: 1 << 14)
    /// Words after `a`/`an` that make a number with it (``NumberWordReader``): `few`, `dozen`, a scale, a denominator.
    static let afterArticleNumber = WordClasses(rawValue: 1 << 15)
    /// Words that open a reporting cue other than the reporting verbs (``AttributionFinder``): `according`, `citing`, `quoting`.
    static let cueOpener = WordClasses(rawValue: 1 << 16)
    /// ``NameSpans/particles``.
    static let nameParticle = WordClasses(rawValue: 1 << 17)
    /// ``NameSpans/links``.
    static let nameLink = WordClasses(rawValue: 1 << 18)
    /// ``AttributionFinder/stanceVerbs``.
    static let stanceVerb = WordClasses(rawValue: 1 << 19)
    /// ``EntityLexicon/places`` (its one-word entries: a token or a word is never a phrase of several).
    static let place = WordClasses(rawValue: 1 << 20)
    /// ``AttributionFinder/sourceNouns``.
    static let sourceNoun = WordClasses(rawValue: 1 << 29)
    /// ``AttributionFinder/skippable``.
    static let skippable = WordClasses(rawValue: 1 << 30)
    /// ``AttributionFinder/clauseOpeners``.
    static let clauseOpener = WordClasses(rawValue: 1 << 31)
    /// ``AttributionFinder/pronouns``.
    static let pronoun = WordClasses(rawValue: 1 << 32)
    /// ``CategoryClassifier/killedWords``.
    static let killedWord = WordClasses(rawValue: 1 << 33)
    /// ``CategoryClassifier/injuredWords``.
    static let injuredWord = WordClasses(rawValue: 1 << 34)
    /// ``CategoryClassifier/casualtyWords``.
    static let casualtyWord = WordClasses(rawValue: 1 << 35)
    /// ``CategoryClassifier/displacedWords``.
    static let displacedWord = WordClasses(rawValue: 1 << 36)
    /// ``CategoryClassifier/attackWords``.
    static let attackWord = WordClasses(rawValue: 1 << 37)
    /// ``CategoryClassifier/militaryWords``.
    static let militaryWord = WordClasses(rawValue: 1 << 38)
    /// ``CategoryClassifier/lossWords``.
    static let lossWord = WordClasses(rawValue: 1 << 39)
    /// ``EntityLexicon/placeStarts``.
    static let placeStart = WordClasses(rawValue: 1 << 28)
    /// ``EntityLexicon/miscWords``.
    static let miscWord = WordClasses(rawValue: 1 << 21)
    /// ``EntityLexicon/compassWords``.
    static let compassWord = WordClasses(rawValue: 1 << 22)
    /// ``EntityLexicon/placeNameWords``.
    static let placeNameWord = WordClasses(rawValue: 1 << 23)
    /// ``EntityLexicon/placeNouns``.
    static let placeNoun = WordClasses(rawValue: 1 << 24)
    /// ``SpeakerHistory/personNouns``.
    static let personNoun = WordClasses(rawValue: 1 << 25)
    /// ``SpeakerHistory/bodies``.
    static let body = WordClasses(rawValue: 1 << 26)
    /// ``SpeakerHistory/links``.
    static let speakerLink = WordClasses(rawValue: 1 << 27)

    /// ``NumberWords/openers``: the words a number written in words starts with.
    static let numberWordOpener = WordClasses(rawValue: 1 << 40)
    /// ``NumberParser/currencyWords`` (a key).
    static let currencyWord = WordClasses(rawValue: 1 << 41)
    /// ``NumberWords/vagueMagnitudes`` (a key).
    static let vagueMagnitude = WordClasses(rawValue: 1 << 42)
    /// ``PeriodReader/openers``.
    static let periodOpener = WordClasses(rawValue: 1 << 43)

    /// The classes of a lower-cased word.
    static func of(_ lower: String) -> WordClasses { lookup.value(of: lower)?.classes ?? [] }

    /// The classes of a lower-cased word given as UTF-8 bytes.
    static func of(bytes: UnsafeBufferPointer<UInt8>) -> WordClasses { lookup.value(of: bytes)?.classes ?? [] }

    /// A word of the lists: its classes, and its spelling as a `String` made once (a token of a listed word takes this
    /// `spelling` rather than making a `String` of its own: the same value).
    struct ListedWord: Sendable {
        /// The lists the word is on.
        let classes: WordClasses
        /// The word, lower-cased as listed.
        let spelling: String
    }

    /// The words of all lists, for a reader that looks up many words in a row (``WordTokenizer``): it holds the table
    /// and calls `value(lowercasingASCII:hash:)` on it.
    static var lists: WordLookup<ListedWord> { lookup }

    private static let lookup = WordLookup(table.reduce(into: [String: ListedWord]()) { listed, entry in
        listed[entry.key] = ListedWord(classes: entry.value, spelling: entry.key)
    })

    /// The classes of each one-byte ASCII word (`-`, `$`, `a`, `5`), as ``of(bytes:)`` answers.
    private static let asciiClasses: [WordClasses] = (0..<128).map { byte in
        [UInt8(byte)].withUnsafeBufferPointer { of(bytes: $0) }
    }

    /// The classes of the one-byte ASCII word `byte` (below 128), as ``of(bytes:)`` answers.
    static func ofASCII(_ byte: UInt8) -> WordClasses { asciiClasses[Int(byte)] }

    /// Whether a listed word is made of digits, commas and periods only, as a number token is: when none is, a number
    /// token is in no list.
    static let hasNumberKey = table.keys.contains { key in
        key.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2C || $0 == 0x2E }
    }

    private static let table: [String: WordClasses] = {
        var table: [String: WordClasses] = [:]
        func add<S: Sequence>(_ words: S, _ word: WordClasses) where S.Element == String {
            for w in words { table[w, default: []].insert(word) }
        }
        add(EntityLexicon.titles, .title)
        add(EntityLexicon.commonWordTitles, .commonWordTitle)
        add(EntityLexicon.titleModifiers, .titleModifier)
        add(EntityLexicon.organizationWords, .organizationWord)
        add(EntityLexicon.functionWords, .functionWord)
        add(EntityLexicon.nationalities, .nationality)
        add(AttributionFinder.reportingVerbs, .reportingVerb)
        add(CountedThingReader.stopWords, .stopWord)
        add(CountedThingReader.verbs, .verb)
        add(CountedThingReader.outcomeParticiples, .outcomeParticiple)
        add(NumberWords.months.keys, .month)
        add(NumberWords.units.keys, .cardinal)
        add(NumberWords.tens.keys, .cardinal)
        add(NumberWords.openers, .numberStart)
        add(NumberWords.openers, .numberWordOpener)
        add(NumberParser.currencyWords.keys, .currencyWord)
        add(NumberWords.vagueMagnitudes.keys, .vagueMagnitude)
        add(PeriodReader.openers, .periodOpener)
        add(["us", "a", "c"], .numberStart)
        add(NumberParser.currencySigns.keys, .numberStart)
        add(NumberParser.vulgarFractions.keys, .numberStart)
        add(["-", "−"], .numberStart)
        add(PlaceReader.prepositions, .placePreposition)
        add(PeriodReader.comparisonWords, .comparisonWord)
        add(["few", "dozen"], .afterArticleNumber)
        add(["according", "citing", "quoting"], .cueOpener)
        add(NameSpans.particles, .nameParticle)
        add(NameSpans.links, .nameLink)
        add(AttributionFinder.stanceVerbs, .stanceVerb)
        add(NumberWords.scales.keys, .afterArticleNumber)
        add(NumberWords.denominators.keys, .afterArticleNumber)
        add(EntityLexicon.places, .place)
        add(EntityLexicon.placeStarts, .placeStart)
        add(AttributionFinder.sourceNouns, .sourceNoun)
        add(AttributionFinder.skippable, .skippable)
        add(AttributionFinder.clauseOpeners, .clauseOpener)
        add(AttributionFinder.pronouns, .pronoun)
        add(CategoryClassifier.killedWords, .killedWord)
        add(CategoryClassifier.injuredWords, .injuredWord)
        add(CategoryClassifier.casualtyWords, .casualtyWord)
        add(CategoryClassifier.displacedWords, .displacedWord)
        add(CategoryClassifier.attackWords, .attackWord)
        add(CategoryClassifier.militaryWords, .militaryWord)
        add(CategoryClassifier.lossWords, .lossWord)
        add(EntityLexicon.miscWords, .miscWord)
        add(EntityLexicon.compassWords, .compassWord)
        add(EntityLexicon.placeNameWords, .placeNameWord)
        add(EntityLexicon.placeNouns, .placeNoun)
        add(SpeakerHistory.personNouns, .personNoun)
        add(SpeakerHistory.bodies, .body)
        add(SpeakerHistory.links, .speakerLink)
        return table
    }()
}
