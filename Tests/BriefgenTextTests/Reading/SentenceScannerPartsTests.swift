import Testing
@testable import BriefgenText

/// Parts of the sentence scanner and the sentence readers that answer by comparison instead of a `Set` or a `String`:
/// pinned to what the `Set` and the string split answered.
struct SentenceScannerPartsTests {
    @Test func quoteMarksAreTheFormerSets() {
        let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", ")", "]", "»", "›", "}"]
        let openers: Set<Unicode.Scalar> = ["\"", "'", "“", "‘", "(", "[", "«", "‹", "¿", "¡", "{"]
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(SentenceBoundaryScanner.closers.contains(scalar) == closers.contains(scalar), "\(value)")
            #expect(SentenceBoundaryScanner.openers.contains(scalar) == openers.contains(scalar), "\(value)")
        }
    }

    @Test(arguments: [
        "", " ", "The U.N. verified 2,641 civilian casualties.", "  two   spaces  ",
        "“Zoë’s neighbours” — fled on Jan. 5 … 3 €",  // curly quotes, dash, ellipsis, accents, currency: counted by scalar
        "Київ і Харків", "東京 と 大阪",  // Cyrillic by scalar; CJK through the string
        "a \u{301}b c",  // a combining accent after a space makes it part of one character: no split there
        "x \u{0600}y z", "x\u{0600} y z",  // an Arabic number sign (prepended) before a space joins it
        "नमस्ते दुनिया", "👍🏽 ok 🇺🇦 yes", "tab\tand\u{00A0}no-break space",
    ])
    func spaceSeparatedCountIsTheStringSplit(_ string: String) {
        let text = ScalarText(string)
        for start in 0...text.count {
            for end in start...text.count {
                #expect(text.spaceSeparatedCount(start, end) == text.slice(start, end).split(separator: " ").count,
                        "\(start)..<\(end)")
            }
        }
    }
}
