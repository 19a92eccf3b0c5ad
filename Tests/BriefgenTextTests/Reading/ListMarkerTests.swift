import Testing
@testable import BriefgenText

/// ``ListMarkerScanner/marker(at:end:)`` with its digit and case tests made by comparison: ASCII digits and letters
/// only, any scalar's case after the marker.
struct ListMarkerTests {
    private func marker(_ text: String) -> ListMarker? {
        let scalars = Array(text.unicodeScalars)
        return ListMarkerScanner(scalars: scalars).marker(at: 0, end: scalars.count)?.0
    }

    @Test func pinned() {
        #expect(marker("1. First") == ListMarker(start: 0, value: 1, style: .numberPeriod, period: 1))
        #expect(marker("12) Twelfth") == ListMarker(start: 0, value: 12, style: .numberParenthesis, period: nil))
        #expect(marker("3.) Third") == ListMarker(start: 0, value: 3, style: .numberPeriodParenthesis, period: 1))
        #expect(marker("b) Second") == ListMarker(start: 0, value: 2, style: .letterParenthesis, period: nil))
        #expect(marker("c. Third") == ListMarker(start: 0, value: 3, style: .letterPeriod, period: 1))
        #expect(marker("• 9. Ninth") == ListMarker(start: 0, value: 9, style: .numberPeriod, period: 3))
        #expect(marker("1. Élan") == ListMarker(start: 0, value: 1, style: .numberPeriod, period: 1))
        #expect(marker("1. “Quoted”")?.value == 1)
        // Not markers: a lower-case word after (ASCII or not), four digits, digits beyond ASCII, a capital letter, `ª`.
        #expect(marker("1. first") == nil)
        #expect(marker("1. élan") == nil)
        #expect(marker("1234. Year") == nil)
        #expect(marker("١. Arabic") == nil)
        #expect(marker("B) Capital") == nil)
        #expect(marker("ª) Ordinal") == nil)
        #expect(marker("2,641 people") == nil)
        #expect(marker("1.") == nil)
    }
}
