import Foundation
import Testing
@testable import BriefgenSite

/// `FigureView.sortText` writes whole numbers itself: the text is pinned against `String(format: "%020.4f")`, the code it
/// replaces, and on a few values spelled out.
struct FigureSortTextTests {
    static let values: [Double] = [
        0, -0.0, 1, -1, 2641, -2641, 46, 1_000_000, 999_999_999_999_999, -999_999_999_999_999, 1e15, -1e15, 1e16, 1e300,
        0.5, -0.5, 0.2, 46.5, 2.641, 1.00005, 0.00005, 0.00015, 123456789.98765, -0.00001, 4.9e-324,
        .infinity, -.infinity, .nan, Double(Int32.max), Double(Int64.max), 12e6, 1e-7, 9_007_199_254_740_993,
    ]

    @Test(arguments: values)
    func givesWhatTheFormatterGave(_ value: Double) {
        #expect(FigureView.sortText(value) == String(format: "%020.4f", value))
    }

    @Test func exactTexts() {
        #expect(FigureView.sortText(2641) == "000000000002641.0000")
        #expect(FigureView.sortText(-5) == "-00000000000005.0000")
        #expect(FigureView.sortText(0) == "000000000000000.0000")
        #expect(FigureView.sortText(-0.0) == "-00000000000000.0000")
        #expect(FigureView.sortText(0.2) == "000000000000000.2000")
        #expect(FigureView.sortText(999_999_999_999_999) == "999999999999999.0000")
    }
}
