import BriefgenText
import Testing
@testable import BriefgenSite

/// Conflicting figures: same category, head noun, place and period; more than one value; more than one source.
struct FigureConflictsTests {
    private static func figure(_ value: Double, _ what: String, _ category: Statistic.Category, place: String?,
                               period: String? = nil, who: String?) -> Statistic {
        Statistic(value: value, surface: "\(value)", what: what, category: category, place: place,
                  period: period.map { .init(start: $0, end: nil) },
                  attribution: who.map { .init(who: $0, verb: "said") }, verification: who == nil ? .unattributed : .reported,
                  sentence: 0, start: 0, end: 1)
    }

    @Test func groupsBySameThingAndKeepsOnlyDisagreementsBetweenSources() {
        let articles = [
            AnalyzedArticle.withFigures("a", [
                Self.figure(12, "civilians", .killed, place: "Kharkiv", who: "police"),          // 0: group 1
                Self.figure(5, "people", .injured, place: "Kharkiv", who: "police"),             // 1: group 2
                Self.figure(3, "soldiers", .killed, place: "Kyiv", who: "the army"),             // 2: group 3
                Self.figure(4, "soldiers", .killed, place: "Kyiv", who: "the army"),             // 3: group 3
                Self.figure(3, "troops", .killed, place: "Kyiv", who: "the army"),               // 4: group 4
                Self.figure(40, "percent", .percentage, place: "Kyiv", who: "the army"),         // 5: never grouped
                Self.figure(2, "Wounded Civilians", .injured, place: nil, period: "2025-04", who: nil),  // 6: group 5
            ]),
            AnalyzedArticle.withFigures("b", [
                Self.figure(14, "civilian", .killed, place: "Kharkiv", who: "the U.N."),         // group 1: plural dropped
                Self.figure(5, "People", .injured, place: "Kharkiv", who: "the U.N."),           // group 2: same value
                Self.figure(9, "troops", .killed, place: "Kyiv", who: "the army"),               // group 4: other article
                Self.figure(60, "percent", .percentage, place: "Kyiv", who: "the U.N."),
                Self.figure(3, "civilians", .killed, place: "Kharkiv", period: "2024", who: "police"),  // its own period
                Self.figure(2, "civilians", .injured, place: nil, period: "2025-04", who: "medics"),    // group 5, same value
            ]),
        ]
        let groups = FigureConflicts.find(FigureRef.all(in: articles), in: articles)
        #expect(groups.map(\.what) == ["civilians", "troops"])
        #expect(groups.map { $0.members.map { [$0.article, $0.statistic] } } == [[[0, 0], [1, 0]], [[0, 4], [1, 2]]])
    }

    @Test func oneSourceGivingTwoValuesIsNoConflictButTwoSpeakersInOneArticleAre() {
        let one = [AnalyzedArticle.withFigures("a", [
            Self.figure(3, "soldiers", .killed, place: "Kyiv", who: "the army"),
            Self.figure(4, "soldiers", .killed, place: "Kyiv", who: "the army"),
        ])]
        #expect(FigureConflicts.find(FigureRef.all(in: one), in: one).isEmpty)
        let two = [AnalyzedArticle.withFigures("a", [
            Self.figure(3, "soldiers", .killed, place: "Kyiv", who: "the army"),
            Self.figure(4, "soldiers", .killed, place: "Kyiv", who: "the mayor"),
        ])]
        #expect(FigureConflicts.find(FigureRef.all(in: two), in: two).map(\.members.count) == [2])
    }

    @Test(arguments: [("civilians", "civilian"), ("Wounded Civilians", "civilian"), ("people", "people"), ("", ""),
                      ("  trailing  ", "trailing"), ("ΟΔΟΣ", "οδοσ"), ("TROOPS", "troop"), ("s", ""), ("dead\r\nmen", "dead\r\nmen")])
    func headNoun(_ what: String, _ expected: String) {
        #expect(FigureConflicts.headNoun(of: what) == expected[...])
    }
}
