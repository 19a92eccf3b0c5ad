import BriefgenText
/// A path inside the output folder, always relative, made of safe segments (never `..`, never absolute).
public struct OutputPath: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The `/`-separated relative path.
    public let value: String

    /// Creates a path from segments; each must be a slug-like name.
    public init(_ segments: String...) {
        self.init(segments: segments)
    }

    /// Creates a path from segments; unsafe segments are replaced, so the path can never leave the output folder.
    public init(segments: [String]) {
        value = segments.map { segment in
            let safe = segment.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)
            } && !segment.hasPrefix(".") && !segment.isEmpty
            return safe ? segment : "invalid"
        }.joined(separator: "/")
    }

    /// Number of folders above the file (for relative links back to the root).
    public var depth: Int { value.split(separator: "/").count - 1 }

    /// `../` repeated `depth` times.
    public var root: String { String(repeating: "../", count: depth) }

    public var description: String { value }
    public static func < (a: OutputPath, b: OutputPath) -> Bool { a.value < b.value }
}

/// A page to render: which template, with which values.
///
/// A class, immutable once made: the build hands its 10,000 pages from the assembler to the planner, the reuse checks
/// and the renderer, and copying the struct it was (five fields and an enum of views, a dozen references to retain
/// and release each time) was a twentieth of the CPU of a rebuild that changed one article.
final class PageSpec: Sendable {
    /// Whether the page is a timeline or figure page made when it is rendered (see ``Content/lazy(_:)``): the pages
    /// whose size grows with the number of events or figures the articles share, rendered first.
    var isList: Bool {
        if case .lazy = content { return true }
        return false
    }

    enum Content: Sendable {
        case index(IndexPageView)
        case source(SourcePageView)
        /// A source page whose view is made only when the page is rendered: a build of 50,000 articles would
        /// otherwise hold every article's text twice (in its analysis and in its page view) until the end, and a
        /// rebuild does not render unchanged source pages at all.
        case lazySource(SourcePageMaker)
        /// Any other page whose view is made when it is fingerprinted and again if it is rendered, then let go: the
        /// timeline and figure pages of 50,000 articles hold hundreds of thousands of event and figure views.
        case lazy(LazyPage)
        /// A page of a group taken as the last build made it (see ``PageGroup``).
        case carried(CarriedPage)
        case sources(SourcesPageView)
        case timeline(TimelinePageView)
        case statistics(StatisticsPageView)
        case about(AboutPageView)
        case search(SearchPageView)
        case category(CategoryPageView)

        var object: Any {
            switch self {
            case .index(let v): return v
            case .source(let v): return v
            case .lazySource(let maker): return maker.view()
            case .lazy(let page): return page.make().object
            case .carried(let page): return page.group.page(page.path)?.content.object ?? [String: String]()
            case .sources(let v): return v
            case .timeline(let v): return v
            case .statistics(let v): return v
            case .about(let v): return v
            case .search(let v): return v
            case .category(let v): return v
            }
        }
    }

    let path: OutputPath
    let template: String
    let title: String
    let content: Content
    let widgets: [String: String]

    init(path: OutputPath, template: String, title: String, content: Content, widgets: [String: String]) {
        self.path = path
        self.template = template
        self.title = title
        self.content = content
        self.widgets = widgets
    }
}

extension PageSpec.Content: Encodable {
    /// The view alone (what a page fingerprint hashes; the page's path and template are hashed beside it).
    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .index(let v): try c.encode(v)
        case .source(let v): try c.encode(v)
        case .lazySource(let maker): try c.encode(maker.view())
        case .lazy(let page): try c.encode(page.make())
        case .carried(let page): try c.encode(page.fingerprint)
        case .sources(let v): try c.encode(v)
        case .timeline(let v): try c.encode(v)
        case .statistics(let v): try c.encode(v)
        case .about(let v): try c.encode(v)
        case .search(let v): try c.encode(v)
        case .category(let v): try c.encode(v)
        }
    }
}

/// Makes a page's content when asked (see ``PageSpec/Content/lazy(_:)``).
struct LazyPage: Sendable {
    let make: @Sendable () -> PageSpec.Content
    /// Feeds everything the view is made from into a page fingerprint — entries, figures and what their views take
    /// from their articles — so that an unchanged page is recognized without making its view (nil: the view is made
    /// and hashed).
    var inputs: (@Sendable (inout PageInputs) -> Void)? = nil
    /// A category page's figures, for ``CategoryPageMarkdown`` to write its Markdown directly (nil: any other page).
    var category: CategoryPageMarkdown.Page? = nil
    /// A timeline page's entries, for ``TimelinePageMarkdown`` to write its Markdown directly.
    var timeline: TimelinePageMarkdown.Page? = nil
}

