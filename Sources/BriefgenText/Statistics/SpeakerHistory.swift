/// The people and organizations named so far in an article, for resolving `he said` and `it said`.
///
/// A person who was quoted as a source in the last two sentences wins over a person merely named since
/// (`Eight drones were downed, its governor said. Russian attacks killed one person, he said.`).
struct SpeakerHistory {
    /// The last person named before the current point.
    private(set) var lastNamedPerson: String?
    /// The last person (or titled office) given as a source, and how many sentences ago.
    private var lastSpeaker: (who: String, age: Int)?
    /// The last organization named or given as a source.
    private(set) var lastOrganization: String?
    /// People named so far.
    private(set) var knownPeople: Set<String> = []

    /// Who `he` or `she` most likely is.
    var lastPerson: String? {
        if let lastSpeaker, lastSpeaker.age <= 2 { return lastSpeaker.who }
        return lastNamedPerson ?? lastSpeaker?.who
    }

    /// Moves on to the next sentence.
    mutating func nextSentence() {
        if let speaker = lastSpeaker { lastSpeaker = (speaker.who, speaker.age + 1) }
    }

    /// Nouns for one person who can be `he` or `she` later.
    static let personNouns: Set<String> = [
        "man", "woman", "resident", "witness", "survivor", "doctor", "nurse", "medic", "official", "worker", "member",
        "fighter", "soldier", "officer", "source", "volunteer", "activist", "villager", "farmer", "father", "mother",
        "journalist", "reporter", "surgeon", "paramedic", "rescuer", "teacher", "driver", "spokesman", "spokeswoman",
        "spokesperson", "commander", "researcher", "analyst", "diplomat", "lawmaker", "leader", "elder", "chief",
    ]
    /// Nouns for bodies that are no organization word of the entity recognizer (`National Unity Government`).
    static let bodies: Set<String> = [
        "government", "junta", "regime", "movement", "front", "alliance", "coalition", "militia", "ministry", "media",
        "army", "military", "authorities", "administration", "commission", "centre", "center", "observatory",
    ]
    /// Words after a source's head noun that start what it is a part of (`member of a local resistance group`).
    static let links: Set<String> = ["of", "for", "at", "in", "with", "from", "on"]

    /// Notes the source of a reporting cue: a named person or a titled office (`its governor`), or one person described
    /// by a noun (`a relief worker`, `a member of a local resistance group`), becomes `he`/`she`; any other source
    /// (`Ukraine's General Staff`, `Democratic Voice of Burma`) becomes `it`.
    mutating func noteSpeaker(_ who: String) {
        let person: Bool
        if let known = kinds[who] {
            person = known
        } else {
            person = isPersonUnsorted(who) // (`isPerson` would look `who` up in `kinds` again, in vain)
            kinds[who] = person // an article names its few sources again and again
        }
        if person { lastSpeaker = (who, 0) } else { lastOrganization = who }
    }

    /// Sources already sorted into people (true) and organizations (false).
    private var kinds: [String: Bool] = [:]

    /// Whether a source is one person (`Oleh Syniehubov`, `its governor`, `a relief worker`) rather than an organization.
    func isPerson(_ who: String) -> Bool {
        if let known = kinds[who] { return known }
        return isPersonUnsorted(who)
    }

    /// ``isPerson(_:)`` of a source not in `kinds`.
    private func isPersonUnsorted(_ who: String) -> Bool {
        knownPeople.contains(who) || (Self.isPersonASCII(who) ?? Self.isPersonByWords(who))
    }

    /// Whether a source is one person by its own words (``isPerson(_:)`` before the people named so far), for any text;
    /// ``isPersonASCII(_:)`` answers the same on ASCII bytes.
    static func isPersonByWords(_ who: String) -> Bool {
        let words = who.lowercased().split(separator: " ").map(String.init)
        // The head noun: the word before the first link (`member` in `member of a local resistance group`).
        let head = words.firstIndex(where: { links.contains($0) }).map { $0 > 0 ? words[$0 - 1] : "" } ?? (words.last ?? "")
        if personNouns.contains(head) || EntityLexicon.titles.contains(head) { return true }
        // `Sudan's foreign minister Ali Youssef`, not `Ukraine's General Staff`.
        if words.contains(where: { EntityLexicon.titles.contains($0) }) { return !EntityLexicon.organizationWords.contains(head) }
        guard let last = who.split(separator: " ").last, last.first?.isUppercase == true else { return false }
        // A name with an organization word, a place or a link is no person's (`Democratic Voice of Burma`, `National
        // Unity Government`).
        return !words.contains { EntityLexicon.organizationWords.contains($0) || EntityLexicon.places.contains($0) || bodies.contains($0) }
            && !words.dropLast().contains { links.contains($0) }
    }

    /// Notes the entities of one sentence, in order.
    mutating func note(_ entities: [Entity]) {
        for entity in entities {
            switch entity.type {
            case .person:
                lastNamedPerson = entity.text
                if knownPeople.insert(entity.text).inserted, kinds[entity.text] == false { kinds[entity.text] = nil }
            case .organization: lastOrganization = entity.text
            default: continue
            }
        }
    }
}
