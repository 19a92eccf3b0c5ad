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

    /// A compact text restored from its kept index slices like one that scanned its text again.
    @Test(arguments: texts)
    func keptIndexRestoresTheSameText(_ string: String) throws {
        let scanned = ScalarText.compact(string)
        let index = try #require(scanned.compactIndex)
        let restored = try #require(ScalarText.compact(string, scalarCount: index.scalarCount, checkpoints: index.checkpoints))
        #expect(restored.count == scanned.count)
        for start in Swift.stride(from: 0, through: scanned.count, by: 5) {
            #expect(restored.slice(start, scanned.count) == scanned.slice(start, scanned.count))
        }
        #expect(ScalarText(string).compactIndex == nil, "the working form has no compact index")
    }

    /// An index that cannot be the string's is refused (the text is then scanned instead).
    @Test func impossibleIndexesAreRefused() throws {
        let text = String(repeating: "é", count: 70) + "abc"  // 73 scalars, 143 bytes: checkpoints 0 and 128
        let index = try #require(ScalarText.compact(text).compactIndex)
        #expect(index.scalarCount == 73 && index.checkpoints == [0, 128])
        #expect(ScalarText.compact(text, scalarCount: 73, checkpoints: [0, 128]) != nil)
        for (count, checkpoints) in [(72, [0, 128]), (73, [0]), (73, [0, 127]), (73, [128, 0]), (73, [0, 200]), (73, [1, 128]),
                                     (73, []), (200, [0, 128, 130, 132]), (-1, [])] as [(Int, [Int32])] {
            #expect(ScalarText.compact(text, scalarCount: count, checkpoints: checkpoints) == nil, "\(count) \(checkpoints)")
        }
        #expect(ScalarText.compact("abc", scalarCount: 3, checkpoints: []) != nil)
        #expect(ScalarText.compact("abc", scalarCount: 2, checkpoints: []) == nil)
    }

}
