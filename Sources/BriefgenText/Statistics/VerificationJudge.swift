import Foundation

/// Decides how sure a figure is from its attribution and the wording around it:
/// `claimed` when the source is a party to the conflict (its government, military, ministries, officials, leaders) or when
/// the text says the figure could not be independently verified; `verified` when the source says it verified or confirmed
/// it; `reported` for any other source (media, reports, international organizations, unnamed officials); `unattributed`
/// when nothing says who gives it.
struct VerificationJudge {
    /// Answers already given for a source in this article.
    private var partyCache: [String: Bool] = [:]

    /// Words that mark a party to a conflict briefgen's users follow (nationalities, capitals, armed groups, leaders).
    static let partyMarkers: [String] = [
        "ukrain", "russia", "kremlin", "kyiv", "kiev", "moscow", "zelensk", "putin", "peskov", "lavrov", "shoigu",
        "belousov", "gerasimov", "syrskyi", "zaluzhnyi", "budanov", "yermak", "shmyhal", "svyrydenko", "kuleba", "sybiha",
        "israel", "idf", "netanyahu", "gallant", "katz", "hamas", "hezbollah", "houthi", "gaza health", "palestinian",
        "sudanese armed", "sudan's army", "burhan", "rapid support", "rsf", "dagalo", "hemedti", "sbu", "fsb", "tass",
        "ria novosti", "ukrinform", "general staff", "donetsk people", "luhansk people", "m23", "wagner", "al-shabab",
        "al shabaab", "al-shabaab", "jnim", "nusrat al-islam", "islamic state", "al qaeda", "al-qaeda", "arakan army",
        "tatmadaw", "allied democratic forces",
    ]
    /// Institutions of a state at war when the text names no other country (`the defence ministry`, `the governor`).
    static let stateInstitutions: [String] = [
        "ministry", "military", "army", "armed forces", "air force", "navy", "security service", "governor", "mayor",
        "regional administration", "military administration", "emergency service", "border guard", "general staff",
        "prosecutor", "government", "minister", "authorities", "rebel", "militia", "militant", "insurgent", "paramilitary",
        "civil defence", "civil defense", "junta", "city council", "municipal", "municipality", "city hall",
        "regional council", "village council", "local council", "city administration", "district administration",
        "local administration", "oblast administration", "police", " forces", "brigades",
    ]
    /// Titles of state officials, a party when no other country is named (`Kharkiv Mayor Ihor Terekhov`).
    static let stateTitles: [String] = [
        "mayor", "governor", "minister", "military administration", "head of the", " fighter", "rebel", "militant",
        "commander", "soldier", "anti-coup", "resistance", "insurgent", "militia", "colonel", "lieutenant", "sergeant",
        "captain", "brigadier", "junta", "gov .", "gov.",
    ]
    /// Words for someone who fights, as a source in their own words (the leading space keeps out `firefighter`).
    static let combatants: [String] = [
        " fighter", " rebel", " militant", " commander", " soldier", " anti-coup", " resistance", " insurgent", " militia",
        " colonel", " lieutenant", " sergeant", " brigadier", " combatant", " guerrilla", " col.", " lt.", " maj.",
        " brig.", " sgt.", " capt.", " liberation", "people's defense", "people's defence",
    ]
    /// Nouns for someone who speaks for an institution (`a spokesman for the opposition National Unity Government`).
    static let spokespeople: [String] = ["spokes", "official", "adviser", "advisor", "aide", "press secretary"]
    /// Nouns for the press: a nationality alone (`Israeli media`) does not make it a party's voice.
    static let mediaNouns: Set<String> = ["media", "outlets", "press", "newspapers", "journalists", "reporters", "reports"]
    /// Words in the names of newspapers and news sites (`The Times of Israel`, `the Kyiv Independent`, `Ukrainska Pravda`).
    static let newspaperNames: [String] = [
        "times of", " post ", " independent ", "pravda", "haaretz", " herald ", " gazette ", " tribune ", " journal ",
        " daily ",
    ]
    /// State outlets of a party, named without saying so (`TASS`, `RIA Novosti`, `Al-Masirah`).
    static let stateOutlets: [String] = ["tass", "ria ", "sputnik", "masirah", "rt ", "saba", "irna", "wam"]
    /// Armed movements whose media speak for them (`Houthi media`), unlike a country's press.
    static let armedGroups: [String] = ["houthi", "hamas", "hezbollah", "rsf", "rapid support", "m23", "wagner", "al-shabab", "taliban"]
    /// Words that make a medium a party's voice (`state media`, `the junta-controlled newspaper`, `Houthi-run TV`).
    static let controlledMedia: [String] = ["state", "-run", "controlled", "-owned", "-affiliated", "official", "junta"]
    /// Words that show a source is not a party (`U.S. officials`, `the U.N.`, `British defence ministry`).
    static let neutralMarkers: [String] = [
        "u.s.", "american", "british", "u.k.", "german", "french", "u.n.", "united nations", " un ", "ohchr", "ocha",
        "unicef", "unhcr", " who ", "red cross", "amnesty", "human rights watch", "european", " eu ", "nato", "iaea",
        "white house", "pentagon", "state department", " polish ", "turkish", "qatari", "egyptian", "chinese",
        "red crescent",
    ]
    /// Countries that are no party to the wars briefgen's users follow, as the subject of a sentence (`Germany will
    /// provide …, Defence Minister Boris Pistorius said`): an untyped minister there is that country's.
    static let neutralCountries: [String] = [
        "germany", "britain", "united kingdom", "france", "united states", "poland", "canada", "japan", "italy",
        "netherlands", "norway", "sweden", "denmark", "finland", "australia", "turkey", "qatar", "egypt", "china",
        "spain", "belgium", "switzerland", "austria", "czech", "lithuania", "latvia", "estonia", "south korea",
        "european union", "nato", "u.s.", "u.k.", "washington", "london", "berlin", "paris",
    ]

