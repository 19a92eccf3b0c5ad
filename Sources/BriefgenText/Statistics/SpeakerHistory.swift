/// The people and organizations named so far in an article, for resolving `he said` and `it said`.
struct SpeakerHistory {
    /// The last person named before the current point.
    var lastPerson: String?
    /// The last organization named before the current point.
    var lastOrganization: String?

    /// Notes the source of a reporting cue: a named person or a titled office (`its governor`) becomes `he`/`she`.
    mutating func noteSpeaker(_ who: String) {
        let words = who.lowercased().split(separator: " ").map(String.init)
        if words.contains(where: { EntityLexicon.titles.contains($0) }) || knownPeople.contains(who) {
            lastPerson = who
        } else if let last = who.split(separator: " ").last, last.first?.isUppercase == true, !words.contains(where: {
            EntityLexicon.organizationWords.contains($0) || EntityLexicon.places.contains($0) }) {
            lastPerson = who
        } else {
            lastOrganization = who
        }
    }

    /// People named so far.
    private(set) var knownPeople: Set<String> = []

    /// Notes the entities of one sentence, in order.
    mutating func note(_ entities: [Entity]) {
        for entity in entities {
            switch entity.type {
            case .person:
                lastPerson = entity.text
                knownPeople.insert(entity.text)
            case .organization: lastOrganization = entity.text
            default: continue
            }
        }
    }
}
