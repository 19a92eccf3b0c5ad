import BriefgenText

extension SiteAssembler {
    /// Every figure grouped by category, and the figures that disagree side by side.
    func statisticsPage(_ articles: [AnalyzedArticle], site: SiteView) -> PageSpec {
        let path = OutputPath("statistics", "index.html")
        let pairs = articles.flatMap { a in a.analysis.statistics.map { (a, $0) } }
        var groups: [FigureGroupView] = []
        for category in DisplayFormat.categoryOrder {
            let figures = pairs.filter { $0.1.category == category }.map { figureView($0.1, in: $0.0, root: path.root) }
            if !figures.isEmpty {
                groups.append(FigureGroupView(label: DisplayFormat.categoryLabel(category), anchor: category.rawValue, figures: figures))
            }
        }
        let conflicts = FigureConflicts.find(pairs).map { group in
            ConflictView(what: group.what, figures: group.members.map { figureView($0.1, in: $0.0, root: path.root) })
        }
        let chartFigures = pairs.filter { [.killed, .injured, .casualties, .displaced].contains($0.1.category) }
        let view = StatisticsPageView(root: path.root, site: site, groups: groups, conflicts: conflicts,
                                      hasConflicts: !conflicts.isEmpty, hasFigures: !pairs.isEmpty)
        return PageSpec(path: path, template: "statistics", title: "Figures", content: .statistics(view),
                        widgets: ["chart": FigureChart.svg(chartFigures.map { ($0.1, $0.0.analysis.headline.text) })])
    }
}

/// Finds figures that count the same thing (same category and head noun) with different values.
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
