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
    ]
    /// Institutions of a state at war when the text names no other country (`the defence ministry`, `the governor`).
    static let stateInstitutions: [String] = [
        "ministry", "military", "army", "armed forces", "air force", "navy", "security service", "governor", "mayor",
        "regional administration", "military administration", "emergency service", "border guard", "general staff",
        "prosecutor", "government", "minister", "authorities", "rebel", "militia", "militant", "insurgent", "paramilitary",
    ]
    /// Titles of state officials, a party when no other country is named (`Kharkiv Mayor Ihor Terekhov`).
    static let stateTitles: [String] = [
        "mayor", "governor", "minister", "military administration", "head of the", "fighter", "rebel", "militant",
        "commander", "soldier", "anti-coup", "resistance", "insurgent", "militia",
    ]
    /// Words that show a source is not a party (`U.S. officials`, `the U.N.`, `British defence ministry`).
    static let neutralMarkers: [String] = [
        "u.s.", "american", "british", "u.k.", "german", "french", "u.n.", "united nations", " un ", "ohchr", "ocha",
        "unicef", "unhcr", " who ", "red cross", "amnesty", "human rights watch", "european", " eu ", "nato", "iaea",
        "white house", "pentagon", "state department", "polish", "turkish", "qatari", "egyptian", "chinese",
    ]
    /// Wording that a figure could not be checked.
    static let unverifiable: [String] = [
        "could not independently verify", "could not be independently verified", "not independently verified",
        "independent verification", "could not verify", "could not be verified", "cannot be verified", "unverified",
        "not possible to verify", "impossible to verify", "unable to verify", "unable to independently verify",
        "has not been verified", "have not been verified", "could not confirm", "could not be confirmed",
    ]
    private static let verifyingVerbs: Set<String> = ["verified", "confirmed", "documented", "verifies", "confirms"]

    /// Whether a text (a figure's sentence and the next) says its figures could not be checked.
    static func saysUnverifiable(_ text: String) -> Bool {
        TextSearch.containsAny(unverifiable, in: text.lowercased())
    }

    /// The verification of a figure with the given attribution, `unverifiable` when its sentence or the next says the
    /// figure could not be checked.
    mutating func verification(of attribution: Statistic.Attribution?, unverifiable: Bool, descriptors: @autoclosure () -> [String]) -> Statistic.Verification {
        if unverifiable { return .claimed }
        guard let attribution else { return .unattributed }
        let party: Bool
        if let known = partyCache[attribution.who] {
            party = known
        } else {
            party = isParty(attribution.who, descriptors: descriptors())
            partyCache[attribution.who] = party
        }
        if party { return .claimed }
        if Self.verifyingVerbs.contains(attribution.verb) { return .verified }
        return .reported
    }

    /// Whether a source is a party to the conflict: named with a party marker (directly or where the text first
    /// introduced the name), or a state institution named without another country.
    func isParty(_ who: String, descriptors: @autoclosure () -> [String]) -> Bool {
        let lower = " " + TextSearch.lowercasedStraight(who) + " "
        if TextSearch.containsAny(Self.neutralMarkers, in: lower) { return false }
        if TextSearch.containsAny(Self.partyMarkers, in: lower) { return true }
        let described = descriptors().map { $0.lowercased() } // only now: most sources are judged by their own words
        if described.contains(where: { text in
            !TextSearch.containsAny(Self.neutralMarkers, in: text)
                && (TextSearch.containsAny(Self.partyMarkers, in: text) || TextSearch.containsAny(Self.stateTitles, in: text))
        }) { return true }
        return TextSearch.containsAny(Self.stateInstitutions, in: lower)
    }
}
