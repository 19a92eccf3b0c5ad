import Testing
@testable import BriefgenText

/// ``ScalarText``'s scalars decoded from UTF-8 directly: the same as `Array(string.unicodeScalars)`.
struct ScalarDecodingTests {
    static let strings = [
        "", "a", "abcdefg", "abcdefgh", "abcdefghi", "The U.N. said on Jan. 5 that 2,641 died between April 1-24.",
        "one-fifth of 46%", "“Zoë’s neighbours” — ‘fled’ …", "é ü ñ ß", "Line one.\r\nLine two.\r\n", "a\u{301}e\u{308}",
        "Київ і Харків", "قال المسؤولون يوم الأحد", "👍🏽 ok 🇺🇦 yes 👨‍👩‍👧", "東京 と 大阪", "x\u{10FFFF}y\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}",
        String(repeating: "ascii run ", count: 9) + "é" + String(repeating: "z", count: 17),
    ]

    @Test(arguments: strings)
    func decodesAsTheScalarView(_ string: String) {
        let decoded = ScalarText.decodedScalars(string)
        #expect(decoded == Array(string.unicodeScalars))
        #expect(ScalarText(string).count == string.unicodeScalars.count)
    }

    @Test func decodesEveryWidthAtEveryOffset() {
        for prefix in 0..<9 {
            let string = String(repeating: "a", count: prefix) + "é€😀ü" + String(repeating: "b", count: 9)
            #expect(ScalarText.decodedScalars(string) == Array(string.unicodeScalars))
        }
        #expect(ScalarText.decodedScalars("2,641 é 😀").map(\.value) == [0x32, 0x2C, 0x36, 0x34, 0x31, 0x20, 0xE9, 0x20, 0x1F600])
    }
}

/// The UTF-8 index found while decoding: the checkpoints ``UTF8OffsetIndex/init(_:)`` finds on its own pass.
struct DecodedIndexTests {
    @Test func checkpointsAreTheIndexPass() {
        var strings = ScalarDecodingTests.strings
        for prefix in [0, 1, 7, 8, 63, 64, 65, 120, 127, 128, 129, 200] {
            for tail in ["é", "😀", "Київ", "\r\n", "a\u{301}", "", "“46%”"] {
                strings.append(String(repeating: "a", count: prefix) + tail + String(repeating: "b", count: prefix / 2))
                strings.append(String(repeating: "ü", count: prefix) + tail + String(repeating: "c", count: 70))
            }
        }
        for string in strings {
            var checkpoints: [Int32] = []
            let decoded = ScalarText.decodedScalars(string, checkpoints: &checkpoints)
            let index = UTF8OffsetIndex(string)
            #expect(decoded.count == index.scalarCount, "\(string)")
            #expect(checkpoints == index.checkpoints, "\(string)")
            let text = ScalarText(string)
            for start in Swift.stride(from: 0, through: text.count, by: 13) {
                #expect(text.slice(start, start + 20) == text.compacted().slice(start, start + 20))
            }
        }
    }
}
