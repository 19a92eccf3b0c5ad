/// Sources named elsewhere in the paragraph: acronyms, `the statement`, and a quote whose speaker the next sentence names.
extension StatisticExtractor {
    /// Documents a source issues, which say what their issuer says (`…, the statement said`).
    private static let issuedDocuments: Set<String> = ["statement", "communique", "communiqué", "press release"]

    /// A cue with its source named: `According to MoH` after `the Ministry of Health (MoH)` → `Ministry of Health (MoH)`;
    /// `the statement said` → the source named last (within two sentences), who issued it.
    func resolved(_ cue: AttributionCue, acronyms: [String: String], lastSource: String?) -> AttributionCue {
        // Most sources are names: a capitalized source is a document or a body's common noun only as an acronym.
        guard let first = cue.who.unicodeScalars.first, !acronyms.isEmpty || !WordTokenizer.isUpper(first) else { return cue }
        var named = cue
        if !acronyms.isEmpty, let name = acronyms[cue.who] {
            named.who = name + " (" + cue.who + ")"
        } else if let lastSource, Self.endsWithAny(cue.who, Self.issuedDocuments), Self.issuedDocuments.contains(cue.who.lowercased()) {
            named.who = lastSource
        } else if let lastSource, Self.endsWithAny(cue.who, Self.institutionNouns), !cue.who.contains(" "),
                  Self.isAcronym(lastSource) || TextSearch.lowercasedStraight(lastSource).contains(cue.who) {
            named.who = lastSource // `the agency warned` after `UNHCR said` or `the U.N. refugee agency said`
        } else if let lastSource, Self.endsWithAny(cue.who, Self.bodyNouns), lastSource.first?.isUppercase == true,
                  Self.refersToNamedBody(cue.who) {
            named.who = lastSource // `the rights group said` after `Amnesty International said`
        }
        return named
    }

    /// The speaker of a sentence that is a quote, named in the next sentence: the source after the quote closes there
    /// (`“Rescuers are working through the night.` `There are children among the injured,” he said.`), or the first
    /// source of the next sentence after a whole quote (`“Our teams treated 340 patients in a week.”` `That was how
    /// Patrick Youssef described the situation.`).
    func quoteSpeaker(opening tokens: [WordToken], next: [WordToken], speakers: SpeakerHistory) -> AttributionCue? {
        guard let first = tokens.first, Self.opensQuote(first),
              let nextFirst = next.first, !Self.opensQuote(nextFirst) else { return nil }
        let closed = tokens.dropFirst().contains { $0.isMark("”", "\"") }
        let cues = AttributionFinder().cues(in: next, speakers: speakers)
        guard !closed, let closing = next.firstIndex(where: { $0.isMark("”", "\"") }) else {
            return cues.first ?? AttributionFinder().wordsOf(in: next)
        }
        return cues.first { $0.position > closing }
    }

    /// Common nouns for a body a text named before (`the group`, `the rights group`, `the aid organisation`).
    private static let bodyNouns: Set<String> = ["group", "organisation", "organization", "charity", "monitor", "watchdog"]

    /// Whether a source is a common noun for a body, with at most one modifier, all in lower case (`rights group`).
    private static func refersToNamedBody(_ who: String) -> Bool {
        let words = who.split(separator: " ")
        guard (1...3).contains(words.count), let last = words.last, bodyNouns.contains(String(last)) else { return false }
        return words.allSatisfy { $0.first?.isLowercase == true }
    }

    /// Nouns for an institution a text named before, by its name or its acronym (`the agency`, `the office`).
    private static let institutionNouns: Set<String> = [
        "agency", "office", "mission", "commission", "programme", "program", "service", "ministry", "administration",
        "council", "committee", "observatory",
    ]

