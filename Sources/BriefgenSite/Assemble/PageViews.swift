/// The briefing front page.
struct IndexPageView: Sendable, Encodable {
    var root: String
    var site: SiteView
    /// Figures and dated events of all articles (on the briefing page only, so that editing one article does not
    /// change every page of the site).
    var figureCount: Int
    var eventCount: Int
    var keyFigures: [FigureView]
    var latestEvents: [EventView]
    var sources: [SourceCardView]
    var hasMoreSources: Bool
    var hasFigures: Bool
    var hasEvents: Bool
}

/// One article's page.
struct SourcePageView: Sendable, Encodable {
    var root: String
    var site: SiteView
    var card: SourceCardView
    var sourceURL: String?
    var sourceText: String?
    var author: String?
    var file: String
    var publishedSource: String
    var publishedEvidence: String?
    var outline: [SectionLinkView]
    var hasOutline: Bool
    var sections: [SectionTextView]
    var figures: [FigureView]
    var events: [EventView]
    var relativeEvents: [EventView]
    var imageSources: [String]
}

/// The index of sources (one page of it).
struct SourcesPageView: Sendable, Encodable {
    var root: String
    var site: SiteView
    var sources: [SourceCardView]
    var nav: PageNavView
}

/// The timeline.
struct TimelinePageView: Sendable, Encodable {
    var root: String
    var site: SiteView
    var years: [YearView]
    var background: [EventView]
    var relative: [EventView]
    var hasYears: Bool
    var hasBackground: Bool
    var hasRelative: Bool
    var backgroundBefore: String
    var relativeTruncated: Bool
    var nav: PageNavView
}

/// Every figure.
struct StatisticsPageView: Sendable, Encodable {
    var root: String
    var site: SiteView
    var groups: [FigureGroupView]
    var conflicts: [ConflictView]
    var hasConflicts: Bool
    var conflictsTruncated: Bool
    var hasFigures: Bool
}

/// Every figure of one category (one page of them).
struct CategoryPageView: Sendable, Encodable {
    var root: String
    var site: SiteView
    var group: FigureGroupView
    var nav: PageNavView
}

/// The search page: the form, and every source as the no-JavaScript fallback.
struct SearchPageView: Sendable, Encodable {
    var root: String
    var site: SiteView
    var sources: [SourceCardView]
    var isTruncated: Bool
}

/// How the briefing was made.
struct AboutPageView: Sendable, Encodable {
    var root: String
    var site: SiteView
}

/// What the layout sees.
struct LayoutView: Sendable, Encodable {
    var root: String
    var site: SiteView
    var pageTitle: String
    var content: String
    var kind: String
    var isIndex: Bool
    var isTimeline: Bool
    var isStatistics: Bool
    var isSources: Bool
    var isAbout: Bool
    var isSearch: Bool
}
