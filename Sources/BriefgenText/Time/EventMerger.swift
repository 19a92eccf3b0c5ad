/// Merges the events of several articles into one timeline: mentions of the same event (same date, end and precision,
/// and overlapping key terms — actors, places, actions) become one entry listing every source.
///
/// Pure and deterministic: dated entries sorted by date, end and first mention; relative-only entries (which cannot be
/// compared across articles with different anchors) follow in article order, never merged.
public struct EventMerger: Sendable {
    /// Share of the smaller set of key terms two mentions must share (and at least `minimumShared` terms).
    public var minimumOverlap: Double
    public var minimumShared: Int

    /// Creates a merger.
    public init(minimumOverlap: Double = 0.3, minimumShared: Int = 2) {
        self.minimumOverlap = minimumOverlap
        self.minimumShared = minimumShared
    }

    private static let stopWords: Set<String> = [
        "the", "and", "for", "with", "that", "this", "from", "have", "has", "had", "was", "were", "are", "its", "their",
        "his", "her", "which", "who", "said", "says", "will", "would", "been", "into", "over", "after", "before", "since",
        "about", "than", "also", "but", "not", "they", "them", "there", "these", "those", "such", "other", "more", "most",
        "some", "any", "all", "both", "each", "according", "reported", "officials", "official", "on", "in", "at", "of",
        "year", "years", "month", "months", "week", "weeks", "day", "days",
    ]

    /// The merged timeline of `articles`.
    public func merge(_ articles: [ArticleEvents]) -> [TimelineEntry] {
        var dated: [(entry: TimelineEntry, terms: Set<String>, order: Int)] = []
        var relative: [TimelineEntry] = []
        var order = 0
        for article in articles {
            for event in article.events {
                let mention = EventMention(articleID: article.articleID, sentence: event.sentence, summary: event.summary)
                guard let date = event.date else {
                    relative.append(TimelineEntry(date: nil, end: nil, precision: event.precision, summary: event.summary,
                                                  wording: event.wording, mentions: [mention]))
                    continue
                }
                let sentenceText = event.sentence < article.sentences.count ? article.text.text(of: article.sentences[event.sentence]) : ""
                let terms = keyTerms(sentenceText + " " + event.summary)
                let match = dated.indices.filter { i in
                    let e = dated[i].entry
                    return e.date == date && e.end == event.end && e.precision == event.precision && overlaps(dated[i].terms, terms)
                }.max { overlap(dated[$0].terms, terms) < overlap(dated[$1].terms, terms) }
                if let i = match {
                    if !dated[i].entry.mentions.contains(mention) { dated[i].entry.mentions.append(mention) }
                    dated[i].terms.formUnion(terms)
                } else {
                    dated.append((TimelineEntry(date: date, end: event.end, precision: event.precision, summary: event.summary,
                                                wording: nil, mentions: [mention]), terms, order))
                    order += 1
                }
            }
        }
        let sorted = dated.sorted { a, b in
            let ka = (a.entry.date ?? "", a.entry.end ?? "", a.order)
            let kb = (b.entry.date ?? "", b.entry.end ?? "", b.order)
            return ka < kb
        }
        return sorted.map(\.entry) + relative
    }

    /// Lowercased content words (stop words and short words dropped, a plural `s` trimmed).
    func keyTerms(_ text: String) -> Set<String> {
        var terms: Set<String> = []
        var word = ""
        func flush() {
            defer { word = "" }
            guard word.count >= 3, !Self.stopWords.contains(word), !word.allSatisfy(\.isNumber) else { return }
            terms.insert(word.count > 4 && word.hasSuffix("s") ? String(word.dropLast()) : word)
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                word.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                flush()
            }
        }
        flush()
        return terms
    }

    private func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
        let smaller = min(a.count, b.count)
        return smaller == 0 ? 0 : Double(a.intersection(b).count) / Double(smaller)
    }

    private func overlaps(_ a: Set<String>, _ b: Set<String>) -> Bool {
        a.intersection(b).count >= minimumShared && overlap(a, b) >= minimumOverlap
    }
}