    // The lists above as needle sets, for one pass over a source per list.
    private static let unverifiableSet = NeedleSet(unverifiable)
    private static let checkableSet = NeedleSet(checkable)
    private static let neutralMarkersSet = NeedleSet(neutralMarkers)
    private static let neutralCountriesSet = NeedleSet(neutralCountries)
    private static let newspaperNamesSet = NeedleSet(newspaperNames)
    private static let controlledMediaSet = NeedleSet(controlledMedia)
    private static let armedGroupsSet = NeedleSet(armedGroups)
    private static let stateOutletsSet = NeedleSet(stateOutlets)
    private static let partyMarkersSet = NeedleSet(partyMarkers)
    private static let combatantsSet = NeedleSet(combatants)
    private static let stateTitlesSet = NeedleSet(stateTitles)
    private static let spokespeopleSet = NeedleSet(spokespeople)
    private static let stateInstitutionsSet = NeedleSet(stateInstitutions)
    private static let negationsSet = NeedleSet(["neither", "none of"])

    /// What the sentence around a figure says about its source.
    struct Context {
        /// The source speaks of its own forces (`U.S. Central Command said its forces had struck …`): a combatant.
        var ownForces = false
        /// The sentence opens with a neutral country as its subject (`Germany will provide …`).
        var neutralSubject = false
        /// The source is named by a common noun that refers back (`according to the group`): judged by the text.
        var anaphoric = false
        /// The speaker says in their own words that they checked the figure (`“We were able to verify …,” said …`).
        var vouched = false
    }
    /// Wording that a figure could not be checked.
    static let unverifiable: [String] = [
        "could not independently verify", "could not be independently verified", "not independently verified",
        "independent verification", "could not verify", "could not be verified", "cannot be verified", "unverified",
        "not possible to verify", "impossible to verify", "unable to verify", "unable to independently verify",
        "has not been verified", "have not been verified", "could not confirm", "could not be confirmed",
    ]
    private static let verifyingVerbs: Set<String> = ["verified", "confirmed", "documented", "verifies", "confirms"]

    /// ``saysUnverifiable(_:)`` of `text.substring(start, end)`, read in place: plain text (see
    /// ``TextSearch/isPlain(_:)``) lower-cases byte for byte, as `lowercased()` does, into scratch space.
    static func saysUnverifiable(_ text: ScalarText, _ start: Int, _ end: Int) -> Bool {
        let plain: Bool? = text.withUTF8(start, end) { bytes in
            guard TextSearch.isPlain(bytes) else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { scratch in
                for index in 0..<bytes.count {
                    let byte = bytes[index]
                    scratch[index] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                }
                let lower = UnsafeBufferPointer(rebasing: scratch[0..<bytes.count])
                if unverifiableSet.occurs(in: lower) { return true }
                return negationsSet.occurs(in: lower) && checkableSet.occurs(in: lower)
            }
        }
        return plain ?? saysUnverifiable(text.substring(start, end))
    }

