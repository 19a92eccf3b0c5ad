import BriefgenText

extension SiteAssembler {
    static let eventsPerTimelinePage = 100
    static let relativeEventsLimit = 100

    /// The timeline, newest events on the first page: each page groups its events by year and month, events more
    /// than a year before the as-of date go in a collapsed "Background" part, and relative dates are listed apart.
    func timelinePages(_ articles: [AnalyzedArticle], site: SiteView) -> [PageSpec] {
        let entries = EventMerger().merge(articles.map {
            ArticleEvents(articleID: $0.article.id, text: $0.analysis.text, sentences: $0.analysis.sentences, events: $0.analysis.events,
                          keyTerms: $0.eventTerms)
        })
        let byID = Dictionary(articles.map { ($0.article.id, $0) }, uniquingKeysWith: { first, _ in first })
        // An entry whose first mention has no article gives no view (as `eventView` does). One pass: three filters
        // copied every entry of the timeline (75,000 at 10,000 articles, a dozen references each) three times.
        var dated: [TimelineEntry] = []
        var relative: [TimelineEntry] = []
        var relativeCount = 0
        dated.reserveCapacity(entries.count)
        for entry in entries where entry.mentions.first.map({ byID[$0.articleID] != nil }) ?? false {
            if let date = entry.date, !date.isEmpty {
                dated.append(entry)
            } else {
                relativeCount += 1
                if relative.count < SiteAssembler.relativeEventsLimit { relative.append(entry) }
            }
        }
        let relativeTruncated = relativeCount > SiteAssembler.relativeEventsLimit
        let cutoff = backgroundCutoff(site.asOfISO)
        let chunks = Array(Paginator.chunks(dated, size: SiteAssembler.eventsPerTimelinePage).reversed())
        let strip = TimelineStrip.svg(dates: dated.map { $0.date ?? "" })
        let assembler = self
        return chunks.enumerated().map { index, chunk in
            let path = Paginator.path(["timeline"], index + 1)
            let pageRelative = index == 0 ? relative : []
            let nav = Paginator.nav(["timeline"], page: index + 1, of: chunks.count, from: path)
            let title = chunks.count > 1 ? "Timeline, page \(index + 1)" : "Timeline"
            // The page's views are made when it is fingerprinted or rendered, not held for the whole build.
            let page = TimelinePageMarkdown.Page(root: path.root, site: site, nav: nav, entries: Array(chunk), relative: pageRelative,
                                                 relativeTruncated: index == 0 && relativeTruncated, cutoff: cutoff, articles: byID,
                                                 assembler: assembler)
            let inputs: @Sendable (inout PageInputs) -> Void = { h in
                h.combine(index)
                h.combine(chunks.count)
                h.combine(cutoff)
                h.combine(index == 0 && relativeTruncated)
                for (part, entries) in [(0, Array(chunk)), (1, pageRelative)] {
                    h.combine(part)
                    h.combine(entries.count)
                    for entry in entries {
                        h.combine(entry.date)
                        h.combine(entry.end)
                        h.combine(entry.precision.rawValue)
                        h.combine(entry.summary)
                        h.combine(entry.wording)
                        h.combine(entry.mentions.count)
                        for m in entry.mentions {
                            if let a = byID[m.articleID] { h.mention(of: a, sentence: m.sentence) } else { h.combine("missing " + m.articleID) }
                            h.combine(m.summary)
                        }
                    }
                }
            }
            return PageSpec(path: path, template: "timeline", title: title,
                            content: .lazy(LazyPage(make: { .timeline(page.view()) }, inputs: inputs, timeline: page)),
                            widgets: ["density": index == 0 ? strip : ""])
        }
    }

    /// Events of one page by year and month, in order.
    func group(_ events: [EventView]) -> [YearView] {
        var years: [YearView] = []
        for event in events {
            let year = String(event.dateISO.prefix(4))
            let monthKey = event.dateISO.count >= 7 ? String(event.dateISO.prefix(7)) : year
            if years.last?.label != year { years.append(YearView(label: year, anchor: "y-\(year)", months: [])) }
            let monthLabel = monthKey.count == 7 ? DisplayFormat.date(monthKey) : "\(year), month not given"
            if years[years.count - 1].months.last?.anchor != "m-\(monthKey)" {
                years[years.count - 1].months.append(MonthView(label: monthLabel, anchor: "m-\(monthKey)", events: []))
            }
            let last = years[years.count - 1].months.count - 1
            years[years.count - 1].months[last].events.append(event)
        }
        return years
    }

    /// Links of an event built for the site root, made relative to a page `root` (e.g. `../../`).
    func rebase(_ event: EventView, to root: String) -> EventView {
        var e = event
        e.href = root + e.href
        e.sources = e.sources.map { EventSourceView(title: $0.title, label: $0.label, href: root + $0.href) }
        return e
    }

    /// Events more than a year before the as-of date are background.
    func backgroundCutoff(_ asOf: String) -> String {
        guard let year = Int(asOf.prefix(4)) else { return "0000" }
        return String(year - 1) + String(asOf.dropFirst(4))
    }

    /// A merged timeline entry as a view, links relative to the site root; its sources are every mention.
    func eventView(_ entry: TimelineEntry, articles: [String: AnalyzedArticle]) -> EventView? {
        guard let first = entry.mentions.first, let article = articles[first.articleID] else { return nil }
        let href = { (m: EventMention) in "sources/\(m.articleID)/index.html#s-\(m.sentence)" }
        var label = entry.date.map(DisplayFormat.date) ?? (entry.wording ?? "relative date")
        if let start = entry.date, let end = entry.end { label = DisplayFormat.range(start, end) }
        let sources = entry.mentions.compactMap { m -> EventSourceView? in
            guard let a = articles[m.articleID] else { return nil }
            return EventSourceView(title: a.summary.headline.text, label: shortLabel(a), href: href(m))
        }
        return EventView(date: label, dateISO: entry.date ?? "", endISO: entry.end, precision: entry.precision.rawValue,
                         summary: entry.summary, href: href(first), sourceTitle: article.summary.headline.text,
                         sentenceText: article.sentenceText(first.sentence), isRange: entry.end != nil,
                         wording: entry.wording, sources: sources)
    }
}
