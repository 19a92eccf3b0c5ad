/// Finds who gives a figure and with which verb: `according to the U.N.`, `the Ukrainian Security Service claimed`,
/// `officials reported`, `reports indicate`, `data from X shows`, `…, officials said`, and `he said` resolved to the last
/// person named before.
struct AttributionFinder {
    static let reportingVerbs: Set<String> = [
        "said", "says", "say", "reported", "reports", "report", "claimed", "claims", "claim", "stated", "states",
        "verified", "verifies", "confirmed", "confirms", "announced", "announces", "estimated", "estimates", "estimate",
        "recorded", "records", "documented", "indicated", "indicates", "indicate", "told", "noted", "added", "wrote",
        "posted", "warned", "counted", "registered", "tallied", "show", "shows", "showed", "suggest", "suggests",
        "found", "finds", "put", "puts", "according", "alleged", "alleges", "tells", "acknowledged", "admitted",
        "insisted", "reporting", "saying", "claiming", "described", "believes", "believe", "projected", "projects",
        "raised", "revised", "updated", "lowered",
    ]
    /// Verbs that report a figure only when they change a count (`he raised the number of injured to 14`, `revised the
    /// death toll`), not otherwise (`raised taxes`).
    static let countRevisingVerbs: Set<String> = ["raised", "revised", "updated", "lowered"]
    static let skippable: Set<String> = [
        "also", "has", "have", "had", "previously", "later", "earlier", "separately", "further", "had", "then", "has",
        "itself", "themselves", "reportedly", "initially", "subsequently", "again", "recently",
    ]
    static let pronouns: Set<String> = ["he", "she", "they", "it"]
    static let firstPersonPronouns: Set<String> = ["we", "i"]
    /// Adjectives in -ed that belong to a source's name (`Hamas's armed wing`, `the U.N.-backed assessment`).
    static let sourceAdjectives: Set<String> = ["armed", "backed", "led", "allied", "united", "controlled", "affiliated"]
    static let dataNouns: Set<String> = ["data", "figures", "statistics", "numbers", "estimates", "tally", "count"]
    /// Words for documents that name no source of their own (`citing reports it had received`).
    static let unnamedDocuments: Set<String> = ["reports", "report", "data", "figures", "records", "testimony", "statistics", "estimates"]
    /// Documents that carry their author's figures (`a report published by the FAO`).
    static let documentNouns: Set<String> = ["report", "study", "survey", "analysis", "assessment", "statement", "review", "update"]
    /// Reporting verbs that are also nouns, read as nouns before another reporting verb (`reports indicate`).
    static let nounVerbs: Set<String> = ["reports", "report", "estimates", "estimate", "claims", "claim"]
    /// Participles whose subject is the sentence's subject (`The RSF denied the figure, saying it had lost 17 men`).
    static let participleVerbs: Set<String> = ["saying", "claiming", "reporting"]
    /// Words that can be a whole source by themselves (lower case).
    static let sourceNouns: Set<String> = [
        "officials", "official", "authorities", "reports", "report", "sources", "media", "police", "military", "army",
        "ministry", "government", "witnesses", "residents", "medics", "doctors", "rescuers", "monitors", "observers",
        "analysts", "experts", "diplomats", "spokesman", "spokeswoman", "spokesperson", "governor", "mayor", "force",
        "forces", "service", "agency", "office", "mission", "council", "command", "staff", "data", "statement",
        "investigators", "researchers", "estimates", "administration", "department", "organization", "organisation",
        "intelligence", "agencies", "ministries", "groups", "group", "monitor", "analysis", "survey", "census", "team",
        "figures", "statistics", "numbers", "records", "tallies", "tally", "count", "outlets", "channel", "broadcaster",
        "newspaper", "station", "spokesperson", "locals", "survivors", "volunteers", "activists", "navy", "guard",
        "organisers", "organizers", "paramedics", "hospital", "hospitals", "workers", "responders", "firefighters",
        "assessment", "study", "review", "investigation", "tracker", "monitors", "committee", "prosecutors",
        "man", "woman", "resident", "witness", "survivor", "doctor", "nurse", "medic", "father", "mother", "farmer",
        "rescuer", "paramedic", "volunteer", "activist", "villager", "source", "responder", "surgeon", "militia", "rebels",
        "insurgents", "militants", "television", "tv", "radio", "outlet", "website", "movement", "network", "fighter",
        "soldier", "officer", "commander", "member", "journalist", "reporter", "centre", "center", "bureau", "directorate",
        "services", "officers", "commanders", "soldiers", "fighters", "members", "journalists", "reporters", "wing",
        "uncle", "aunt", "brother", "sister", "son", "daughter", "relative", "relatives", "neighbour", "neighbor",
        "friend", "husband", "wife", "cousin", "grandfather", "grandmother", "parents", "teacher", "driver", "worker",
        "junta", "regime",
        "authority", "institute", "commission", "board", "coalition", "alliance", "union", "database", "project",
        "partners", "cluster", "families",
    ]

