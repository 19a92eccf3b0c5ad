import BriefgenText

extension SiteAssembler {
    static let figuresPerCategoryOnSummary = 10
    static let figuresPerCategoryPage = 200
    static let conflictsLimit = 10

    /// The figures page (each category's leading figures, conflicts, chart) and one paginated page per category.
    func statisticsPages(_ articles: [AnalyzedArticle], site: SiteView) -> [PageSpec] {
        let path = OutputPath("statistics", "index.html")
        // Figures by where they are (article, figure): copying an article with each of its figures made a
        // transient copy of every figure of the site.
        let refs = FigureRef.all(in: articles)
        let assembler = self
        let view: @Sendable (FigureRef, String) -> FigureView = { ref, root in
            assembler.figureView(articles[ref.article].analysis.statistics[ref.statistic], in: articles[ref.article], root: root)
        }
        var pages: [PageSpec] = []
        var groups: [FigureGroupView] = []
        // One pass over the figures (a filter per category read every figure once per category).
        var byCategory: [Statistic.Category: [FigureRef]] = [:]
        for ref in refs { byCategory[ref.category(in: articles), default: []].append(ref) }
        for category in DisplayFormat.categoryOrder {
            guard let members = byCategory[category] else { continue }
            let label = DisplayFormat.categoryLabel(category)
            let base = ["statistics", category.rawValue]
            let chunks = Paginator.chunks(members, size: SiteAssembler.figuresPerCategoryPage)
            let more = members.count > SiteAssembler.figuresPerCategoryOnSummary
            groups.append(FigureGroupView(
                label: label, anchor: category.rawValue,
                figures: members.prefix(SiteAssembler.figuresPerCategoryOnSummary).map { view($0, path.root) },
                total: members.count, moreHref: more ? path.root + Paginator.path(base, 1).value : nil))
            guard more else { continue }
            for (index, chunk) in chunks.enumerated() {
                let pagePath = Paginator.path(base, index + 1)
                let nav = Paginator.nav(base, page: index + 1, of: chunks.count, from: pagePath)
                let total = members.count
                // The page's figure views are made when it is fingerprinted or rendered, not held for the whole build.
                let content = LazyPage {
                    let group = FigureGroupView(label: label, anchor: category.rawValue, figures: chunk.map { view($0, pagePath.root) },
                                                total: total, moreHref: nil)
                    return .category(CategoryPageView(root: pagePath.root, site: site, group: group, nav: nav))
                }
                let inputs: @Sendable (inout PageInputs) -> Void = { h in
                    h.combine(category.rawValue)
                    h.combine(index)
                    h.combine(chunks.count)
                    h.combine(total)
                    h.combine(chunk.count)
                    for ref in chunk {
                        let article = articles[ref.article]
                        h.mention(of: article, sentence: article.analysis.statistics[ref.statistic].sentence)
                        h.combine(article.analysis.statistics[ref.statistic])
                    }
                }
                let direct = CategoryPageMarkdown.Page(label: label, total: total, root: pagePath.root, nav: nav, site: site,
                                                       figures: Array(chunk), articles: articles, assembler: assembler)
                pages.append(PageSpec(path: pagePath, template: "category",
                                      title: chunks.count > 1 ? "\(label), page \(index + 1)" : label,
                                      content: .lazy(LazyPage(make: content.make, inputs: inputs, category: direct)), widgets: [:]))
            }
        }
        let allConflicts = FigureConflicts.find(refs, in: articles)
        let conflicts = allConflicts.prefix(SiteAssembler.conflictsLimit).map { group in
            ConflictView(what: group.what, figures: group.members.prefix(4).map { view($0, path.root) })
        }
        let chartFigures = [Statistic.Category.killed, .injured, .casualties, .displaced].flatMap { byCategory[$0] ?? [] }
            .sorted { ($0.article, $0.statistic) < ($1.article, $1.statistic) }
        let statisticsView = StatisticsPageView(root: path.root, site: site, groups: groups, conflicts: Array(conflicts),
                                                hasConflicts: !conflicts.isEmpty, conflictsTruncated: allConflicts.count > conflicts.count,
                                                hasFigures: !refs.isEmpty)
        pages.insert(PageSpec(path: path, template: "statistics", title: "Figures", content: .statistics(statisticsView),
                              widgets: ["chart": FigureChart.svg(FigureChart.largest(chartFigures, in: articles).map {
                                  ($0.statistic(in: articles), articles[$0.article].summary.headline.text)
                              })]), at: 0)
        return pages
    }
}

