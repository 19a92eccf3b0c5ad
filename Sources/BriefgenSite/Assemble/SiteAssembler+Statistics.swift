import BriefgenText

extension SiteAssembler {
    static let figuresPerCategoryOnSummary = 10
    static let figuresPerCategoryPage = 200
    static let conflictsLimit = 10

    /// The figures page (each category's leading figures, conflicts, chart) and one paginated page per category.
    func statisticsPages(_ articles: [AnalyzedArticle], site: SiteView) -> [PageSpec] {
        let path = OutputPath("statistics", "index.html")
        let pairs = articles.flatMap { a in a.analysis.statistics.map { (a, $0) } }
        var pages: [PageSpec] = []
        var groups: [FigureGroupView] = []
        for category in DisplayFormat.categoryOrder {
            let members = pairs.filter { $0.1.category == category }
            guard !members.isEmpty else { continue }
            let label = DisplayFormat.categoryLabel(category)
            let base = ["statistics", category.rawValue]
            let chunks = Paginator.chunks(members, size: SiteAssembler.figuresPerCategoryPage)
            let more = members.count > SiteAssembler.figuresPerCategoryOnSummary
            groups.append(FigureGroupView(
                label: label, anchor: category.rawValue,
                figures: members.prefix(SiteAssembler.figuresPerCategoryOnSummary).map { figureView($0.1, in: $0.0, root: path.root) },
                total: members.count, moreHref: more ? path.root + Paginator.path(base, 1).value : nil))
            guard more else { continue }
            for (index, chunk) in chunks.enumerated() {
                let pagePath = Paginator.path(base, index + 1)
                let group = FigureGroupView(label: label, anchor: category.rawValue,
                                            figures: chunk.map { figureView($0.1, in: $0.0, root: pagePath.root) },
                                            total: members.count, moreHref: nil)
                let view = CategoryPageView(root: pagePath.root, site: site, group: group,
                                            nav: Paginator.nav(base, page: index + 1, of: chunks.count, from: pagePath))
                pages.append(PageSpec(path: pagePath, template: "category",
                                      title: chunks.count > 1 ? "\(label), page \(index + 1)" : label,
                                      content: .category(view), widgets: [:]))
            }
        }
        let allConflicts = FigureConflicts.find(pairs)
        let conflicts = allConflicts.prefix(SiteAssembler.conflictsLimit).map { group in
            ConflictView(what: group.what, figures: group.members.prefix(4).map { figureView($0.1, in: $0.0, root: path.root) })
        }
        let chartFigures = pairs.filter { [.killed, .injured, .casualties, .displaced].contains($0.1.category) }
        let view = StatisticsPageView(root: path.root, site: site, groups: groups, conflicts: Array(conflicts),
                                      hasConflicts: !conflicts.isEmpty, conflictsTruncated: allConflicts.count > conflicts.count,
                                      hasFigures: !pairs.isEmpty)
        pages.insert(PageSpec(path: path, template: "statistics", title: "Figures", content: .statistics(view),
                              widgets: ["chart": FigureChart.svg(chartFigures.map { ($0.1, $0.0.analysis.headline.text) })]), at: 0)
        return pages
    }
}

/// Finds figures that count the same thing (same category, head noun, place and period) with different values
/// from different sources.
enum FigureConflicts {
    struct Group {
        var what: String
        var members: [(AnalyzedArticle, Statistic)]
    }

    static func find(_ pairs: [(AnalyzedArticle, Statistic)]) -> [Group] {
        var groups: [String: Group] = [:]
        var order: [String] = []
        for pair in pairs where pair.1.category != .other && pair.1.category != .percentage {
            let head = pair.1.what.lowercased().split(separator: " ").last.map { String($0) } ?? ""
            let noun = head.hasSuffix("s") ? String(head.dropLast()) : head
            let key = pair.1.category.rawValue + "|" + noun + "|" + (pair.1.place ?? "") + "|" + (pair.1.period?.start ?? "")
            if groups[key] == nil {
                order.append(key)
                groups[key] = Group(what: pair.1.what, members: [])
            }
            groups[key]!.members.append(pair)
        }
        return order.compactMap { groups[$0] }.filter { group in
            Set(group.members.map(\.1.value)).count > 1
                && Set(group.members.map { $0.0.article.id + "|" + ($0.1.attribution?.who ?? "") }).count > 1
        }
    }
}
