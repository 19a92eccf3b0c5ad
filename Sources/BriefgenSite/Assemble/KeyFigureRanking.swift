import BriefgenText

/// Orders figures for the key-figures box: casualties first, then scale of attacks, then money;
/// verified before reported before claimed; larger before smaller. Stable for equal keys (input order).
/// Figures of no category count only when someone is named for them.
enum KeyFigureRanking {
    private struct Key {
        var category: Int
        var verification: Int
        var value: Double
        var index: Int

        /// Whether `self` ranks before `other` (a strict total order: ties go to the earlier figure).
        func precedes(_ other: Key) -> Bool {
            if (category, verification) != (other.category, other.verification) {
                return (category, verification) < (other.category, other.verification)
            }
            if value != other.value { return value > other.value }
            return index < other.index
        }
    }

    /// The first `count` figures in ranking order: what sorting them all and taking a prefix gives, in one pass that
    /// keeps only the best few (a site's tens of thousands of figures are not sorted for a box of eight).
    static func top(_ count: Int, of figures: [FigureRef], in articles: [AnalyzedArticle]) -> [FigureRef] {
        guard count > 0 else { return [] }
        // Ranks found by comparison (a dictionary lookup per figure hashed 128,000 enum values at 64,000 figures).
        let order = DisplayFormat.categoryOrder
        func categoryRank(_ category: Statistic.Category) -> Int { order.firstIndex(of: category) ?? 99 }
        func verificationRank(_ verification: Statistic.Verification) -> Int {
            switch verification {
            case .verified: 0
            case .reported: 1
            case .claimed: 2
            case .unattributed: 3
            }
        }
        var best: [Key] = []  // sorted, at most `count`
        best.reserveCapacity(count + 1)
        for (index, ref) in figures.enumerated() {
            // The summaries' figures: the analyses of cached articles are not read for this.
            let figure = articles[ref.article].summary.figures[ref.statistic]
            guard figure.category != .other || figure.isAttributed else { continue }
            let key = Key(category: categoryRank(figure.category), verification: verificationRank(figure.verification),
                          value: figure.value, index: index)
            if best.count == count, !key.precedes(best[count - 1]) { continue }
            let at = best.firstIndex { key.precedes($0) } ?? best.count
            best.insert(key, at: at)
            if best.count > count { best.removeLast() }
        }
        return best.map { figures[$0.index] }
    }
}
