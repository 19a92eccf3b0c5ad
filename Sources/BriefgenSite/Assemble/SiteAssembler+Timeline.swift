import BriefgenText

extension SiteAssembler {
    /// The timeline: recent events by year and month, older ones as background, relative ones apart.
    func timelinePage(_ articles: [AnalyzedArticle], site: SiteView) -> PageSpec {
        let path = OutputPath("timeline", "index.html")
        let all = articles.flatMap { eventViews(of: $0, root: path.root) }
        let dated = mergeDuplicates(all.filter { !$0.dateISO.isEmpty })
            .sorted { ($0.dateISO, $0.summary, $0.href) < ($1.dateISO, $1.summary, $1.href) }
        let cutoff = backgroundCutoff(site.asOfISO)
        let background = dated.filter { $0.dateISO < cutoff }
        let recent = dated.filter { $0.dateISO >= cutoff }
        var years: [YearView] = []
        for event in recent {
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
        let relative = all.filter { $0.dateISO.isEmpty }
        let view = TimelinePageView(
            root: path.root, site: site, years: years, background: background, relative: relative,
            hasYears: !years.isEmpty, hasBackground: !background.isEmpty, hasRelative: !relative.isEmpty,
            backgroundBefore: DisplayFormat.date(cutoff))
        return PageSpec(path: path, template: "timeline", title: "Timeline", content: .timeline(view),
                        widgets: ["density": TimelineStrip.svg(dated)])
    }

    /// Events more than a year before the as-of date are background.
    func backgroundCutoff(_ asOf: String) -> String {
        guard let year = Int(asOf.prefix(4)) else { return "0000" }
        return String(year - 1) + String(asOf.dropFirst(4))
    }

    /// Mentions with the same date and the same summary become one entry listing every source.
    private func mergeDuplicates(_ events: [EventView]) -> [EventView] {
        var merged: [EventView] = []
        var index: [String: Int] = [:]
        for event in events {
            let key = event.dateISO + "|" + event.summary.lowercased()
            if let i = index[key] {
                merged[i].sources.append(contentsOf: event.sources)
            } else {
                index[key] = merged.count
                merged.append(event)
            }
        }
        return merged
    }
}
