import Foundation
import Testing
@testable import BriefgenSite

/// The byte check that lets clean text skip normalization says "clean" only when normalization would change nothing.
struct TextDecoderFastPathTests {
    @Test(arguments: [
        "Plain text.\nSecond line\twith a tab.", "Київ — “quotes” é 😀\n", "middle \u{FEFF} no-break", "",
    ])
    func cleanTextIsLeftAsItIs(_ text: String) throws {
        #expect(TextDecoder.isAlreadyNormal(text))
        let decoded = try TextDecoder(path: "a.txt").decode(Data(text.utf8)).get()
        #expect(decoded.text == text)
    }

    @Test(arguments: [
        "\u{FEFF}BOM first", "CRLF\r\nline", "lone\rCR", "NUL\u{0}", "bell\u{7}", "DEL\u{7F}", "C1\u{85}", "C1\u{9F}",
        "bidi\u{202A}", "bidi\u{202E}", "isolate\u{2066}", "isolate\u{2069}", "sentinel\u{E000}", "at\u{E007}",
    ])
    func textThatNormalizationChangesIsNotClean(_ text: String) {
        #expect(!TextDecoder.isAlreadyNormal(text))
    }

    /// The same, with the character at every position of a longer line (the check reads eight bytes at a time).
    @Test(arguments: ["\r", "\u{0}", "\u{7}", "\u{1F}", "\u{7F}", "\u{85}", "\u{202A}", "\u{2069}", "\u{E000}"])
    func hiddenCharacterAnywhereInALongLineIsFound(_ hidden: String) {
        let padding = String(repeating: "Kyiv said 2,641 (U.N.) ", count: 2)
        for position in 1..<30 {
            let text = String(padding.prefix(position)) + hidden + padding
            #expect(!TextDecoder.isAlreadyNormal(text), "\(position)")
        }
        #expect(TextDecoder.isAlreadyNormal(padding + "\t\n~ " + padding))
    }

    @Test(arguments: ["ok\u{2028}", "ok\u{202F}", "ok\u{2065}", "ok\u{206A}", "ok\u{E008}", "ok\u{A0}", "ok\u{C0}"])
    func neighboursOfHiddenControlsAreClean(_ text: String) {
        #expect(TextDecoder.isAlreadyNormal(text))
    }
}
