/// Finds temporal expressions, resolves them against the publication date, and anchors events to them.
public struct TemporalAnalyzer: Sendable {
    /// The temporal reading of one article.
    public struct Result: Sendable {
        /// The publication date used as the anchor: given, inferred from the text, or unknown.
        public var published: PublicationDate
        /// Temporal expressions in text order.
        public var timexes: [Timex]
        /// Events anchored to the timexes, in sentence order.
        public var events: [DatedEvent]
    }

    /// Creates an analyzer.
    public init() {}

    /// Publication date (given or inferred), timexes and events of an article.
    public func analyze(_ text: ScalarText, sentences: [Sentence], published: PublicationDate?) -> Result {
        let blocks = TokenBlocks(text, sentences: sentences)
        let mentions = TimexRecognizer().recognize(blocks)
        let publication: PublicationDate
        if let published, published.value != nil, published.source != .unknown {
            publication = published
        } else {
            publication = PublicationDateInferrer().infer(text, sentences: sentences, blocks: blocks, mentions: mentions)
        }
        let timexes = resolve(mentions, text: text, blocks: blocks, anchor: TemporalAnchor(publication))
        let events = EventExtractor().extract(text, sentences: sentences, timexes: timexes, published: publication, blocks: blocks)
        return Result(published: publication, timexes: timexes, events: events)
    }

