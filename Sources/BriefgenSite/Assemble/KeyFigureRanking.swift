import BriefgenText

/// Orders figures for the key-figures box: casualties first, then scale of attacks, then money;
/// verified before reported before claimed; larger before smaller. Stable for equal keys (input order).
enum KeyFigureRanking {
    static func rank(_ figures: [FigureRef], in articles: [AnalyzedArticle]) -> [FigureRef] {
        let categoryRank = Dictionary(uniqueKeysWithValues: DisplayFormat.categoryOrder.enumerated().map { ($1, $0) })
        let verificationRank: [Statistic.Verification: Int] = [.verified: 0, .reported: 1, .claimed: 2, .unattributed: 3]
        // Keys computed once and indices sorted (sorting the article-and-figure pairs themselves, with two dictionary
        // lookups per comparison, was a tenth of a rebuild).
        let keys = figures.map { ref in
            let f = ref.statistic(in: articles)
            return (category: categoryRank[f.category] ?? 99, verification: verificationRank[f.verification] ?? 9, value: f.value)
        }
        let order = figures.indices.sorted { i, j in
            let a = keys[i], b = keys[j]
            if (a.category, a.verification) != (b.category, b.verification) {
                return (a.category, a.verification) < (b.category, b.verification)
            }
            if a.value != b.value { return a.value > b.value }
            return i < j
        }
        return order.map { figures[$0] }.filter {
            let f = $0.statistic(in: articles)
            return f.category != .other || f.attribution != nil
        }
    }
}