/// Where a figure is: its article's index in the build's article list, and its index among that article's figures.
struct FigureRef: Sendable {
    var article: Int
    var statistic: Int

    /// Every figure of `articles`, in article order.
    static func all(in articles: [AnalyzedArticle]) -> [FigureRef] {
        articles.enumerated().flatMap { a, article in article.summary.figures.indices.map { FigureRef(article: a, statistic: $0) } }
    }

    func statistic(in articles: [AnalyzedArticle]) -> Statistic { articles[article].analysis.statistics[statistic] }

    /// The figure's category, read in place (without copying the figure and its strings).
    func category(in articles: [AnalyzedArticle]) -> Statistic.Category { articles[article].summary.figures[statistic].category }
}

/// Finds figures that count the same thing (same category, head noun, place and period) with different values
/// from different sources.
enum FigureConflicts {
    struct Group {
        var what: String
        var members: [FigureRef]
    }

    /// What makes two figures count the same thing. (Compared as fields, not joined into one string a figure.)
    private struct Key: Hashable {
        var category: Statistic.Category
        var noun: Substring
        var place: String
        var periodStart: String
    }

    static func find(_ refs: [FigureRef], in articles: [AnalyzedArticle]) -> [Group] {
        var index: [Key: Int] = [:]
        var groups: [Group] = []
        for ref in refs {
            let s = articles[ref.article].analysis.statistics[ref.statistic]
            guard s.category != .other, s.category != .percentage else { continue }
            let key = Key(category: s.category, noun: headNoun(of: s.what), place: s.place ?? "", periodStart: s.period?.start ?? "")
            if let at = index[key] {
                groups[at].members.append(ref)
            } else {
                index[key] = groups.count
                groups.append(Group(what: s.what, members: [ref]))
            }
        }
        return groups.filter { group in
            // More than one value, and more than one source (article and who said it).
            let first = group.members[0]
            let value = articles[first.article].analysis.statistics[first.statistic].value
            let firstID = articles[first.article].article.id
            let firstWho = articles[first.article].analysis.statistics[first.statistic].attribution?.who ?? ""
            return group.members.contains { articles[$0.article].analysis.statistics[$0.statistic].value != value }
                && group.members.contains { ref in
                    let who = articles[ref.article].analysis.statistics[ref.statistic].attribution?.who ?? ""
                    return (ref.article != first.article && articles[ref.article].article.id != firstID) || who != firstWho
                }
        }
    }

    /// The last word of what a figure counts, lower-cased, without a plural "s": "civilians" → "civilian".
    static func headNoun(of what: String) -> Substring {
        var what = what
        // ASCII (nearly always): the last space-separated word found and lower-cased on the bytes.
        if let noun = what.withUTF8({ asciiHeadNoun($0) }) { return noun }
        let word = what.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return word.hasSuffix("s") ? Substring(word.dropLast()) : Substring(word)
    }

    /// ``headNoun(of:)`` of ASCII text, nil for any other.
    private static func asciiHeadNoun(_ bytes: UnsafeBufferPointer<UInt8>) -> Substring? {
        var end = bytes.count
        for byte in bytes where byte >= 0x80 { return nil }
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "s") || bytes[end - 1] == UInt8(ascii: "S") { end -= 1 }
        return Substring(String(decoding: bytes[start..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self))
    }
}