    /// Whether a source is named only by common source nouns (`Authorities`, `local officials`), not by a name.
    static func isGenericSource(_ who: String) -> Bool {
        let words = who.lowercased().split(separator: " ")
        return !words.isEmpty && words.allSatisfy { sourceNouns.contains(String($0)) || ["local", "some", "other", "two", "several"].contains($0) }
    }

    /// All reporting cues in a sentence, in order. A parenthesized acronym after a name (`The World Health Organization
    /// (WHO) reported`) is read past, as if it were not there; positions are the sentence's own token indices.
    func cues(in tokens: [WordToken], speakers: SpeakerHistory) -> [AttributionCue] {
        guard tokens.contains(where: { $0.isMark("(") }) else { return cues(inPlain: tokens, speakers: speakers) }
        var kept: [WordToken] = []
        var original: [Int] = []
        kept.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            if index > 0, AcronymReader.opensAcronym(tokens, at: index) {
                index += 3
                continue
            }
            kept.append(tokens[index])
            original.append(index)
            index += 1
        }
        guard kept.count < tokens.count else { return cues(inPlain: tokens, speakers: speakers) }
        var found = cues(inPlain: kept, speakers: speakers)
        for cue in found.indices { found[cue].position = original[found[cue].position] }
        return found
    }

    func cues(inPlain tokens: [WordToken], speakers: SpeakerHistory) -> [AttributionCue] {
        var cues: [AttributionCue] = []
        // The last figure or clause opener: a source clause closing the sentence stands after it (found once, so a
        // long sentence with many verbs is not scanned again for each).
        var lastBlocker: Int?
        func closes(_ verb: Int) -> Bool {
            if lastBlocker == nil {
                lastBlocker = tokens.lastIndex { $0.kind == .number || $0.is(.cardinal) || $0.is(.clauseOpener) } ?? -1
            }
            return verb > (lastBlocker ?? -1) && closesSentence(verb: verb, in: tokens)
        }
        var local = speakers
        var notedCues = 0
        for index in tokens.indices {
            // Only `according`, `citing`, `quoting` and reporting verbs open a cue (one bit test for all others, before
            // the token is copied).
            guard tokens[index].is(.reportingVerb) || tokens[index].is(.cueOpener) else { continue }
            let token = tokens[index]
            let word = token.lower
            if word == "according", index + 1 < tokens.count, tokens[index + 1].lower == "to" {
                if let who = phrase(after: sourceStart(index + 2, in: tokens), in: tokens) {
                    cues.append(AttributionCue(who: who, verb: "according to", position: index))
                }
                continue
            }
            // `citing the health ministry`, `quoting local officials`
            // (`citing its own database` cites no other source.)
            if word == "citing" || word == "quoting", index > 0, index + 1 < tokens.count,
               !["its", "their", "his", "her", "our"].contains(tokens[index + 1].lower),
               let who = phrase(after: sourceStart(index + 1, in: tokens), in: tokens, mustNameSource: true),
               !Self.unnamedDocuments.contains(String(who.split(separator: " ").first ?? "")) {
                cues.append(AttributionCue(who: who, verb: word, position: index)) // not `citing insecurity`, `citing reports`
                continue
            }
            // A capitalized verb inside a sentence is part of a name (`United States`, `Reports Without Borders`).
            guard token.is(.reportingVerb), word != "according", !(token.isCapitalized && index > 0) else { continue }
            if word.utf8.count >= 6, word.utf8.count <= 7, Self.countRevisingVerbs.contains(word),
               !tokens[(index + 1)..<min(tokens.count, index + 4)].contains(where: { CountedThingReader.countNouns.contains($0.lower) }) {
                continue
            }
            // (The next word first: most verbs have no reporting verb after them.)
            if index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].is(.reportingVerb),
               Self.nounVerbs.contains(word) {
                continue // a noun: `reports indicate`
            }
            // Passive: `were confirmed by the health ministry`, `described by the ministry as civilians`.
            if word.hasSuffix("ed"), index + 2 < tokens.count, tokens[index + 1].lower == "by",
               let who = phrase(after: index + 2, in: tokens, mustNameSource: true) {
                cues.append(AttributionCue(who: who, verb: word, position: index))
                continue
            }
            // The speakers with every cue found so far noted, in order: noted as they come, once each, which leaves the
            // history as noting them all again from `speakers` for each verb would.
            while notedCues < cues.count {
                local.noteSpeaker(cues[notedCues].who)
                notedCues += 1
            }
            // `The RSF denied the figure, saying it had lost only 17 men`: the subject of the sentence.
            if index > 0, tokens[index - 1].isMark(","), Self.participleVerbs.contains(word),
               let subject = sentenceSubject(in: tokens, before: index - 1) {
                // `He urged allies to send more air defence, saying Ukraine needed at least 10 more Patriot batteries`.
                let pronoun = subject.lowercased()
                if Self.pronouns.contains(pronoun) {
                    if let who = pronoun == "it" || pronoun == "they" ? local.lastOrganization : local.lastPerson {
                        cues.append(AttributionCue(who: who, verb: word, position: index, refersBack: true))
                    }
                    continue
                }
                cues.append(AttributionCue(who: subject, verb: word, position: index))
                continue
            }
            // `The RSF denied targeting civilians and said its forces had killed 120 soldiers`: the sentence's subject,
            // when a verb follows it.
            if index > 1, tokens[index - 1].lower == "and" || tokens[index - 1].lower == "but",
               subject(before: index, in: tokens, speakers: local) == nil,
               let opening = sentenceSubject(in: tokens, before: index - 1), !Self.pronouns.contains(opening.lowercased()),
               let verb = tokens.firstIndex(where: { $0.kind == .word && !$0.isCapitalized && !$0.is(.sourceNoun) }),
               tokens[verb].is(.stanceVerb) || tokens[verb].is(.reportingVerb) || tokens[verb].lower.hasSuffix("ed")
                || ["does", "did", "has", "had", "is", "was"].contains(tokens[verb].lower) {
                cues.append(AttributionCue(who: opening, verb: word, position: index))
                continue
            }
            if let subject = subject(before: index, in: tokens, speakers: local) {
                cues.append(AttributionCue(who: subject, verb: word, position: index,
                                           closesSentence: closes(index),
                                           inRelativeClause: inRelativeClause(verb: index, in: tokens),
                                           refersBack: subjectRefersBack(verb: index, in: tokens)))
            } else if index > 0, tokens[index - 1].isMark(",", "\"", "”", "’", "'") || index == tokens.count - 1,
                      let who = phrase(after: index + 1, in: tokens, mustNameSource: true) {
                cues.append(AttributionCue(who: who, verb: word, position: index, // `…, said the ministry`
                                           closesSentence: closes(index)))
            }
        }
        return cues
    }

    /// The speaker a sentence names after a quote without a reporting verb: `Those were the words of Dr. Mohammed Saqr,
    /// director of nursing at Nasser Hospital.`
    func wordsOf(in tokens: [WordToken]) -> AttributionCue? {
        guard tokens.count > 4, ["that", "those", "these", "this"].contains(tokens[0].lower),
              let words = tokens.prefix(6).firstIndex(where: { $0.lower == "words" }), words + 1 < tokens.count,
              tokens[words + 1].lower == "of" else { return nil }
        var start = words + 2
        while start < tokens.count, tokens[start].is(.title) || tokens[start].isMark(".") { start += 1 } // `Dr.`
        guard let who = phrase(after: start, in: tokens, mustNameSource: true) else { return nil }
        return AttributionCue(who: who, verb: "said", position: words)
    }

    /// Nouns for someone who speaks for a body, before their name is set off (`its emergency coordinator, Claire Nicolet`).
    static let roleNouns: Set<String> = ["spokesman", "spokeswoman", "spokesperson", "official", "coordinator", "representative"]

    /// Verbs by which a source takes a stand without giving a figure (`Maj. Gen. Zaw Min Tun denied that civilians were
    /// targeted`): their subject is the `he` of the next sentence.
    static let stanceVerbs: Set<String> = [
        "denied", "denies", "rejected", "rejects", "dismissed", "urged", "urges", "accused", "accuses", "blamed",
        "condemned", "called", "vowed", "welcomed", "disputed", "declined",
    ]

    /// The sources that take a stand in a sentence (see ``stanceVerbs``), in order.
    func stanceSubjects(in tokens: [WordToken], speakers: SpeakerHistory) -> [String] {
        var found: [String] = []
        for index in tokens.indices where tokens[index].is(.stanceVerb) && !tokens[index].isCapitalized {
            if let who = subject(before: index, in: tokens, speakers: speakers) { found.append(who) }
        }
        return found
    }

    /// The source opening a sentence (`The RSF denied …` → `RSF`), ending before its first lower-case word other than a
    /// source noun; nil when the opening names no source.
    func sentenceSubject(in tokens: [WordToken], before limit: Int) -> String? {
        var start = 0
        while start < limit, ["the", "a", "an"].contains(tokens[start].lower) { start += 1 }
        var end = start
        while end < limit, end - start < 8 {
            let token = tokens[end]
            let possessive = token.isMark("'", "’") && !token.spaceBefore
            guard token.kind == .word || possessive || (token.isMark("-") && !token.spaceBefore) else { break }
            if token.kind == .word, !token.isCapitalized, !token.is(.sourceNoun), !token.is(.nationality) { break }
            end += 1
        }
        guard end > start, end < limit, tokens[end].kind == .word, !tokens[end].isCapitalized else { return nil }
        let words = tokens[start..<end]
        guard let last = words.last, last.isCapitalized || last.is(.sourceNoun) else { return nil }
        return Self.text(words)
    }

    /// Words that open a clause inside a sentence rather than its closing source (`, which the army said`).
    static let clauseOpeners: Set<String> = [
        "which", "who", "whom", "whose", "where", "when", "while", "as", "but", "and", "although", "though", "after",
        "before", "because", "since", "if", "that", "whereas", "what",
    ]

    /// Whether the reporting verb at `verb` opens a relative clause (`48 hostages, of whom Israel believes around 20 are
    /// alive`): its source gives only what follows it.
    func inRelativeClause(verb: Int, in tokens: [WordToken]) -> Bool {
        var index = verb - 1
        while index >= 0, verb - index <= 5, !tokens[index].isMark(",") {
            if ["whom", "which"].contains(tokens[index].lower) { return true }
            index -= 1
        }
        return false
    }

    /// Whether the reporting verb at `verb` belongs to a source clause that closes the sentence: set off by a comma
    /// (`…, the spokesman told a briefing in Kinshasa.`, `…, said the ministry.`); the caller checks that no figure and
    /// no reported clause follows it.
    func closesSentence(verb: Int, in tokens: [WordToken]) -> Bool {
        var comma = verb - 1
        while comma >= 0, !tokens[comma].isMark(","), verb - comma <= 10 {
            if tokens[comma].kind == .number || tokens[comma].is(.cardinal) { return false }
            comma -= 1
        }
        guard comma > 0, tokens[comma].isMark(","), comma + 1 <= verb else { return false }
        return !(comma + 1 < verb && tokens[comma + 1].is(.clauseOpener))
    }

    /// Whether the subject of the verb at `verb` is a pronoun (`it had verified`) or `the`/`its` and one common source
    /// noun (`the mission had verified`, `its office recorded`).
    func subjectRefersBack(verb: Int, in tokens: [WordToken]) -> Bool {
        var index = verb - 1
        while index >= 0, tokens[index].is(.skippable) { index -= 1 }
        guard index >= 0 else { return false }
        let word = tokens[index]
        if word.is(.pronoun) { return true }
        return index > 0 && !word.isCapitalized && word.is(.sourceNoun)
            && ["the", "its", "their", "his", "her"].contains(tokens[index - 1].lower)
    }
}