    /// Whether a text (a figure's sentence and the next) says its figures could not be checked.
    static func saysUnverifiable(_ text: String) -> Bool {
        let lower = text.lowercased()
        if TextSearch.containsAny(unverifiableSet, in: lower) { return true }
        // `Neither claim could be independently confirmed.`
        return TextSearch.containsAny(negationsSet, in: lower) && TextSearch.containsAny(checkableSet, in: lower)
    }

    /// Wording that a figure could be checked, negated by `neither` or `none of` before it.
    static let checkable: [String] = ["could be independently verified", "could be independently confirmed", "could be verified", "could be confirmed"]

    /// The verification of a figure with the given attribution, `unverifiable` when its sentence or the next says the
    /// figure could not be checked.
    mutating func verification(of attribution: Statistic.Attribution?, unverifiable: Bool, descriptors: @autoclosure () -> [String],
                               context: Context = Context()) -> Statistic.Verification {
        if unverifiable { return .claimed }
        guard let attribution else { return .unattributed }
        let party: Bool
        if context.neutralSubject || context.anaphoric {
            party = isParty(attribution.who, descriptors: descriptors(), neutralSubject: context.neutralSubject)
        } else if let known = partyCache[attribution.who] {
            party = known
        } else {
            party = isParty(attribution.who, descriptors: descriptors())
            partyCache[attribution.who] = party
        }
        if party || context.ownForces { return .claimed }
        if Self.verifyingVerbs.contains(attribution.verb) || context.vouched { return .verified }
        return .reported
    }

    /// Whether a source is a party to the conflict: named with a party marker (directly or where the text first
    /// introduced the name), or a state institution named without another country.
    func isParty(_ who: String, descriptors: @autoclosure () -> [String], neutralSubject: Bool = false) -> Bool {
        let lower = " " + TextSearch.lowercasedStraight(who) + " "
        // `Britain's defence ministry`, `Germany's foreign office`: a country that is no party.
        if TextSearch.containsAny(Self.neutralMarkersSet, in: lower) || TextSearch.containsAny(Self.neutralCountriesSet, in: lower) { return false }
        // `Israeli media`, `Ukrainian outlets`: the press of a country at war is not its government; `state media`,
        // `the junta-controlled newspaper`, `the Houthis' Al-Masirah TV` are.
        let press = TextSearch.lastWord(of: lower).map { Self.mediaNouns.contains($0) } == true
            || TextSearch.containsAny(Self.newspaperNamesSet, in: lower) // `The Times of Israel`, `the Kyiv Independent`
        if press, !TextSearch.containsAny(Self.controlledMediaSet, in: lower), !TextSearch.containsAny(Self.armedGroupsSet, in: lower),
           !TextSearch.containsAny(Self.stateOutletsSet, in: lower) { return false }
        if TextSearch.containsAny(Self.partyMarkersSet, in: lower) { return true }
        if TextSearch.containsAny(Self.combatantsSet, in: lower) { return true } // `a resistance fighter`, `the commander`
        if neutralSubject { return false }
        let described = descriptors().map { " " + TextSearch.lowercasedStraight($0) + " " } // only now: most sources are judged by their own words
        if described.contains(where: { text in
            !TextSearch.containsAny(Self.neutralMarkersSet, in: text)
                && (TextSearch.containsAny(Self.partyMarkersSet, in: text) || TextSearch.containsAny(Self.stateTitlesSet, in: text)
                    || (TextSearch.containsAny(Self.spokespeopleSet, in: text) && TextSearch.containsAny(Self.stateInstitutionsSet, in: text)))
        }) { return true }
        return TextSearch.containsAny(Self.stateInstitutionsSet, in: lower)
    }

    /// Whether a sentence opens with a neutral country as its subject, followed by its verb (`Germany will provide`,
    /// `The United States has sent`), not by a noun (`U.S. strikes killed`).
    static func opensWithNeutralCountry(_ tokens: [WordToken]) -> Bool {
        var index = 0
        if index < tokens.count, tokens[index].lower == "the" { index += 1 }
        var name: [String] = []
        while index < tokens.count, tokens[index].isCapitalized, name.count < 3 {
            name.append(tokens[index].lower)
            index += 1
        }
        guard !name.isEmpty, index < tokens.count, tokens[index].kind == .word, !tokens[index].isCapitalized else { return false }
        let verb = tokens[index]
        guard verb.is(.verb) || verb.lower.hasSuffix("ed") || ["will", "plans", "pledges", "promised", "says", "said"].contains(verb.lower)
        else { return false }
        let joined = name.joined(separator: " ")
        return neutralCountries.contains(joined)
    }
}
