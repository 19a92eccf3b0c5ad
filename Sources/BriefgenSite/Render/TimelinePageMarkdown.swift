import BriefgenMarkdown
import BriefgenText
import Mustache

/// A timeline page (`timeline.md` with `partials/event.md`) written as Markdown bytes straight from its merged
/// entries: byte for byte what Mustache renders from the ``TimelinePageView`` the page would otherwise make, without
/// an ``EventView`` per entry (strings for its label and links and a copy of its first sentence) or Mustache's
/// lookups for each of the page's 100 events. `pagenav` is still rendered by Mustache, from the page's view without
/// its events (it shows only `nav`).
///
/// Used only while `timeline.md`, `partials/event.md` and `partials/pagenav.md` are the texts this mirrors
/// (``mirrors(_:)``, a digest checked when the templates are loaded); `TimelinePageMarkdownTests` compare both ways.
enum TimelinePageMarkdown {
    /// What one timeline page shows.
    struct Page: Sendable {
        var root: String
        var site: SiteView
        var nav: PageNavView
        /// The page's dated entries, in order.
        var entries: [TimelineEntry]
        /// The entries known only relative to an unknown publication date (on the first page).
        var relative: [TimelineEntry]
        var relativeTruncated: Bool
        /// Events before this date (ISO) are background.
        var cutoff: String
        var articles: [String: AnalyzedArticle]
        var assembler: SiteAssembler

        /// The view Mustache renders.
        func view() -> TimelinePageView {
            let rebased = entries.compactMap { assembler.eventView($0, articles: articles).map { assembler.rebase($0, to: root) } }
            let background = rebased.filter { $0.dateISO < cutoff }
            let years = assembler.group(rebased.filter { $0.dateISO >= cutoff })
            let relativeViews = relative.compactMap { assembler.eventView($0, articles: articles).map { assembler.rebase($0, to: root) } }
            return TimelinePageView(
                root: root, site: site, years: years, background: background, relative: relativeViews,
                hasYears: !years.isEmpty, hasBackground: !background.isEmpty, hasRelative: !relativeViews.isEmpty,
                backgroundBefore: DisplayFormat.date(cutoff), relativeTruncated: relativeTruncated, nav: nav)
        }
    }

    /// StableHasher digest of `timeline.md`, `partials/event.md` and `partials/pagenav.md` as this writer mirrors
    /// them. A test fails when the built-in templates change: update the writer, then this digest.
    static let mirroredDigest = "63f50f61c81e8c5529e3a18ae45dcbda"

    static let mirroredFiles = ["timeline.md", "partials/event.md", "partials/pagenav.md"]

    /// Whether `templates` (file name → text, after overrides) hold exactly the texts this writer mirrors.
    static func mirrors(_ templates: [String: String]) -> Bool { digest(templates) == mirroredDigest }

    static func digest(_ templates: [String: String]) -> String {
        var hasher = StableHasher()
        for name in mirroredFiles { hasher.combine(templates[name]) }
        return hasher.finalize()
    }

    /// An entry as its view would show it (nil when its first mention's article is missing, as
    /// ``SiteAssembler/eventView(_:articles:)`` gives none).
    private struct Shown {
        var entry: TimelineEntry
        var dateISO: String
    }

