import BriefgenMarkdown
import BriefgenText
import Mustache

/// A figure category's page (`category.md` with `partials/figure-table.md`) written as Markdown bytes straight from
/// its figures: byte for byte what Mustache renders from the ``CategoryPageView`` the page would otherwise make,
/// without a ``FigureView`` per figure (strings for its link, label, period and a copy of its sentence) or Mustache's
/// lookups for each of the page's 200 table rows. The two small partials it shows (`badges`, `pagenav`) are still
/// rendered by Mustache, from the page's view without its figures (they show none).
///
/// Used only while `category.md` and the three partials are the texts this mirrors (``mirrors(_:)``, a digest
/// checked when the templates are loaded); `CategoryPageMarkdownTests` compare both ways. Values are escaped with
/// ``MarkdownEscaper`` exactly where the template escapes them.
enum CategoryPageMarkdown {
    /// What the page shows: its figures (by reference), how many the category has, and the page's place.
    struct Page: Sendable {
        var label: String
        var total: Int
        var root: String
        var nav: PageNavView
        var site: SiteView
        var figures: [FigureRef]
        var articles: [AnalyzedArticle]
        var assembler: SiteAssembler

        /// The view Mustache would render (with its figures' views).
        func view() -> CategoryPageView {
            CategoryPageView(root: root, site: site, group: FigureGroupView(label: label, anchor: "", figures: figures.map {
                assembler.figureView($0.statistic(in: articles), in: articles[$0.article], root: root)
            }, total: total, moreHref: nil), nav: nav)
        }
    }

    /// StableHasher digest of `category.md`, `partials/figure-table.md`, `partials/badges.md` and `partials/pagenav.md`
    /// as this writer mirrors them. A test fails when the built-in templates change: update the writer, then this.
    static let mirroredDigest = "5b9a0f5c69cb5badfa4fc0a943081bf8"

    static let mirroredFiles = ["category.md", "partials/figure-table.md", "partials/badges.md", "partials/pagenav.md"]

    /// Whether `templates` (file name → text, after overrides) hold exactly the texts this writer mirrors.
    static func mirrors(_ templates: [String: String]) -> Bool { digest(templates) == mirroredDigest }

    static func digest(_ templates: [String: String]) -> String {
        var hasher = StableHasher()
        for name in mirroredFiles { hasher.combine(templates[name]) }
        return hasher.finalize()
    }

    /// The page's Markdown (directives as sentinels, as ``TemplateDirectives`` compiles a template).
    static func markdown(of page: Page, library: MustacheLibrary) -> [UInt8] {
        // The partials see the page without its figures: `badges` shows no value, `pagenav` only `nav`.
        let bare = CategoryPageView(root: page.root, site: page.site,
                                    group: FigureGroupView(label: page.label, anchor: "", figures: [], total: page.total, moreHref: nil),
                                    nav: page.nav)
        let badges = library.render(bare, withTemplate: "badges") ?? ""
        let nav = library.render(bare, withTemplate: "pagenav") ?? ""
        var w = MarkdownBytes()
        w.out.reserveCapacity(page.figures.count * 400 + 4096)
        w.text("# ")
        w.escaped(page.label)
        w.text("\n\n")
        w.directive(Directive.attributes, ".lede")
        w.text(" All ")
        w.escaped(String(page.total))
        w.text(" figures of this kind in the sources, in the order of the sources. Back to [all figures](")
        w.escaped(page.root)
        w.text("statistics/index.html).\n\n")
        w.raw(badges)
        w.text("\n")
        w.raw(nav)
        w.text("\n\n")
        w.directive(Directive.containerOpen, "section .figure-group")
        w.text("\n\n")
        w.directive(Directive.open, "caption")
        w.escaped(page.label)
        w.text(": value, what is counted, where and when, who says so, and verification")
        w.sentinel(Directive.close)
        w.text("\n\n| Value | What | Where | When | Who says so | Verification | Source |\n|---|---|---|---|---|---|---|\n")
        var labels: [Int: String] = [:]
        for ref in page.figures {
            let a = page.articles[ref.article]
            let s = a.analysis.statistics[ref.statistic]
            let label = labels[ref.article] ?? page.assembler.shortLabel(a)
            labels[ref.article] = label
            w.row(s, sourceLabel: label, href: page.root + "sources/" + a.article.id + "/index.html#s-" + String(s.sentence))
        }
        w.text("\n")
        w.sentinel(Directive.containerClose)
        w.text("\n\n\n")
        w.raw(nav)
        return w.out
    }
}

extension MarkdownBytes {
    /// One row of `partials/figure-table.md`, with what ``SiteAssembler/figureView(_:in:root:)`` gives it.
    mutating func row(_ s: Statistic, sourceLabel: String, href: String) {
        let verification = s.verification.rawValue
        text("| ")
        sentinel(Directive.attributes)
        text("data-sort=")
        escaped(FigureView.sortText(s.value))
        sentinel(Directive.end)
        text(" ")
        escaped(DisplayFormat.amount(s))
        text(" | ")
        escaped(s.what)
        text(" | ")
        if let place = s.place { escaped(place) }
        text(" | ")
        if let period = SiteAssembler.periodText(s) { escaped(period) }
        text(" | ")
        escaped(s.attribution?.who ?? "no source given")
        if let verb = s.attribution?.verb {
            text(" (")
            escaped(verb)
            text(")")
        }
        text(" | ")
        sentinel(Directive.open)
        text("span .badge .badge-")
        escaped(verification)
        sentinel(Directive.end)
        escaped(DisplayFormat.verificationLabel(s.verification))
        sentinel(Directive.close)
        text(" | [")
        escaped(sourceLabel)
        text("](")
        raw(href)
        text(") |\n")
    }
}