    private func resolve(_ mentions: [TimexMention], text: ScalarText, blocks: TokenBlocks, anchor: TemporalAnchor) -> [Timex] {
        let normalizer = TimexNormalizer()
        let detector = TenseDetector()
        // One per mention, nil where a mention is dropped (`the day after the coup` with no day given for the coup).
        var resolved: [Timex?] = []
        var previous: (sentence: Int, value: String)?
        var reportedQuarter: (sentence: Int, value: String)?
        // The mention that named the reported quarter.
        var reportedQuarterMention: Int?
        var lastDay: String?
        // The last day named that is not a date of saying (`officials said Monday`), and its sentence.
        var lastEventDay: (sentence: Int, day: String)?
        var lastMonth: String?
        var statedYear: (sentence: Int, year: Int)?
        for (n, original) in mentions.enumerated() {
            var mention = original
            if let year = Self.yearOfTheNextDate(mentions, n, blocks) { mention.meaning = year }
            let tokens = blocks.blocks[mention.block]
            let tense = Self.reading(of: mention, tokens,
                                     tense: detector.tense(tokens, around: mention.tokenRange.lowerBound, sentence: mention.sentenceTokens))
            var reference = previous?.sentence == mention.sentence ? previous?.value : nil
            // `a year earlier` compares with the quarter under discussion; `a year ago` too while that quarter was
            // named in the last two sentences (`Net income rose in the third quarter. A year ago, …`), else it counts
            // from now.
            if case .shifted(_, _, let fromNow) = mention.meaning {
                // `four years ago` in a sentence dated `Friday` is four years before now, not before that Friday.
                if fromNow, let value = reference, !Self.isPeriodOfTheYear(value) { reference = nil }
                if reference == nil, let quarter = reportedQuarter, !fromNow || mention.sentence - quarter.sentence <= 2 {
                    reference = quarter.value
                }
                // `The treaty was signed in 1994. A decade later, …`: from the date of the sentence before.
                if reference == nil, !fromNow, let last = previous, mention.sentence - last.sentence <= 1 {
                    reference = last.value
                }
            }
            // `that year`, `the following year`: the year the text last named, in this sentence or the three before.
            if Self.countsFromTheYearNamed(mention.meaning), reference == nil, let last = previous,
               mention.sentence - last.sentence <= 3 {
                reference = last.value
            }
            if case .anaphoricDay = mention.meaning { reference = lastDay }
            if case .anaphoricMonth = mention.meaning { reference = lastMonth }
            if case .anaphoricWeek = mention.meaning { reference = lastDay }
            if case .periodOfYear = mention.meaning { reference = reportedQuarter?.value }
            // `Oct. 12, the day before the plunge` is Oct. 12; `the day after the coup` counts from the coup's day.
            if case .eventDay(_, let event) = mention.meaning {
                if let apposed = Self.apposedDay(mention, tokens, resolved.last ?? nil) {
                    reference = apposed
                    mention.meaning = .eventDay(offset: 0, event: event)
                } else {
                    reference = Self.dayOfEvent(event, mention: n, mentions, resolved, blocks)
                }
            }
            var r = normalizer.resolve(mention.meaning, anchor: anchor, tense: tense, reference: reference,
                                       statedYear: statedYear?.sentence == mention.sentence ? statedYear?.year : nil)
            if let earlier = Self.pastActionDayOfTheYearBefore(mention, tokens, value: r.value, anchor: anchor) {
                r = normalizer.resolve(earlier, anchor: anchor, tense: tense)
            }
            // `The attack struck at 2 p.m.` after `… computers on Wednesday`: a past clock time with no day of its own is
            // on the day the sentence or the one before named (not a date of saying: `officials said Monday`).
            if case .clock(let hour, let minute, nil) = mention.meaning, tense == .past, let day = lastEventDay,
               mention.sentence - day.sentence <= 1 {
                r.value = day.day + "T" + hour.zeroPadded(2) + ":" + minute.zeroPadded(2)
            }
            // `the day after the coup` with no day given for the coup: not a date the reader can be shown.
            if case .eventDay = mention.meaning, r.value == nil {
                resolved.append(nil)
                continue
            }
            if !r.isRelative, mention.type == .date, let value = r.value, value.count >= 4, let year = Int(value.prefix(4)) {
                statedYear = (mention.sentence, year)
            }
            // `its fiscal third quarter, which ended Feb. 28` (written in March 2013): the quarter of the year it ended in.
            if n > 0, let endYear = r.value.flatMap({ Int($0.prefix(4)) }), r.value?.dropFirst(4).first == "-",
               let period = resolved[n - 1], Self.periodEnded(by: mention, after: mentions[n - 1], tokens),
               let value = period.value, Self.isPeriodOfTheYear(value) {
                // `the quarter ended Sept. 30` is the quarter of that day; a named quarter keeps its number, and so does
                // `the quarter` after a report named one (`fourth-quarter profit fell … in the quarter, which ended
                // March 2`: the fiscal fourth quarter, of 2013, and the report's quarter with it).
                var ended = endYear.zeroPadded(4) + value.dropFirst(4)
                if case .relativeUnit = mentions[n - 1].meaning {
                    if let quarter = reportedQuarter, mention.sentence - quarter.sentence <= 2, let named = reportedQuarterMention,
                       case .calendar = mentions[named].meaning {
                        ended = endYear.zeroPadded(4) + quarter.value.dropFirst(4)
                        if resolved[named]?.value == quarter.value { resolved[named]?.value = ended }
                        reportedQuarter = (quarter.sentence, ended)
                    } else if let month = r.value.flatMap({ Int($0.dropFirst(5).prefix(2)) }) {
                        ended = endYear.zeroPadded(4) + "-Q\((month - 1) / 3 + 1)"
                    }
                }
                resolved[n - 1]?.value = ended
                if ended != value, let quarter = reportedQuarter, quarter.value == value, quarter.sentence == mention.sentence {
                    reportedQuarter = (quarter.sentence, ended)
                }
            }
            var isShifted = false
            if case .shifted = mention.meaning { isShifted = true }
            if let value = r.value, value.count >= 4, Int(value.prefix(4)) != nil, mention.type == .date || mention.type == .time, !isShifted {
                previous = (mention.sentence, value)
                if value.count == 7, value.dropFirst(4).hasPrefix("-Q"), Self.opensComparison(mention.meaning),
                   !Self.isAhead(quarter: value, of: anchor) {
                    // The first such quarter is the one results are reported for (`posted a gain in third-quarter net
                    // income … after a flat second quarter`); later mentions keep it in sight.
                    // `Separately, America West reported third-quarter profit …`: another company's results, for the
                    // quarter that sentence names first.
                    let another = reportedQuarter.map { $0.sentence != mention.sentence } == true
                        && Self.opensAnotherReport(mention, blocks)
                    if reportedQuarter == nil || another { reportedQuarterMention = n }
                    reportedQuarter = (mention.sentence, another ? value : reportedQuarter?.value ?? value)
                }
                // `Friday evening` (`…TEV`), `10 a.m. Friday` (`…T10:00`) name that day too.
                if value.count == 10 || value.dropFirst(10).first == "T", CalendarDate(iso: String(value.prefix(10))) != nil {
                    lastDay = String(value.prefix(10))
                    if !Self.isDateOfSaying(mention, tokens) { lastEventDay = (mention.sentence, String(value.prefix(10))) }
                }
                if value.count == 7 || value.count == 10, value.dropFirst(4).first == "-", Int(value.dropFirst(5).prefix(2)) != nil {
                    lastMonth = value
                }
            }
            resolved.append(Timex(start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end),
                                 type: mention.type, value: r.value, sentence: mention.sentence, isRelative: r.isRelative))
        }
        return resolved.compactMap { $0 }
    }
}