    /// The page's Markdown (directives as sentinels, as ``TemplateDirectives`` compiles a template).
    static func markdown(of page: Page, library: MustacheLibrary) -> [UInt8] {
        let bare = TimelinePageView(root: page.root, site: page.site, years: [], background: [], relative: [], hasYears: false,
                                    hasBackground: false, hasRelative: false, backgroundBefore: "", relativeTruncated: false,
                                    nav: page.nav)
        let nav = library.render(bare, withTemplate: "pagenav") ?? ""
        let shown = page.entries.compactMap { e -> Shown? in
            guard let first = e.mentions.first, page.articles[first.articleID] != nil else { return nil }
            return Shown(entry: e, dateISO: e.date ?? "")
        }
        let relative = page.relative.filter { $0.mentions.first.map { page.articles[$0.articleID] != nil } ?? false }
        let background = shown.filter { $0.dateISO < page.cutoff }
        let dated = shown.filter { $0.dateISO >= page.cutoff }
        var labels: [String: String] = [:]
        var w = MarkdownBytes()
        w.out.reserveCapacity(shown.count * 600 + 4096)
        w.text("# Timeline\n\n")
        w.directive(Directive.attributes, ".lede")
        w.text(" Dated events from all sources, in order. Each date is as precise as the source: “April 2025” is a month, not a day. Entries link to the sentence they come from.\n\n")
        w.directive(Directive.widget, "density")
        w.text("\n\n")
        w.raw(nav)
        w.text("\n")
        // Years and months as ``SiteAssembler/group(_:)`` makes them.
        var year: String? = nil
        var month: String? = nil
        for item in dated {
            let iso = item.dateISO
            let thisYear = String(iso.prefix(4))
            let monthKey = iso.count >= 7 ? String(iso.prefix(7)) : thisYear
            if year != thisYear {
                if year != nil {
                    w.text("\n")
                    w.containerClose()
                }
                year = thisYear
                month = nil
                w.text("\n")
                w.sentinel(Directive.containerOpen)
                w.text("section .year #")
                w.escaped("y-" + thisYear)
                w.sentinel(Directive.end)
                w.text("\n\n## ")
                w.escaped(thisYear)
                w.text("\n\n")
            }
            if month != monthKey {
                if month != nil { w.text("\n") }
                month = monthKey
                w.text("### ")
                w.escaped(monthKey.count == 7 ? DisplayFormat.date(monthKey) : "\(thisYear), month not given")
                w.text("\n\n")
            }
            w.timelineEvent(item.entry, page: page, labels: &labels)
        }
        if year != nil {
            w.text("\n")
            w.containerClose()
        }
        if dated.isEmpty, background.isEmpty { w.text("No dated events.\n") }
        w.text("\n")
        if !background.isEmpty {
            w.containerOpen("section .background #background")
            w.text("## Background\n\n")
            w.containerOpen("details .background-events")
            w.open("summary")
            w.text("Events before ")
            w.escaped(DisplayFormat.date(page.cutoff))
            w.close()
            w.text("\n\n")
            for item in background { w.timelineEvent(item.entry, page: page, labels: &labels) }
            w.containerClose()
            w.containerClose()
        }
        w.text("\n")
        if !relative.isEmpty {
            w.containerOpen("section .relative #relative")
            w.text("## Dates relative to publication\n\n")
            w.directive(Directive.attributes, ".note")
            w.text(" These dates are relative (“on Wednesday”, “this week”) and the source does not give its exact publication date, so they cannot be placed on the timeline. The original wording is kept.\n\n")
            for entry in relative {
                w.text("- ")
                w.directive(Directive.attributes, ".event .relative")
                w.text(" ")
                w.open("span .event-date")
                w.text("“")
                w.escaped(TimelinePageMarkdown.dateText(entry))
                w.text("”")
                w.close()
                w.text(" ")
                w.open("span .event-body")
                w.open("span .event-summary")
                w.escaped(entry.summary)
                w.close()
                w.text(" ")
                w.open("span .event-sources")
                for (label, href) in TimelinePageMarkdown.sources(of: entry, page: page, labels: &labels) {
                    w.text("[")
                    w.escaped(label)
                    w.text("](")
                    w.raw(href)
                    w.text(")")
                }
                w.close()
                w.close()
                w.text("\n")
            }
            if page.relativeTruncated {
                w.text("\nOnly the first relative dates are listed here; each source page lists all of its own.\n")
            }
            w.containerClose()
        }
        w.text("\n")
        w.raw(nav)
        return w.out
    }

    /// The entry's date in words, as ``SiteAssembler/eventView(_:articles:)`` labels it.
    static func dateText(_ entry: TimelineEntry) -> String {
        var label = entry.date.map(DisplayFormat.date) ?? (entry.wording ?? "relative date")
        if let start = entry.date, let end = entry.end { label = DisplayFormat.range(start, end) }
        return label
    }

    /// The entry's sources (mentions whose article is known): short label and link from the page.
    static func sources(of entry: TimelineEntry, page: Page, labels: inout [String: String]) -> [(String, String)] {
        entry.mentions.compactMap { m in
            guard let a = page.articles[m.articleID] else { return nil }
            let label = labels[m.articleID] ?? page.assembler.shortLabel(a)
            labels[m.articleID] = label
            return (label, page.root + "sources/\(m.articleID)/index.html#s-\(m.sentence)")
        }
    }
}

extension MarkdownBytes {
    /// `partials/event.md` for a timeline entry, with what its view would give it.
    fileprivate mutating func timelineEvent(_ e: TimelineEntry, page: TimelinePageMarkdown.Page, labels: inout [String: String]) {
        eventHead(precision: e.precision.rawValue, isRange: e.end != nil, date: TimelinePageMarkdown.dateText(e), summary: e.summary)
        let sources = TimelinePageMarkdown.sources(of: e, page: page, labels: &labels)
        for (i, (label, href)) in sources.enumerated() {
            text("[")
            escaped(label)
            text("](")
            raw(href)
            text(")")
            if i + 1 < sources.count { text(" · ") }
        }
        close()
        close()
        text("\n")
    }
}
