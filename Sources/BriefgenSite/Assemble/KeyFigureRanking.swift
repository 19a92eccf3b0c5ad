import BriefgenText

/// Orders figures for the key-figures box: casualties first, then scale of attacks, then money;
/// verified before reported before claimed; larger before smaller. Stable for equal keys (input order).
enum KeyFigureRanking {
    static func rank(_ figures: [(AnalyzedArticle, Statistic)]) -> [(AnalyzedArticle, Statistic)] {
        let categoryRank = Dictionary(uniqueKeysWithValues: DisplayFormat.categoryOrder.enumerated().map { ($1, $0) })
        let verificationRank: [Statistic.Verification: Int] = [.verified: 0, .reported: 1, .claimed: 2, .unattributed: 3]
        return figures.enumerated().sorted { lhs, rhs in
            let a = lhs.element.1, b = rhs.element.1
            let ka = (categoryRank[a.category] ?? 99, verificationRank[a.verification] ?? 9)
            let kb = (categoryRank[b.category] ?? 99, verificationRank[b.verification] ?? 9)
            if ka != kb { return ka < kb }
            if a.value != b.value { return a.value > b.value }
            return lhs.offset < rhs.offset
        }.map(\.element).filter { $0.1.category != .other || $0.1.attribution != nil }
    }
}
