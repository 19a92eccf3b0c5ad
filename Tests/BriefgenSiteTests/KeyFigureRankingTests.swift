import BriefgenText
import Testing
@testable import BriefgenSite

/// The key-figures box: `top(k)` equals sorting every figure by the ranking and taking the first `k`.
struct KeyFigureRankingTests {
    private static func figure(_ value: Double, _ category: Statistic.Category, _ verification: Statistic.Verification,
                               who: String?) -> Statistic {
        Statistic(value: value, surface: "\(value)", what: "w", category: category,
                  attribution: who.map { .init(who: $0, verb: "said") }, verification: verification, sentence: 0, start: 0, end: 1)
    }

    @Test func casualtiesFirstThenVerifiedThenLargerAndUnnamedOtherFiguresLeftOut() {
        let articles = [
            AnalyzedArticle.withFigures("a", [
                Self.figure(900, .other, .unattributed, who: nil),        // left out: no category, nobody named
                Self.figure(50, .killed, .claimed, who: "the ministry"),
                Self.figure(7, .killed, .verified, who: "the U.N."),
                Self.figure(12, .killed, .verified, who: "the U.N."),
            ]),
            AnalyzedArticle.withFigures("b", [
                Self.figure(12, .killed, .verified, who: "OHCHR"),         // ties with a's 12: a's comes first
                Self.figure(3, .other, .reported, who: "the mayor"),
            ]),
        ]
        let top = KeyFigureRanking.top(4, of: FigureRef.all(in: articles), in: articles)
        #expect(top.map { [$0.article, $0.statistic] } == [[0, 3], [1, 0], [0, 2], [0, 1]])
        #expect(KeyFigureRanking.top(0, of: FigureRef.all(in: articles), in: articles).isEmpty)
        #expect(KeyFigureRanking.top(50, of: FigureRef.all(in: articles), in: articles).count == 5)
    }

    @Test func topEqualsAFullSortOnMixedFigures() {
        var random = SplitMix(seed: 7)
        let categories: [Statistic.Category] = [.killed, .injured, .displaced, .attacks, .money, .percentage, .other]
        let verifications: [Statistic.Verification] = [.verified, .reported, .claimed, .unattributed]
        let articles = (0..<40).map { a in
            AnalyzedArticle.withFigures("a\(a)", (0..<Int(random.next() % 9)).map { _ in
                Self.figure(Double(random.next() % 6), categories[Int(random.next() % 7)], verifications[Int(random.next() % 4)],
                            who: random.next() % 3 == 0 ? nil : "someone")
            })
        }
        let refs = FigureRef.all(in: articles)
        let order = DisplayFormat.categoryOrder
        let rank: [Statistic.Verification: Int] = [.verified: 0, .reported: 1, .claimed: 2, .unattributed: 3]
        let reference = refs.enumerated().filter { _, ref in
            let f = ref.statistic(in: articles)
            return f.category != .other || f.attribution != nil
        }.sorted { x, y in
            let a = x.element.statistic(in: articles), b = y.element.statistic(in: articles)
            let ka = (order.firstIndex(of: a.category) ?? 99, rank[a.verification]!), kb = (order.firstIndex(of: b.category) ?? 99, rank[b.verification]!)
            if ka != kb { return ka < kb }
            if a.value != b.value { return a.value > b.value }
            return x.offset < y.offset
        }.map(\.element)
        for k in [1, 8, 25, refs.count + 1] {
            #expect(KeyFigureRanking.top(k, of: refs, in: articles).map { [$0.article, $0.statistic] }
                == reference.prefix(k).map { [$0.article, $0.statistic] })
        }
    }
}

/// A small deterministic generator for test data.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The chart's bars: `largest` equals a stable sort by value, largest first, cut to the bar count.
struct FigureChartChoiceTests {
    @Test func largestEqualsAStableSortWithTies() {
        var random = SplitMix(seed: 3)
        let articles = (0..<30).map { a in
            AnalyzedArticle.withFigures("c\(a)", (0..<Int(random.next() % 7)).map { _ in
                Statistic(value: Double(random.next() % 5), surface: "x", what: "w", category: .killed,
                          verification: .reported, sentence: 0, start: 0, end: 1)
            })
        }
        let refs = FigureRef.all(in: articles)
        let stable = refs.enumerated().sorted { x, y in
            let a = x.element.statistic(in: articles).value, b = y.element.statistic(in: articles).value
            return a != b ? a > b : x.offset < y.offset
        }.map(\.element)
        for count in [1, 3, 10, refs.count + 2] {
            #expect(FigureChart.largest(refs, in: articles, count: count).map { [$0.article, $0.statistic] }
                == stable.prefix(count).map { [$0.article, $0.statistic] })
        }
    }
}
