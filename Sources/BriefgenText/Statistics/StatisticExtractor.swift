import Foundation

/// Extracts figures with what they count, who says so and how sure it is.
///
/// For each sentence: ``NumberParser`` reads every number; ``FigureFilter`` drops what is not a figure; the
/// ``QualifierReader``, ``CountedThingReader``, ``CategoryClassifier``, ``PlaceReader`` and ``PeriodReader`` fill in the
/// record; ``AttributionFinder`` and ``VerificationJudge`` say who gives it and how sure it is.
///
/// Decisions on the value of a figure:
/// - A range puts its low end in `value` and `low`, its high end in `high` (`10 to 12`, `10-12`, `between 5 and 7`);
///   `from 10 to 12` after a verb of change (`rose from 10 to 12`) is two figures, not a range.
/// - A percentage keeps its number (`46%` → 46, unit `percent`); money its amount in units (`€3bn` → 3e9, unit `EUR`).
/// - A fraction keeps its value with unit `fraction` (`one-fifth` → 0.2, `a third` → 0.333…, `1 in 5` → 0.2), so a
///   share of territory is never confused with a percentage someone stated.
/// - A vague magnitude (`hundreds of`, `dozens of`, `tens of thousands of`, `several hundred`) is the magnitude with
///   qualifier `more_than` (`hundreds of civilians` → more than 100): true to the text, never an invented number. A bare
///   plural (`millions affected`) names no counted thing and is not a figure.
///
/// Not figures: years, dates, times, ages, ordinals, names and codes (`Su-34`, `Boeing 737`, `No. 3`), phone numbers,
/// list numbering, durations (`30-day`, `24 hours`, `three years`), distances (`65 km away`), multipliers (`three times
/// higher`), partitives of a group (`one of the officials`), and counts below ten of things that do not measure the war
/// (`two senior officials`, `at least two technical agreements`) — see ``FigureFilter``.
public struct StatisticExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// Figures in text order.
    public func extract(_ text: ScalarText, sentences: [Sentence], timexes: [Timex], entities: [Entity]) -> [Statistic] {
        extract(text, sentences: sentences, timexes: timexes, entities: entities,
                tokens: sentences.map { WordTokenizer.readable(text, $0) })
    }

    /// Figures in text order, from each sentence's tokens (see ``StatisticsReader``).
    func extract(_ text: ScalarText, sentences: [Sentence], timexes: [Timex], entities: [Entity],
                 tokens sentenceTokens: [[WordToken]]) -> [Statistic] {
        var names: NameIndex? // built on first use: most sources are judged by their own words
        func descriptors(of who: String) -> [String] {
            if names == nil { names = NameIndex(sentenceTokens) }
            return names?.descriptors(of: who) ?? []
        }
        let orderedTimexes = timexes.sorted { $0.start < $1.start }
        var timexIndex = 0
        var speakers = SpeakerHistory()
        var judge = VerificationJudge()
        var statistics: [Statistic] = []
        var entityIndex = 0
        var previousCue: (cue: AttributionCue, paragraph: Int)?
        var lastSource: (who: String, sentence: Int)? // the last source named (not `the group`), for `the group said`
        var quotedSpeaker: (cue: AttributionCue, sentence: Int, paragraph: Int)? // the speaker after a closing quote
        var earlierThing: (thing: CountedThingReader.CountedThing, paragraph: Int)? // the last thing counted, for the next sentence
        var acronyms: [String: String] = [:]
        var unexpanded: Set<String> = [] // acronyms no earlier name spells // `MoH` → `Ministry of Health`, from `the Ministry of Health (MoH)`
        // A sentence's entities and timexes, in buffers kept from sentence to sentence (emptied for each, not made anew).
        var sentenceEntities: [Entity] = []
        var sentenceTimexes: [Timex] = []
        for (index, sentence) in sentences.enumerated() {
            let tokens = sentenceTokens[index]
            sentenceEntities.removeAll(keepingCapacity: true)
            while entityIndex < entities.count, entities[entityIndex].start < sentence.end {
                if entities[entityIndex].start >= sentence.start { sentenceEntities.append(entities[entityIndex]) }
                entityIndex += 1
            }
            if tokens.contains(where: { $0.isMark("(") }) {
                for definition in AcronymReader().definitions(in: tokens) where acronyms[definition.acronym] == nil {
                    acronyms[definition.acronym] = definition.name
                }
            }
            // `It said …`, `He added …` at the start of a sentence refer to sources before it, not to the names after.
            let found = AttributionFinder().cues(in: tokens, speakers: speakers)
            for cue in found where acronyms[cue.who] == nil
                && !unexpanded.contains(cue.who) && AcronymReader.isAcronymText(cue.who) {
                // `the SDF said` after `the Kurdish-led Syrian Democratic Forces`: the name its initials spell.
                if let name = AcronymReader().expansion(of: cue.who, in: sentenceTokens[0...index]) {
                    acronyms[cue.who] = name
                } else {
                    unexpanded.insert(cue.who)
                }
            }
            let cues = found.map { cue in
                resolved(cue, acronyms: acronyms, lastSource: lastSource.flatMap { index - $0.sentence <= 2 ? $0.who : nil })
            }
            speakers.note(sentenceEntities)
            let inherited = previousCue.flatMap { $0.paragraph == sentence.paragraph && continuesPrevious(tokens) ? $0.cue : nil }
            var unverifiable: Bool? // read on the first figure only: most sentences have none
            var following: AttributionCue? // a short source line after the sentence (`That's according to the U.N.`)
            var followingRead = false // `following` is the same for every figure of the sentence: read once
            while timexIndex < orderedTimexes.count, orderedTimexes[timexIndex].start < sentence.start { timexIndex += 1 }
            sentenceTimexes.removeAll(keepingCapacity: true)
            while timexIndex < orderedTimexes.count, orderedTimexes[timexIndex].start < sentence.end {
                if orderedTimexes[timexIndex].end <= sentence.end { sentenceTimexes.append(orderedTimexes[timexIndex]) }
                timexIndex += 1
            }
            var neutralSubject: Bool? // read on the first figure only, like `unverifiable`
            var nationalForces: (position: Int, speaks: Bool)? // `the Pentagon said U.S. forces had struck`, for the last cue
            var vouches: Bool? // `“We verified 58 deaths,” said …`: read once, for the first figure before its source
            var period: Statistic.Period?
            var periodRead = false // read on the first figure only, like `unverifiable`
            var previousThing: CountedThingReader.CountedThing?
            for mention in NumberParser().mentions(in: tokens) where FigureFilter().canBeFigure(mention, in: tokens) {
                let (qualifier, qualifierStart) = QualifierReader().qualifier(of: mention, in: tokens)
                guard let thing = CountedThingReader().read(mention, in: tokens, qualifierStart: qualifierStart, previous: previousThing,
                                                            earlier: earlierThing?.paragraph == sentence.paragraph ? earlierThing?.thing : nil)
                else { continue }
                var category = CategoryClassifier().category(of: mention, what: thing.words)
                // `killed 25 people, including five children`, `two of whom`: a part has the category of the whole;
                // `Among the injured were five children`: the group named before.
                if category == .other {
                    category = PartReader().category(of: mention, qualifierStart: qualifierStart, in: tokens,
                                                     whole: statistics.last.flatMap { $0.sentence == index ? $0.category : nil }) ?? category
                }
                guard FigureFilter().isWorthReporting(mention, category: category, head: thing.head, words: thing.words,
                                                      in: tokens, qualifierStart: qualifierStart)
                        || FigureFilter().isPartOfFigure(mention, in: tokens) else { continue }
                if category != .other || previousThing == nil || statistics.last?.sentence != index || statistics.last?.category == .other {
                    previousThing = thing // parts and changes refer to the last figure of the war, not to `10 regions`
                }
                if cues.isEmpty, inherited == nil, following == nil, !followingRead {
                    followingRead = true
                    // `“We are getting in a fraction of that,” he said. “On some days it is fewer than 100.”`: a quote
                    // after a quoted speaker goes on with their words.
                    if let quoted = quotedSpeaker, quoted.sentence == index - 1, quoted.paragraph == sentence.paragraph,
                       let first = tokens.first, Self.opensQuote(first) {
                        following = quoted.cue
                    } else if index + 1 < sentences.count, sentences[index + 1].paragraph == sentence.paragraph {
                        following = sourceLine(sentenceTokens[index + 1], speakers: speakers)
                            ?? quoteSpeaker(opening: tokens, next: sentenceTokens[index + 1], speakers: speakers)
                    }
                }
                let cue = nearest(cues, to: mention.firstToken, in: tokens, isPerson: speakers.isPerson) ?? inherited ?? following
                let attribution = cue.map { Statistic.Attribution(who: $0.who, verb: $0.verb) }
                var context = VerificationJudge.Context()
                if let cue, cues.contains(where: { $0.position == cue.position && $0.who == cue.who }) {
                    if nationalForces?.position != cue.position { // once a cue: most sentences give many figures to one source
                        nationalForces = (cue.position, Self.speaksOfNationalForces(tokens, source: cue.who))
                    }
                    context.ownForces = speaksOfOwnForces(tokens, after: cue.position) || nationalForces?.speaks == true
                    context.anaphoric = Self.isAnaphoric(cue.who)
                    if cue.position > mention.firstToken {
                        if vouches == nil { vouches = Self.speakerVouches(tokens, before: cue.position) } // once a sentence
                        context.vouched = vouches ?? false
                    }
                }
                if neutralSubject == nil { neutralSubject = VerificationJudge.opensWithNeutralCountry(tokens) }
                context.neutralSubject = neutralSubject ?? false
                if !periodRead {
                    period = PeriodReader().period(in: tokens, timexes: sentenceTimexes)
                    periodRead = true
                }
                if unverifiable == nil {
                    let next = index + 1 < sentences.count ? sentenceTokens[index + 1] : []
                    let mentionsChecking = Self.mentionsChecking(tokens) || Self.mentionsChecking(next)
                    unverifiable = mentionsChecking && VerificationJudge.saysUnverifiable(
                        text, sentence.start, index + 1 < sentences.count ? sentences[index + 1].end : sentence.end)
                    // `… said Tuesday. The group's president said 60 of the victims were women. The figures could not
                    // be independently verified.`: a sentence about the figures, in the plural, covers the two before it
                    // (within three paragraphs: news paragraphs are often one sentence long).
                    if unverifiable == false, index + 2 < sentences.count, sentences[index + 2].paragraph - sentence.paragraph <= 2 {
                        unverifiable = Self.opensWithFigures(sentenceTokens[index + 2])
                            && VerificationJudge.saysUnverifiable(text, sentences[index + 2].start, sentences[index + 2].end)
                    }
                }
                statistics.append(Statistic(
                    value: mention.value, low: mention.low, high: mention.high, qualifier: qualifier,
                    surface: text.substring(mention.start, mention.end),
                    unit: CategoryClassifier().unit(of: mention, category: category, head: thing.head), what: thing.what,
                    category: category, place: PlaceReader().place(near: mention, in: tokens, entities: sentenceEntities),
                    period: period, attribution: attribution,
                    verification: judge.verification(
                        of: attribution, unverifiable: unverifiable ?? false,
                        descriptors: context.anaphoric
                            ? lastSource.flatMap { index - $0.sentence <= 2 ? [$0.who] + descriptors(of: $0.who) : nil }
                                ?? [index > 0 ? text.substring(sentences[index - 1].start, sentence.end) : text.substring(sentence.start, sentence.end)]
                            : attribution.map { attribution in
                                let described = descriptors(of: attribution.who)
                                return described + Self.roleAntecedent(of: attribution.who, described: described,
                                                                       lastSource: lastSource.flatMap { index - $0.sentence <= 2 ? $0.who : nil })
                            } ?? [],
                        context: context),
                    sentence: index, start: mention.start, end: mention.end))
            }
            if let previousThing { earlierThing = (previousThing, sentence.paragraph) }
            if let closing = tokens.lastIndex(where: { $0.isMark("”", "\"") }),
               let speaker = cues.first(where: { $0.position > closing }) ?? (cues.isEmpty && closing > 0 ? following : nil) {
                quotedSpeaker = (speaker, index, sentence.paragraph)
            }
            if let last = cues.last { previousCue = (last, sentence.paragraph) } else if inherited == nil { previousCue = nil }
            for who in AttributionFinder().stanceSubjects(in: tokens, speakers: speakers) { speakers.noteSpeaker(who) }
            for cue in cues { speakers.noteSpeaker(cue.who) }
            if let named = cues.last(where: { !Self.isAnaphoric($0.who) }) { lastSource = (named.who, index) }
            speakers.nextSentence()
        }
        return statistics
    }

    // MARK: - Attribution

    /// Whether a word of `tokens` speaks of checking figures: one starting with `verif` or `confirm`, or `unverified`.
    ///
    /// Each of the three starts with its own letter: one byte test first, for every other word. The tokens are read in
    /// place, not copied one by one into a closure.
    static func mentionsChecking(_ tokens: [WordToken]) -> Bool {
        for index in tokens.indices {
            let first = tokens[index].lower.utf8.first
            if first == 0x76 && TextSearch.hasPrefix(tokens[index].lower, "verif")
                || first == 0x63 && TextSearch.hasPrefix(tokens[index].lower, "confirm")
                || first == 0x75 && tokens[index].lower == "unverified" { return true }
        }
        return false
    }

    /// Whether a sentence opens on the figures before it (`The figures could not be independently verified.`, `None of
    /// the claims could be verified`).
    private static func opensWithFigures(_ tokens: [WordToken]) -> Bool {
        tokens.prefix(5).contains { figureNouns.contains($0.lower) }
    }

    /// Nouns for figures a sentence can open on (see ``opensWithFigures(_:)``).
    private static let figureNouns: [String] = ["figures", "claims", "numbers", "tolls", "tallies", "counts", "reports"]

    /// Common nouns that refer back to a source named before (`according to the group`).
    private static let anaphoricSources: Set<String> = ["group", "movement", "organisation", "organization", "militia"]
    /// Whether a source is one of ``anaphoricSources`` in any case (`lowercasedStraight` answers as `lowercased()`
    /// here, as no word of the list has an apostrophe, and maps ASCII bytes without Unicode case tables).
    private static func isAnaphoric(_ who: String) -> Bool {
        anaphoricSources.contains(TextSearch.lowercasedStraight(who))
    }
    /// Nouns for armed forces after `its`, `our`, `his`… (`said its forces had struck`, `said his unit had destroyed`).
    private static let forceNouns: Set<String> = [
        "forces", "troops", "soldiers", "aircraft", "warplanes", "jets", "navy", "units", "artillery", "military",
        "army", "fighters", "air", "drones", "missiles", "warships", "unit", "brigade", "battalion", "regiment", "men",
    ]

    /// Whether the words a source reports speak of its own forces in action (`U.S. Central Command said its forces had
    /// struck more than 1,000 targets`): the source is then a combatant.
    private func speaksOfOwnForces(_ tokens: [WordToken], after position: Int) -> Bool {
        guard position + 2 < tokens.count else { return false }
        for index in (position + 1)..<min(tokens.count - 1, position + 5)
        where ["its", "our", "his", "her", "their"].contains(tokens[index].lower) && Self.forceNouns.contains(tokens[index + 1].lower) {
            return true
        }
        return false
    }

    /// The cue nearest the figure (see ``nearestCue(_:to:in:)``), given to the source whose words it stands in when its
    /// subject only refers back (`Danielle Bell said the mission had also verified 12 deaths` → Danielle Bell,
    /// `verified`; `Airwars, a monitoring group, said it had verified 68 deaths` → Airwars).
    private func nearest(_ cues: [AttributionCue], to position: Int, in tokens: [WordToken],
                         isPerson: (String) -> Bool) -> AttributionCue? {
        guard let cue = nearestCue(cues, to: position, in: tokens, isPerson: isPerson) else { return nil }
        guard cue.refersBack, !cue.inRelativeClause, cue.position < position,
              let outer = cues.last(where: { $0.position < cue.position }),
              Self.speechVerbs.contains(outer.verb), cue.position - outer.position <= 8,
              !tokens[(outer.position + 1)..<cue.position].contains(where: { Self.nestingBreaks.contains($0.lower) })
        else { return cue }
        var merged = outer
        if Self.verifyingVerbs.contains(cue.verb) { merged.verb = cue.verb }
        return merged
    }

    /// Verbs of speech whose object is what a source says (`said`, `told reporters`).
    private static let speechVerbs: Set<String> = ["said", "says", "say", "told", "tells", "added", "wrote", "stated", "noted", "announced"]
    /// Verbs by which a source vouches for a figure it checked.
    private static let verifyingVerbs: Set<String> = ["verified", "confirmed", "documented", "verifies", "confirms"]
    /// Words between two reporting verbs that start a new clause rather than the first verb's object.
    private static let nestingBreaks: Set<String> = [",", ";", ":", "and", "but", "while", "whereas", "which", "who", "although", "though", "“", "”", "\""]

    /// The cue nearest the figure; a cited source (`…, citing local officials`) wins over the outlet that relays it, not
    /// over a person who gives the figure (`He said 60,000 people had been displaced, citing figures from the IOM`).
    private func nearestCue(_ cues: [AttributionCue], to position: Int, in tokens: [WordToken],
                            isPerson: (String) -> Bool) -> AttributionCue? {
        if let cited = cues.first(where: { $0.verb == "citing" || $0.verb == "quoting" }),
           !cues.contains(where: { $0.position < cited.position && Self.speechVerbs.contains($0.verb) && isPerson($0.who) }) {
            return cited
        }
        var nearest = cues.filter { !$0.inRelativeClause || $0.position < position }
            .min { abs($0.position - position) < abs($1.position - position) }
        // `Israel says it has killed more than 20,000 militants; Hamas says …`: a source in a later clause does not
        // take a figure its own clause already attributes.
        if let later = nearest, later.position > position, let earlier = cues.last(where: { $0.position < position }),
           tokens[position..<later.position].contains(where: { $0.isMark(";") || Self.clauseBreaks.contains($0.lower) }) {
            nearest = earlier
        }
        // `Authorities confirmed 773 bodies …, government spokesman Patrick Muyaya told a briefing`: the source closing
        // the sentence gives what an unnamed collective before it confirmed; a named source before the figure keeps it
        // (`Russia's defence ministry said its forces downed 15 drones, RIA reported`).
        if let closing = cues.last, closing.closesSentence, closing.position > position,
           nearest.map({ $0.position > position || AttributionFinder.isGenericSource($0.who) }) ?? true {
            return closing
        }
        return nearest
    }

    /// Words that open a new clause with its own source (`…; Hamas says`, `…, while aid groups put the figure at …`).
    private static let clauseBreaks: Set<String> = ["while", "whereas", "but", "although", "though"]

    /// Openings that carry on the previous sentence's source (`Another 12 were injured`, `Of those, 40 were children`).
    private static let continuations: [[String]] = [
        ["another"], ["of", "those"], ["of", "these"], ["of", "them"], ["among", "them"], ["among", "those"],
        ["it", "also"], ["they", "also"], ["the", "figure"], ["that", "figure"], ["this", "figure"], ["in", "addition"],
        ["the", "toll"], ["the", "figures"], ["those", "figures"], ["the", "dead"], ["the", "injured"],
    ]

    /// The source of a short next sentence that only gives the source of the one before: `That's according to the
    /// U.N.`, `The ministry said.`, `Officials gave the figures on Monday.` (at most ten words, with a reporting cue).
    private func sourceLine(_ tokens: [WordToken], speakers: SpeakerHistory) -> AttributionCue? {
        let words = tokens.filter { $0.kind != .symbol }
        guard words.count <= 10, !words.contains(where: { $0.kind == .number }) else { return nil }
        let opensWithThat = words.count > 2 && ["that", "that's", "this", "these", "those", "the"].contains(words[0].lower)
            && (words[1].lower == "according" || words[1].lower == "is" || words[1].lower == "figure" || words[1].lower == "figures"
                || words[0].lower == "that's" || words[2].is(.reportingVerb)
                || words[1].is(.reportingVerb))
        let cues = AttributionFinder().cues(in: tokens, speakers: speakers)
        guard let cue = cues.first, opensWithThat || cues.count == 1 && tokens.last?.isMark(".") == true && words.count <= 6 else { return nil }
        return cue
    }

    private func continuesPrevious(_ tokens: [WordToken]) -> Bool {
        Self.continuations.contains { phrase in
            phrase.count <= tokens.count && phrase.indices.allSatisfy { tokens[$0].lower == phrase[$0] }
        }
    }
}