/// What a ``LazyPage`` feeds its fingerprint with.
struct PageInputs {
    var hasher = StableHasher()

    /// What an entry's or a figure's view takes from its article: the article's id, headline, outlet and host (its
    /// short label) and the text of the sentence it links to. Not the article's cache key: that changes with any
    /// edit, and a rebuild after one sentence was appended rendered every timeline and category page the article
    /// appears on again, to the same bytes. If a view ever shows more of its article, it must be fed here.
    mutating func mention(of a: AnalyzedArticle, sentence: Int) {
        // By digests made with the analysis (and cached with it): the source's id, headline, outlet and host, and the
        // sentence's text (hashing those strings and bytes again for every mention was a twentieth of a rebuild).
        hasher.combine(a.sourceDigest)
        hasher.combine(sentence)
        hasher.combine(a.sentenceDigests.indices.contains(sentence) ? a.sentenceDigests[sentence] : 0)
    }

    /// What an article's card (``SiteAssembler/card(_:root:)``) shows: id, headline and whether it was generated, dek,
    /// publication date (value, lower bound, source), outlet and host, figure and event counts, and each section's title
    /// and whether it was generated. `SourceCardFingerprintTests` fails when the card gains a field; if the card ever
    /// shows more of its article, it must be fed here (what it takes from the analysis, to the card digest of
    /// ``AnalyzedArticle/groupDigests(of:eventTerms:sentenceDigests:)``).
    mutating func card(of a: AnalyzedArticle) {
        // The analysis's part by its digest, made with the analysis and cached with it (hashing a dozen fields of each
        // of 10,000 articles was a thirtieth of a rebuild; see ``AnalyzedArticle/groupDigests``).
        hasher.combine(a.article.id)
        hasher.combine(a.article.metadata.outlet)
        hasher.combine(a.article.metadata.sourceHost)
        hasher.combine(a.groupDigests.card)
    }

    /// The fields of a card view that ``card(of:)`` covers (checked against `SourceCardView`'s stored properties).
    static let cardFields = ["id", "href", "headline", "headlineGenerated", "dek", "published", "publishedNote", "outlet",
                             "figureCount", "eventCount", "sections"]

    /// Every field of a figure (the generic encoder cost 4.5 µs a figure, a fifth of a one-article rebuild's CPU;
    /// `StatisticFingerprintTests` fails when `Statistic` gains a field this does not feed).
    mutating func combine(_ s: Statistic) {
        hasher.combine(s.value.bitPattern)
        hasher.combine(s.low?.bitPattern)
        hasher.combine(s.high?.bitPattern)
        hasher.combine(s.qualifier.rawValue)
        hasher.combine(s.surface)
        hasher.combine(s.unit)
        hasher.combine(s.what)
        hasher.combine(s.category.rawValue)
        hasher.combine(s.place)
        hasher.combine(s.period != nil)
        hasher.combine(s.period?.start)
        hasher.combine(s.period?.end)
        hasher.combine(s.attribution != nil)
        hasher.combine(s.attribution?.who)
        hasher.combine(s.attribution?.verb)
        hasher.combine(s.verification.rawValue)
        hasher.combine(s.sentence)
        hasher.combine(s.start)
        hasher.combine(s.end)
    }

    /// The fields ``combine(_:)-(Statistic)`` feeds, by name (checked against `Statistic`'s stored properties).
    static let statisticFields = ["value", "low", "high", "qualifier", "surface", "unit", "what", "category", "place",
                                  "period", "attribution", "verification", "sentence", "start", "end"]

    mutating func combine(_ text: String) { hasher.combine(text) }
    mutating func combine(_ text: String?) { hasher.combine(text) }
    mutating func combine(_ value: Int) { hasher.combine(value) }
    mutating func combine(_ value: Bool) { hasher.combine(value) }
}

/// A finished file of the site (page, data export, asset).
public struct OutputFile: Sendable {
    /// Where it goes.
    public var path: OutputPath
    /// Its bytes.
    public var contents: [UInt8]
}

/// The assembled site: pages still to render and files ready to write.
struct Site: Sendable {
    var view: SiteView
    var pages: [PageSpec]
    var files: [OutputFile]
    /// Big files written piece by piece when staged (the data exports and the search index).
    var streams: [StreamedFile] = []
    var diagnostics: [Diagnostic] = []
}
