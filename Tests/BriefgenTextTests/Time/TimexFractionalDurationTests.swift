import Testing
@testable import BriefgenText

/// Durations with a half (`2 1/2 years`, `a minute and a half`) and narrative shifts kept as lengths (`three days later`).
struct TimexFractionalDurationTests {
    typealias F = TimeFixture.Found

    @Test func writesAHalfInTheNextSmallerUnit() {
        let found = TimeFixture.timexes(
            "The siege of the city lasted 2 1/2 years. Negotiators met for 5 1/2 hours on Tuesday.", published: "2024-03-14")
        #expect(found == [F("2 1/2 years", "DURATION", "P2Y6M"), F("5 1/2 hours", "DURATION", "PT5H30M"),
                          F("Tuesday", "DATE", "2024-03-12")])
    }

    @Test func readsSpelledHalves() {
        let found = TimeFixture.timexes(
            "The shelling stopped for a minute and a half. The blockade has lasted two and a half years.")
        #expect(found == [F("a minute and a half", "DURATION", "PT1M30S"), F("two and a half years", "DURATION", "P2Y6M")])
    }

    @Test func keepsTheLengthOfANarrativeShift() {
        let found = TimeFixture.timexes(
            "Rebels seized the airport on May 8. Three days later, government troops retook the runway.", published: "2025-05-20")
        #expect(found == [F("May 8", "DATE", "2025-05-08"), F("Three days", "DURATION", "P3D")])
    }
}
