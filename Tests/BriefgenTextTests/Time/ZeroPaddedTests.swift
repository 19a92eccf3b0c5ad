import Foundation
import Testing
@testable import BriefgenText

/// `zeroPadded` writes what `String(format: "%02d")` and `"%04d"` wrote before it.
struct ZeroPaddedTests {
    @Test func matchesTheFormatterForDateFields() {
        for value in Array(-1_200...12_500) + [99_999, 123_456, -99_999, Int(Int32.max), Int(Int32.min) + 1] {
            #expect(value.zeroPadded(2) == String(format: "%02d", value))
            #expect(value.zeroPadded(4) == String(format: "%04d", value))
        }
    }
}