    /// Whether a source is an acronym alone (`UNHCR`, `OCHA`).
    private static func isAcronym(_ who: String) -> Bool {
        who.utf8.count >= 2 && who.utf8.count <= 8 && who.utf8.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x2E }
    }

    /// Whether a source ends with one of `words` (a byte test before any lower-casing or splitting).
    private static func endsWithAny(_ who: String, _ words: Set<String>) -> Bool {
        var who = who
        return who.withUTF8 { bytes in
            words.contains { word in
                var word = word
                return word.withUTF8 { suffix in
                    guard suffix.count <= bytes.count else { return false }
                    let start = bytes.count - suffix.count
                    for offset in 0..<suffix.count where bytes[start + offset] != suffix[offset] { return false }
                    return true
                }
            }
        }
    }

    /// Quotation marks that open a quote.
    static let openingQuotes: Set<String> = ["“", "\"", "«"]

    /// Whether a token is one of ``openingQuotes``, as `openingQuotes.contains(token.text)` answers (see
    /// ``WordToken/isMark(_:)``).
    static func opensQuote(_ token: WordToken) -> Bool { token.isMark("“", "\"", "«") }

    /// Roles a text names again with `the` once it has named whose they are (`a spokesman for the Arakan Army`).
    private static let roles: [String] = ["spokesman", "spokeswoman", "spokesperson", "official", "commander", "administrator"]

    /// The source named before whose role a person is given with `the` (`Khine Thu Kha, the spokesman, said` after `…, a
    /// spokesman for the Arakan Army said`): `spokesperson for` that source, so the person is judged by whom they speak for.
    /// Also `Mahmoud Bassal, the agency's spokesman` or `the administration's head Tymur Tkachenko` after `Gaza's civil
    /// defence agency said` or `Kyiv's military administration said`: the body whose role it is.
    static func roleAntecedent(of who: String, described: [String], lastSource: String?) -> [String] {
        guard let lastSource, lastSource != who else { return [] }
        let source = TextSearch.lowercasedStraight(lastSource)
        for descriptor in [who] + described {
            let lower = TextSearch.lowercasedStraight(descriptor)
            // Byte searches first: most descriptors name no role.
            if TextSearch.containsAny(definiteRoles, in: lower),
               roles.contains(where: { lower.contains("the " + $0) && source.contains($0) }) {
                return ["spokesperson for " + lastSource]
            }
            // `A spokesperson for the group, Mohamed Elmaouloud Ramadane, said` after the group was named.
            if TextSearch.containsAny(forTheBody, in: lower) { return ["spokesperson for " + lastSource] }
            guard TextSearch.containsAny(possessiveRoles, in: lower) else { continue }
            for role in roles + ["head", "chief", "director"] {
                guard let range = lower.range(of: "'s " + role) else { continue }
                if let body = lower[..<range.lowerBound].split(separator: " ").last, body.count > 2, source.contains(body) {
                    return ["spokesperson for " + lastSource]
                }
            }
        }
        return []
    }

    /// `the spokesman`, `the official`… and `'s spokesman`, `'s head`… as written in a descriptor.
    private static let definiteRoles: [String] = roles.map { "the " + $0 }
    private static let possessiveRoles: [String] = (roles + ["head", "chief", "director"]).map { "'s " + $0 }
    /// `for the group`, `for the agency`…: whom a role named with a common noun speaks for.
    private static let forTheBody: [String] = ["group", "movement", "militia", "organisation", "organization", "agency", "ministry", "army"]
        .map { "for the " + $0 }

    /// Countries' words for their own forces, with the words that name the country's institutions as sources.
    private static let nations: [(sources: [String], forces: [String])] = [
        (["pentagon", "u.s.", "united states", "american", "central command", "centcom", "white house"], ["u.s.", "american"]),
        (["turkey", "turkish", "ankara"], ["turkish"]), (["britain", "british", "u.k."], ["british", "u.k."]),
        (["france", "french"], ["french"]), (["egypt", "egyptian"], ["egyptian"]), (["jordan", "jordanian"], ["jordanian"]),
    ]
    /// Nouns for armed forces after a country's word (`U.S. forces`, `Turkish warplanes`).
    private static let nationalForceNouns: Set<String> = [
        "forces", "troops", "warplanes", "jets", "aircraft", "military", "navy", "drones", "strikes", "airstrikes", "soldiers",
        "warships", "army",
    ]

    /// Whether a source of a country no party to the wars briefgen follows tells of its own country's forces in action in
    /// the sentence (`the Pentagon said U.S. forces had struck 7 militia sites`, `Turkish warplanes struck 31 targets,
    /// Turkey's Defence Ministry said`): in that fight, it is a party.
    static func speaksOfNationalForces(_ tokens: [WordToken], source: String) -> Bool {
        // Most sentences name no country's forces: look for a capitalized word before a force noun first.
        let named = (0..<max(0, tokens.count - 1)).filter { index in
            tokens[index].isCapitalized && index + 1 < tokens.count && !tokens[index + 1].isCapitalized
                && tokens[index + 1].kind == .word && nationalForceNouns.contains(tokens[index + 1].lower)
        }
        guard !named.isEmpty else { return false }
        let lower = " " + TextSearch.lowercasedStraight(source) + " "
        guard let nation = nations.first(where: { TextSearch.containsAny($0.sources, in: lower) }) else { return false }
        return named.contains { nation.forces.contains(tokens[$0].lower) }
    }

    /// Whether the speaker says, in their own words before the figure, that they checked it (`“We were able to verify the
    /// identities of 58 of the dead,” said …`, `“I have confirmed 12 deaths,” …`): `we` or `I`, then within four words a
    /// verb of checking.
    static func speakerVouches(_ tokens: [WordToken], before end: Int) -> Bool {
        for index in 0..<end where tokens[index].kind == .word && tokens[index].lower.utf8.count <= 2
            && (tokens[index].lower == "we" || tokens[index].lower == "i") {
            for next in (index + 1)..<min(end, index + 5) {
                let word = tokens[next].lower
                if TextSearch.hasPrefix(word, "verif") || TextSearch.hasPrefix(word, "confirm")
                    || TextSearch.hasPrefix(word, "document") { return true }
            }
        }
        return false
    }
}
