import Testing
@testable import BriefgenText

/// The compact form slices exactly like the working form, at every offset.
struct ScalarTextTests {
    static let texts = [
        "",
        "The U.N. verified 2,641 civilian casualties.",
        // Curly quotes, an em dash and a non-breaking space past the first checkpoint (64 scalars).
        String(repeating: "Kharkiv ", count: 12) + "“Zelenskyy said — at 46 %”, officials added.",
        "Київ: 18 загиблих у Кривому Розі 🇺🇦 після удару; 2 000 без світла.",
        String(repeating: "é", count: 200) + "x" + String(repeating: "😀", count: 70),
    ]

    @Test(arguments: texts)
    func compactSlicesLikeTheWorkingForm(_ string: String) {
        let working = ScalarText(string)
        let compact = working.compacted()
        #expect(compact.count == working.count)
        #expect(compact.string == string)
        let offsets = Array(Set([0, 1, 2, 63, 64, 65, 127, 128, 129, working.count - 1, working.count, working.count + 5]
            + Array(Swift.stride(from: 0, to: working.count, by: 7))))
        for start in offsets.sorted() {
            for end in offsets.sorted() {
                #expect(compact.slice(start, end) == working.slice(start, end), "slice(\(start), \(end))")
                #expect(compact.withUTF8(start, end) { Array($0) } == Array(working.slice(start, end).utf8))
                #expect(working.withUTF8(start, end) { Array($0) } == Array(working.slice(start, end).utf8))
            }
        }
        #expect(compact.scalars == working.scalars)
    }

    /// Long texts mixing ASCII runs with 2-, 3- and 4-byte characters at every alignment (the index counts eight
    /// bytes at a time between checkpoints): every offset maps like the working form.
    @Test(arguments: 0..<6)
    func mixedTextsMapEveryOffset(_ seed: Int) {
        let pieces = ["a", "Kyiv ", "2,641 ", "é", "’", "—", "😀", "Київ ", "“U.N.” ", "x y z ", "🇺🇦"]
        var state = UInt64(seed + 1) &* 0x9E37_79B9_7F4A_7C15
        var string = ""
        for _ in 0..<400 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            string += pieces[Int(state >> 33) % (seed == 0 ? 3 : pieces.count)]
        }
        let working = ScalarText(string)
        let compact = ScalarText.compact(string)
        #expect(compact.count == working.count)
        for offset in 0...working.count {
            #expect(compact.slice(offset, working.count) == working.slice(offset, working.count), "from \(offset)")
            #expect(compact.slice(0, offset) == working.slice(0, offset), "to \(offset)")
        }
    }

    @Test func compactFromAStringNeverNeedsTheWorkingForm() {
        let text = ScalarText.compact("A drone attack on Odesa — “the worst yet” — injured 12.")
        #expect(text.count == 55)
        #expect(text.slice(18, 34) == "Odesa — “the wor")
        #expect(text.slice(49, 99) == "ed 12.")
    }
}
