import Foundation

/// Pages made from every article at once — the timeline (one merge of every event) and the figure pages (every
/// figure, ranked and grouped) — which a rebuild takes as the last build made them when nothing they are made from
/// changed.
///
/// Making these groups only to find each page's fingerprint unchanged was a sixth of the CPU of a rebuild that changed
/// one article of 10,000. A group's ``digest(common:articles:)`` covers everything its pages are made from; when it is
/// the one the manifest recorded with the group, the group's pages are the recorded ones (path, template, title, and
/// the fingerprint recorded for each), and the group is assembled only if one of them must be rendered after all
/// (its file was changed or removed since): see ``CarriedPage``.
enum PageGroup: String, CaseIterable, Sendable {
    case timeline
    case statistics

    /// The digest of everything the group's pages are made from: `common` (briefgen's identity, the templates, the
    /// configuration and the site view: ``PageFingerprints/common``), then per article, in order, its id, what the
    /// pages show of it as a source (``AnalyzedArticle/sourceDigest``) and the digest of its events or figures
    /// (``AnalyzedArticle/groupDigests``).
    func digest(common: String, articles: [AnalyzedArticle]) -> String {
        var h = StableHasher()
        h.combine(common)
        h.combine(rawValue)
        h.combine(articles.count)
        for a in articles {
            h.combine(a.article.id)
            h.combine(a.sourceDigest)
            h.combine(self == .timeline ? a.groupDigests.events : a.groupDigests.figures)
        }
        return h.finalize()
    }

    /// The group a page made by ``SiteAssembler`` belongs to, by its path; nil for a page of no group.
    static func of(_ path: OutputPath) -> PageGroup? {
        let first = path.value.prefix { $0 != "/" }
        return first == "timeline" ? .timeline : first == "statistics" ? .statistics : nil
    }
}

/// What the manifest records of a group: its digest and its pages, in the order they were made.
struct PageGroupRecord: Sendable, Equatable {
    var digest: String
    var pages: [Page]

    /// A page of the group (its fingerprint is the manifest's entry for its path).
    struct Page: Sendable, Equatable {
        var path: String
        var template: String
        var title: String
    }
}

/// A page taken as the last build made it: its fingerprint is the one recorded, and its view is made — by assembling
/// its whole group once — only if it must be rendered.
struct CarriedPage: Sendable {
    /// The page's path (``OutputPath/value``).
    let path: String
    let fingerprint: String
    let group: DeferredGroup
}

/// A group's pages, assembled the first time one is asked for.
final class DeferredGroup: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [String: PageSpec]?
    private let make: @Sendable () -> [PageSpec]

    init(_ make: @escaping @Sendable () -> [PageSpec]) { self.make = make }

    func page(_ path: String) -> PageSpec? {
        lock.withLock {
            if made == nil { made = Dictionary(make().map { ($0.path.value, $0) }, uniquingKeysWith: { first, _ in first }) }
            return made?[path]
        }
    }
}

extension PageSpec {
    /// The page to render: a carried page as its group makes it, any other as it is; nil if the group makes no page
    /// at the carried page's path (the group's digest missed something it is made from: a defect).
    func resolved() -> PageSpec? {
        guard case .carried(let carried) = content else { return self }
        return carried.group.page(carried.path)
    }
}
