/// The people and organizations named so far in an article, for resolving `he said` and `it said`.
struct SpeakerHistory {
    /// The last person named before the current point.
    var lastPerson: String?
    /// The last organization named before the current point.
    var lastOrganization: String?

    /// Notes the entities of one sentence, in order.
    mutating func note(_ entities: [Entity]) {
        for entity in entities {
            switch entity.type {
            case .person: lastPerson = entity.text
            case .organization: lastOrganization = entity.text
            default: continue
            }
        }
    }
}
