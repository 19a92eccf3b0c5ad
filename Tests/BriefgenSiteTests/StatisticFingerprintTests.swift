@testable import BriefgenSite
import BriefgenText
import Testing

/// Category pages are fingerprinted field by field: a field added to `Statistic` and not fed to the fingerprint would
/// leave a page stale after an edit changed only that field.
@Suite struct StatisticFingerprintTests {
    static let figure = Statistic(value: 2641, qualifier: .exact, surface: "2,641", unit: "people", what: "civilian casualties",
                                  category: .casualties, place: "Ukraine", period: .init(start: "2025-01", end: "2025-03"),
                                  attribution: .init(who: "U.N.", verb: "verified"), verification: .verified,
                                  sentence: 28, start: 10, end: 15)

    @Test func everyStoredFieldIsFed() {
        let stored = Mirror(reflecting: Self.figure).children.compactMap(\.label)
        #expect(stored == PageInputs.statisticFields)
    }

    @Test func eachFieldChangesTheFingerprint() {
        func print(_ s: Statistic) -> String {
            var inputs = PageInputs()
            inputs.combine(s)
            return inputs.hasher.finalize()
        }
        let base = print(Self.figure)
        var variants: [Statistic] = []
        func vary(_ change: (inout Statistic) -> Void) {
            var s = Self.figure
            change(&s)
            variants.append(s)
        }
        vary { $0.value = 2642 }
        vary { $0.low = 2600 }
        vary { $0.high = 2700 }
        vary { $0.qualifier = .about }
        vary { $0.surface = "2641" }
        vary { $0.unit = nil }
        vary { $0.what = "civilians" }
        vary { $0.category = .killed }
        vary { $0.place = nil }
        vary { $0.period = nil }
        vary { $0.period = .init(start: "2025-01", end: nil) }
        vary { $0.attribution = nil }
        vary { $0.attribution = .init(who: "U.N.", verb: "said") }
        vary { $0.verification = .reported }
        vary { $0.sentence = 29 }
        vary { $0.start = 11 }
        vary { $0.end = 16 }
        let prints = variants.map(print)
        #expect(!prints.contains(base))
        #expect(Set(prints).count == prints.count)
    }
}
