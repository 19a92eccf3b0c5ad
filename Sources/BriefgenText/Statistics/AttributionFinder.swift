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
    private static let countRevisingVerbs: Set<String> = ["raised", "revised", "updated", "lowered"]
    private static let skippable: Set<String> = [
        "also", "has", "have", "had", "previously", "later", "earlier", "separately", "further", "had", "then", "has",
        "itself", "themselves", "reportedly", "initially", "subsequently", "again", "recently",
    ]
    private static let pronouns: Set<String> = ["he", "she", "they", "it"]
    private static let firstPersonPronouns: Set<String> = ["we", "i"]
    /// Adjectives in -ed that belong to a source's name (`Hamas's armed wing`, `the U.N.-backed assessment`).
    private static let sourceAdjectives: Set<String> = ["armed", "backed", "led", "allied", "united", "controlled", "affiliated"]
    private static let dataNouns: Set<String> = ["data", "figures", "statistics", "numbers", "estimates", "tally", "count"]
    /// Words for documents that name no source of their own (`citing reports it had received`).
    private static let unnamedDocuments: Set<String> = ["reports", "report", "data", "figures", "records", "testimony", "statistics", "estimates"]
    /// Documents that carry their author's figures (`a report published by the FAO`).
    private static let documentNouns: Set<String> = ["report", "study", "survey", "analysis", "assessment", "statement", "review", "update"]
    /// Participles whose subject is the sentence's subject (`The RSF denied the figure, saying it had lost 17 men`).
    private static let participleVerbs: Set<String> = ["saying", "claiming", "reporting"]
    /// Words that can be a whole source by themselves (lower case).
    private static let sourceNouns: Set<String> = [
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
        guard tokens.contains(where: { $0.kind == .symbol && $0.text == "(" }) else { return cues(inPlain: tokens, speakers: speakers) }
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

    private func cues(inPlain tokens: [WordToken], speakers: SpeakerHistory) -> [AttributionCue] {
        var cues: [AttributionCue] = []
        // The last figure or clause opener: a source clause closing the sentence stands after it (found once, so a
        // long sentence with many verbs is not scanned again for each).
        var lastBlocker: Int?
        func closes(_ verb: Int) -> Bool {
            if lastBlocker == nil {
                lastBlocker = tokens.lastIndex { $0.kind == .number || $0.is(.cardinal) || Self.clauseOpeners.contains($0.lower) } ?? -1
            }
            return verb > (lastBlocker ?? -1) && closesSentence(verb: verb, in: tokens)
        }
        for (index, token) in tokens.enumerated() {
            // Only `according`, `citing`, `quoting` and reporting verbs open a cue (one bit test for all others).
            guard token.is(.reportingVerb) || token.is(.cueOpener) else { continue }
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
            if ["reports", "report", "estimates", "estimate", "claims", "claim"].contains(word),
               index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].is(.reportingVerb) {
                continue // a noun: `reports indicate`
            }
            // Passive: `were confirmed by the health ministry`, `described by the ministry as civilians`.
            if word.hasSuffix("ed"), index + 2 < tokens.count, tokens[index + 1].lower == "by",
               let who = phrase(after: index + 2, in: tokens, mustNameSource: true) {
                cues.append(AttributionCue(who: who, verb: word, position: index))
                continue
            }
            var local = speakers
            for cue in cues { local.noteSpeaker(cue.who) }
            // `The RSF denied the figure, saying it had lost only 17 men`: the subject of the sentence.
            if Self.participleVerbs.contains(word), index > 0, tokens[index - 1].text == ",",
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
            if index > 1, ["and", "but"].contains(tokens[index - 1].lower), subject(before: index, in: tokens, speakers: local) == nil,
               let opening = sentenceSubject(in: tokens, before: index - 1), !Self.pronouns.contains(opening.lowercased()),
               let verb = tokens.firstIndex(where: { $0.kind == .word && !$0.isCapitalized && !Self.sourceNouns.contains($0.lower) }),
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
            } else if index > 0, [",", "\"", "”", "’", "'"].contains(tokens[index - 1].text) || index == tokens.count - 1,
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
        while start < tokens.count, tokens[start].is(.title) || tokens[start].text == "." { start += 1 } // `Dr.`
        guard let who = phrase(after: start, in: tokens, mustNameSource: true) else { return nil }
        return AttributionCue(who: who, verb: "said", position: words)
    }

    /// Nouns for someone who speaks for a body, before their name is set off (`its emergency coordinator, Claire Nicolet`).
    private static let roleNouns: Set<String> = ["spokesman", "spokeswoman", "spokesperson", "official", "coordinator", "representative"]

    /// Verbs by which a source takes a stand without giving a figure (`Maj. Gen. Zaw Min Tun denied that civilians were
    /// targeted`): their subject is the `he` of the next sentence.
    static let stanceVerbs: Set<String> = [
        "denied", "denies", "rejected", "rejects", "dismissed", "urged", "urges", "accused", "accuses", "blamed",
        "condemned", "called", "vowed", "welcomed", "disputed", "declined",
    ]

    /// The sources that take a stand in a sentence (see ``stanceVerbs``), in order.
    func stanceSubjects(in tokens: [WordToken], speakers: SpeakerHistory) -> [String] {
        var found: [String] = []
        for (index, token) in tokens.enumerated() where token.is(.stanceVerb) && !token.isCapitalized {
            if let who = subject(before: index, in: tokens, speakers: speakers) { found.append(who) }
        }
        return found
    }

    /// The source opening a sentence (`The RSF denied …` → `RSF`), ending before its first lower-case word other than a
    /// source noun; nil when the opening names no source.
    private func sentenceSubject(in tokens: [WordToken], before limit: Int) -> String? {
        var start = 0
        while start < limit, ["the", "a", "an"].contains(tokens[start].lower) { start += 1 }
        var end = start
        while end < limit, end - start < 8 {
            let token = tokens[end]
            let possessive = ["'", "’"].contains(token.text) && !token.spaceBefore
            guard token.kind == .word || possessive || (token.text == "-" && !token.spaceBefore) else { break }
            if token.kind == .word, !token.isCapitalized, !Self.sourceNouns.contains(token.lower), !token.is(.nationality) { break }
            end += 1
        }
        guard end > start, end < limit, tokens[end].kind == .word, !tokens[end].isCapitalized else { return nil }
        let words = tokens[start..<end]
        guard let last = words.last, last.isCapitalized || Self.sourceNouns.contains(last.lower) else { return nil }
        return Self.text(words)
    }

    /// Words that open a clause inside a sentence rather than its closing source (`, which the army said`).
    private static let clauseOpeners: Set<String> = [
        "which", "who", "whom", "whose", "where", "when", "while", "as", "but", "and", "although", "though", "after",
        "before", "because", "since", "if", "that", "whereas", "what",
    ]

    /// Whether the reporting verb at `verb` opens a relative clause (`48 hostages, of whom Israel believes around 20 are
    /// alive`): its source gives only what follows it.
    private func inRelativeClause(verb: Int, in tokens: [WordToken]) -> Bool {
        var index = verb - 1
        while index >= 0, verb - index <= 5, tokens[index].text != "," {
            if ["whom", "which"].contains(tokens[index].lower) { return true }
            index -= 1
        }
        return false
    }

    /// Whether the reporting verb at `verb` belongs to a source clause that closes the sentence: set off by a comma
    /// (`…, the spokesman told a briefing in Kinshasa.`, `…, said the ministry.`); the caller checks that no figure and
    /// no reported clause follows it.
    private func closesSentence(verb: Int, in tokens: [WordToken]) -> Bool {
        var comma = verb - 1
        while comma >= 0, tokens[comma].text != ",", verb - comma <= 10 {
            if tokens[comma].kind == .number || tokens[comma].is(.cardinal) { return false }
            comma -= 1
        }
        guard comma > 0, tokens[comma].text == ",", comma + 1 <= verb else { return false }
        return !(comma + 1 < verb && Self.clauseOpeners.contains(tokens[comma + 1].lower))
    }

    /// Whether the subject of the verb at `verb` is a pronoun (`it had verified`) or `the`/`its` and one common source
    /// noun (`the mission had verified`, `its office recorded`).
    private func subjectRefersBack(verb: Int, in tokens: [WordToken]) -> Bool {
        var index = verb - 1
        while index >= 0, Self.skippable.contains(tokens[index].lower) { index -= 1 }
        guard index >= 0 else { return false }
        let word = tokens[index]
        if Self.pronouns.contains(word.lower) { return true }
        return index > 0 && !word.isCapitalized && Self.sourceNouns.contains(word.lower)
            && ["the", "its", "their", "his", "her"].contains(tokens[index - 1].lower)
    }

    // MARK: - Phrases

    /// The source named before a reporting verb, or nil.
    private func subject(before verb: Int, in tokens: [WordToken], speakers: SpeakerHistory) -> String? {
        var index = verb - 1
        while index >= 0, Self.skippable.contains(tokens[index].lower) { index -= 1 }
        guard index >= 0 else { return nil }
        if tokens[index].text == ",", let name = appositive(endingAt: index, in: tokens) { return name }
        // `Zin, a 44-year-old resident who witnessed the bombings, said`: the subject stands before the aside.
        if tokens[index].text == ",", let open = asideStart(endingAt: index, in: tokens) {
            return subject(before: open, in: tokens, speakers: speakers)
        }
        // `“We have recorded 46% more displacement,” said Amy Pope`: a speaker's `we` or `I` inside a quote is not the
        // source; the speaker named after it is.
        if Self.firstPersonPronouns.contains(tokens[index].lower) { return nil }
        if Self.pronouns.contains(tokens[index].lower) {
            return tokens[index].lower == "it" || tokens[index].lower == "they" ? speakers.lastOrganization : speakers.lastPerson
        }
        var end = index + 1
        var start = end
        while start > 0 {
            let token = tokens[start - 1]
            if let linked = linkedStart(tokens, before: start, end: end) {
                start = linked
                continue
            }
            guard token.kind == .word || (token.text == "-" && !token.spaceBefore) || ["'", "‘", "’"].contains(token.text) else { break }
            let word = token.lower
            if word == "the" || word == "a" || word == "an" { break }
            if token.kind == .word, !token.isCapitalized, CountedThingReader.stopWords.contains(word) { break }
            if token.kind == .word, !token.isCapitalized,
               !Self.sourceNouns.contains(word),
               word.hasSuffix("ing") || (word.hasSuffix("ed") && !Self.sourceAdjectives.contains(word)) { break }
            start -= 1
        }
        while start < end, tokens[start].kind == .symbol { start += 1 }
        while end > start, tokens[end - 1].kind == .symbol { end -= 1 }
        guard start < end else { return nil }
        let words = tokens[start..<end]
        // The source must end in a name or hold a source noun: `Zelenskyy`, `officials`, `Ukrainian air force`,
        // `governor of the southern Mykolaiv region` (not `Um Baru locality`).
        func isSourceNoun(_ token: WordToken) -> Bool {
            Self.sourceNouns.contains(token.lower) || (token.lower.hasSuffix("'s") || token.lower.hasSuffix("’s"))
                && Self.sourceNouns.contains(String(token.lower.dropLast(2)))
        }
        // `…, the bank said`: one noun after `the` at the start of a clause names the source the text introduced.
        // `The ship's operator said`: and one noun after a possessive.
        let head = words.count == 2 && (words[start].lower.hasSuffix("'s") || words[start].lower.hasSuffix("’s")) ? start + 1 : start
        let definite = (words.count == 1 || head > start) && start > 0 && tokens[start - 1].lower == "the" && words[head].kind == .word
            && !words[head].is(.stopWord) && !words[head].is(.verb) && !words[head].lower.hasSuffix("ly")
            && (start == 1 || [",", ";", "\"", "”"].contains(tokens[start - 2].text))
        guard let last = words.last, last.isCapitalized || definite
                || words.contains(where: { isSourceNoun($0) || $0.is(.title) })
        else { return nil }
        // `data from X shows`
        if start >= 2, tokens[start - 1].lower == "from", Self.dataNouns.contains(tokens[start - 2].lower) {
            return Self.text(words)
        }
        return Self.text(words)
    }

    /// `Ministry of Health`, `Mission in Ukraine`, `officials in the occupied part of the Zaporizhzhia region`: where a
    /// source name continues back over `of`/`in`/`for` (and `the`), the index where it starts; nil when no source noun
    /// or name stands before the links.
    private func linkedStart(_ tokens: [WordToken], before start: Int, end: Int) -> Int? {
        guard start < end else { return nil }
        var cursor = start
        var found: Int?
        for hop in 0..<3 {
            var link = cursor - 1
            // `officials in both countries`, `Ministry of Health`, `Mission in the region`
            if link >= 0, ["the", "both", "all"].contains(tokens[link].lower) { link -= 1 }
            guard link > 0, ["of", "in", "for", "from"].contains(tokens[link].lower) else { break }
            var phraseStart = link
            while phraseStart > 0, link - phraseStart < 5 {
                let token = tokens[phraseStart - 1]
                let joinedHyphen = token.text == "-" && !token.spaceBefore
                guard token.kind == .word || joinedHyphen, !["the", "a", "an"].contains(token.lower) else { break }
                if token.kind == .word, !token.isCapitalized, token.is(.stopWord) { break }
                phraseStart -= 1
            }
            guard phraseStart < link else { break }
            let phrase = tokens[phraseStart..<link]
            let head = tokens[link - 1]
            // `rebels from the Azawad Liberation Front`, not `data from the Grains Council` (the data's source).
            if tokens[link].lower == "from", Self.dataNouns.contains(head.lower) || Self.documentNouns.contains(head.lower) { break }
            if phrase.contains(where: { Self.sourceNouns.contains($0.lower) })
                || (hop == 0 && head.isCapitalized && tokens[start].isCapitalized) {
                found = phraseStart
            }
            cursor = phraseStart
        }
        return found
    }

    /// Where the source starts after `according to`: past `figures from`, `data by`, `estimates of` (`according to
    /// figures from the health ministry` → `health ministry`).
    private func sourceStart(_ start: Int, in tokens: [WordToken]) -> Int {
        var index = start
        if index < tokens.count, ["the", "a", "an", "latest", "new", "official"].contains(tokens[index].lower) { index += 1 }
        if index < tokens.count, ["latest", "new", "official", "preliminary"].contains(tokens[index].lower) { index += 1 }
        // `according to a report published by the FAO`, `according to a statement from the ministry`
        if index + 1 < tokens.count, Self.documentNouns.contains(tokens[index].lower) {
            if ["from", "by"].contains(tokens[index + 1].lower) { return index + 2 }
            // `a report released on Tuesday by the U.N. human rights office`: `by` within a few words.
            if index + 2 < tokens.count, ["published", "released", "issued", "compiled", "prepared"].contains(tokens[index + 1].lower),
               let by = tokens[(index + 2)..<min(tokens.count, index + 6)].firstIndex(where: { $0.lower == "by" }) { return by + 1 }
        }
        guard index + 1 < tokens.count, Self.dataNouns.contains(tokens[index].lower) || tokens[index].lower == "figures",
              ["from", "by", "of", "released"].contains(tokens[index + 1].lower) else { return start }
        return tokens[index + 1].lower == "released" && index + 2 < tokens.count && tokens[index + 2].lower == "by" ? index + 3 : index + 2
    }

    /// The comma opening an aside that ends at `comma` (`, a spokesman for the ministry,`, `, who saw the attack,`).
    /// An aside may hold commas of its own (`, a spokesperson for the Commission for Dialogue, Reconciliation and Peace,`):
    /// the comma that opens it is the nearest one, within 20 tokens, followed by a word that can open an aside.
    private func asideStart(endingAt comma: Int, in tokens: [WordToken]) -> Int? {
        var open = comma - 1
        while open > 0, comma - open < 20 {
            while open > 0, tokens[open].text != ",", comma - open < 20 { open -= 1 }
            guard open > 0, tokens[open].text == ",", open + 1 < comma else { return nil }
            // `Colonel Pavlo Fedosenko, 41, said`: an age between commas.
            if open + 2 == comma, tokens[open + 1].kind == .number { return open }
            // `Officials in the town, speaking on condition of anonymity, said`: a participle opens an aside too.
            let opener = tokens[open + 1]
            let participle = opener.kind == .word && !opener.isCapitalized && opener.lower.count > 5 && opener.lower.hasSuffix("ing")
            // `Ukraine's military intelligence agency, known as HUR, said`
            // `Magen David Adom, Israel's emergency service, said`: a possessive opens a description.
            let possessive = opener.lower.hasSuffix("'s") && open + 2 < comma && tokens[open + 2].kind == .word && !tokens[open + 2].isCapitalized
            if participle || possessive || ["a", "an", "the", "who", "which", "whose", "one", "known", "based", "formerly", "also"].contains(opener.lower) {
                return open
            }
            // Only a name's own commas come before: `Dialogue, Reconciliation and Peace`.
            guard opener.isCapitalized else { return nil }
            open -= 1
        }
        return nil
    }

    /// `A senior U.N. official in Congo, Vivian van de Perre, said`: the name set off by commas before the verb.
    private func appositive(endingAt comma: Int, in tokens: [WordToken]) -> String? {
        var start = comma
        while start > 0, tokens[start - 1].text != ",", comma - start < 6 { start -= 1 }
        guard start > 0, tokens[start - 1].text == ",", start < comma else { return nil }
        let name = tokens[start..<comma]
        // `, Col. Alain Kiwewa,`: the period of an abbreviated title belongs to the name.
        func abbreviation(_ index: Int) -> Bool {
            tokens[index].text == "." && !tokens[index].spaceBefore && index > start && tokens[index - 1].is(.title)
        }
        guard name.first?.isCapitalized == true, name.last?.isCapitalized == true,
              name.indices.allSatisfy({ tokens[$0].isCapitalized || abbreviation($0)
                  || ["de", "van", "der", "al", "el", "bin", "von", "da", "-"].contains(tokens[$0].lower) })
        else { return nil }
        return Self.text(name)
    }

    /// A source phrase after `according to` or an inverted verb: up to a comma, `that`, or the end. After an inverted
    /// verb (`…, said the ministry`) it must name a source: a capitalized name or a source noun.
    private func phrase(after start: Int, in tokens: [WordToken], mustNameSource: Bool = false) -> String? {
        var index = start
        while index < tokens.count, ["the", "a", "an"].contains(tokens[index].lower) || ["'", "‘", "’", "\"", "“"].contains(tokens[index].text) {
            index += 1
        }
        if mustNameSource {
            // `…, said its fighters had destroyed 5 tanks`: a possessive opens what was said, not its source.
            guard index < tokens.count, !["its", "their", "his", "her", "our", "my"].contains(tokens[index].lower) else { return nil }
            guard index < tokens.count, tokens[index].isCapitalized || Self.sourceNouns.contains(tokens[index].lower)
                || (index + 1 < tokens.count && Self.sourceNouns.contains(tokens[index + 1].lower)) else { return nil }
        }
        var end = index
        while end < tokens.count, end - index < 10 {
            let token = tokens[end]
            if token.kind == .symbol, !["-", "'", "’", "&"].contains(token.text) { break }
            if ["that", "on", "which", "who", "in", "as", "after", "when", "while", "to", "from", "last", "quoted", "cited",
                "published", "released", "issued", "said", "says", "had", "has", "have", "was", "were", "is", "are", "will",
                "would"].contains(token.lower),
               !(token.lower == "in" && end + 1 < tokens.count && tokens[end + 1].isCapitalized && end > index && tokens[end - 1].isCapitalized) { break }
            if token.kind == .number { break }
            end += 1
        }
        guard end > index else { return nil }
        // `according to the regional governor, Oleh Syniehubov.`: the name set off after the title.
        // `…, said Doctors Without Borders’ emergency coordinator in Sudan, Claire Nicolet.`: the title's place too.
        let titleEnd = end
        if end + 2 < tokens.count, tokens[end].lower == "in", tokens[end + 1].isCapitalized, tokens[end + 2].text == ",",
           tokens[index..<end].contains(where: { $0.is(.title) || Self.roleNouns.contains($0.lower) }) {
            end += 2
        }
        if end < tokens.count, tokens[end].text == ",",
           !tokens[index..<end].contains(where: { $0.isCapitalized }) || !tokens[titleEnd - 1].isCapitalized,
           tokens[index..<end].contains(where: { $0.is(.title) || Self.roleNouns.contains($0.lower) }) {
            var nameEnd = end + 1
            while nameEnd < tokens.count, tokens[nameEnd].isCapitalized, nameEnd - end <= 4 { nameEnd += 1 }
            if nameEnd > end + 1, nameEnd == tokens.count || [".", ","].contains(tokens[nameEnd].text) {
                return Self.text(tokens[index..<end]) + " " + Self.text(tokens[(end + 1)..<nameEnd])
            }
        }
        return Self.text(tokens[index..<end])
    }

    static func text(_ tokens: ArraySlice<WordToken>) -> String {
        var text = ""
        for (index, token) in zip(tokens.indices, tokens) {
            // Quotes go; a possessive apostrophe stays (`Houthis' Al-Masirah`).
            if token.kind == .symbol, ["'", "‘", "’", "\"", "“", "”"].contains(token.text) { // words are never quotes
                let possessive = ["'", "’"].contains(token.text) && !token.spaceBefore && index > tokens.startIndex
                    && tokens[index - 1].text.hasSuffix("s") && index + 1 < tokens.endIndex && tokens[index + 1].kind == .word
                if !possessive { continue }
            }
            if !text.isEmpty, token.spaceBefore { text += " " }
            text += token.text
        }
        return text
    }
}
