import Testing
@testable import BriefgenText

/// A compact ``ScalarText`` over UTF-8 outside a string (``ExternalUTF8``) reads exactly as one over the string.
struct ExternalTextTests {
    /// Owns a copy of some bytes, as a mapped cache file owns its records.
    final class Bytes {
        let buffer: UnsafeMutableRawBufferPointer

        init(_ bytes: [UInt8]) {
            buffer = .allocate(byteCount: max(bytes.count, 1), alignment: 1)
            buffer.copyBytes(from: bytes)
        }

        deinit { buffer.deallocate() }

        func external(count: Int) -> ExternalUTF8 {
            ExternalUTF8(bytes: UnsafeRawBufferPointer(rebasing: buffer[0..<count]), owner: self)
        }
    }

    static func external(_ string: String) -> ExternalUTF8 {
        Bytes(Array(string.utf8)).external(count: string.utf8.count)
    }

    static let strings = ScalarDecodingTests.strings + [
        String(repeating: "ü", count: 130) + " the U.N. verified 2,641 “deaths” on Jan. 5 " + String(repeating: "😀", count: 70),
    ]

    @Test(arguments: strings)
    func slicesAsTheString(_ string: String) {
        let fromString = ScalarText.compact(string)
        let external = ScalarText.compact(Self.external(string))
        #expect(external.count == fromString.count)
        #expect(external.string == string)
        #expect(external.compactIndex?.scalarCount == fromString.compactIndex?.scalarCount)
        #expect(external.compactIndex?.checkpoints == fromString.compactIndex?.checkpoints)
        #expect(external.scalars == Array(string.unicodeScalars))
        for start in Swift.stride(from: -1, through: fromString.count + 1, by: 3) {
            for length in [0, 1, 2, 5, 64, 65, 1000] {
                #expect(external.slice(start, start + length) == fromString.slice(start, start + length))
                let bytes = external.withUTF8(start, start + length) { Array($0) }
                #expect(bytes == fromString.withUTF8(start, start + length) { Array($0) })
            }
        }
    }

    @Test func keptIndexIsCheckedAsForAString() {
        let string = String(repeating: "é", count: 100) + " 46% of one-fifth"
        let index = ScalarText.compact(string).compactIndex!
        let text = ScalarText.compact(Self.external(string), scalarCount: index.scalarCount, checkpoints: index.checkpoints)
        #expect(text?.slice(98, 106) == "éé 46% o")
        #expect(ScalarText.compact(Self.external(string), scalarCount: index.scalarCount + 1, checkpoints: index.checkpoints) == nil)
        #expect(ScalarText.compact(Self.external(string), scalarCount: index.scalarCount, checkpoints: [0, 1]) == nil)
        #expect(ScalarText.compact(Self.external("ascii"), scalarCount: 5, checkpoints: [])?.slice(1, 3) == "sc")
        #expect(ScalarText.compact(Self.external("ascii"), scalarCount: 4, checkpoints: []) == nil)
    }

    /// Bytes that are not UTF-8 (a damaged cache file) never come out as such: text made of them is repaired.
    @Test func invalidBytesAreRepairedInText() {
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0xE2, 0x80, 0x63]
        let text = ScalarText.compact(Bytes(bytes).external(count: bytes.count))
        #expect(text.string == "a\u{FFFD}b\u{FFFD}c")
        #expect(text.slice(0, text.count) == "a\u{FFFD}b\u{FFFD}c")
    }

    /// The text keeps its owner, so the bytes outlive every other reference to it.
    @Test func textKeepsItsOwner() {
        weak var gone: Bytes?
        let text: ScalarText = {
            let owner = Bytes(Array("Kharkiv, April 1-24".utf8))
            gone = owner
            return ScalarText.compact(owner.external(count: 19))
        }()
        #expect(gone != nil)
        #expect(text.slice(9, 19) == "April 1-24")
    }
}
