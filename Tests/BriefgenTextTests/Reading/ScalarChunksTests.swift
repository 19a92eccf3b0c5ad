import Testing
@testable import BriefgenText

/// The eight-scalar scans of the sentence splitter (``ScalarChunks``): they skip only chunks that hold nothing the
/// scalar-by-scalar scans look for, so they find what those found, at every position of a chunk.
struct ScalarChunksTests {
    /// Awkward text: abbreviations, figures, ranges, curly quotes, accents, CRLF, combining marks, other scripts, emoji.
    static let texts = [
        "", "a", "The U.N. verified 2,641 civilian casualties.", "one-fifth of 46% in April 1-24? Yes!",
        "“Zoë’s neighbours” — fled on Jan. 5 … 3 €", "Line one.\r\nLine two!\r\n", "a \u{301}b. c\u{308}.",
        "Київ і Харків. Одеса!", "قال المسؤولون. الأحد؟", "👍🏽 ok 🇺🇦 yes. 東京。大阪！", "Wait‽ Really？ Yes！",
        "Steps 1. Mix the flour 2. Add water 3. Bake it. Then a) eat b) rest.", "• 1. First • 2. Second",
        "\t1) one 2) two\u{00A0}3) three", "no marker9. here 10. and 11. there",
    ]

    /// Every text above with 0 to 16 letters before it, so each scalar falls on each lane of a chunk.
    static var shiftedTexts: [String] {
        texts.flatMap { text in (0...16).map { String(repeating: "x", count: $0) + " " + text } }
    }

    @Test func terminatorChunksPassEveryTerminator() {
        let ranges: [ClosedRange<UInt32>] = [0...0x3100, 0xFF00...0xFF30, 0x1F300...0x1F320]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), ScalarClass.isTerminator(scalar) else { continue }
                for lane in 0..<8 {
                    var lanes = SIMD8<UInt32>(repeating: 0x61)
                    lanes[lane] = value
                    #expect(ScalarChunks.mayHoldTerminator(lanes), "U+\(String(value, radix: 16)) in lane \(lane)")
                }
            }
        }
        #expect(!ScalarChunks.mayHoldTerminator(SIMD8(Array("abc 2,64".unicodeScalars.map(\.value)))))
        #expect(ScalarChunks.mayHoldTerminator(SIMD8(Array("abc U.N ".unicodeScalars.map(\.value)))))
        #expect(ScalarChunks.mayHoldTerminator(SIMD8(Array("abc d e…".unicodeScalars.map(\.value)))))
        #expect(!ScalarChunks.mayHoldTerminator(SIMD8(Array("Київ і Х".unicodeScalars.map(\.value)))))
    }

    @Test func nextTerminatorIsTheScalarScan() {
        for string in Self.texts + Self.shiftedTexts {
            let text = ScalarText(string)
            let scanner = SentenceBoundaryScanner(scalars: text.scalars)
            for start in 0...text.count {
                for limit in start...text.count {
                    var expected = start
                    while expected < limit, !ScalarClass.isTerminator(text.scalars[expected]) { expected += 1 }
                    #expect(scanner.nextTerminator(from: start, before: limit) == expected, "\(string) \(start)..<\(limit)")
                }
            }
        }
    }

    /// The list-marker scan as it was, one position at a time.
    private func markersOneByOne(_ scanner: ListMarkerScanner, from start: Int, to end: Int) -> [ListMarker] {
        let s = scanner.scalars
        var candidates: [ListMarker] = []
        var index = start
        while index < end {
            guard index == start || ScalarClass.isSpace(s[index - 1]) else {
                index += 1
                continue
            }
            let scalar = s[index]
            let isLetterMarker = scalar.value >= 0x61 && scalar.value <= 0x7A && index + 1 < end
                && (s[index + 1] == "." || s[index + 1] == ")")
            let isBullet = [0x2022, 0x2043, 0x2023, 0x25E6, 0x25AA, 0x25CF, 0x2013].contains(scalar.value)
            if ScalarClass.isDigit(scalar) || isLetterMarker || isBullet, let (marker, markerEnd) = scanner.marker(at: index, end: end) {
                candidates.append(marker)
                index = markerEnd
            } else {
                index += 1
            }
        }
        return scanner.lists(in: candidates, paragraphStart: start)
    }

    @Test func listMarkersAreTheScalarScan() {
        for string in Self.texts + Self.shiftedTexts {
            let text = ScalarText(string)
            let scanner = ListMarkerScanner(scalars: text.scalars)
            for start in 0...text.count {
                for end in stride(from: text.count, through: start, by: -1) {
                    #expect(scanner.markers(from: start, to: end) == markersOneByOne(scanner, from: start, to: end),
                            "\(string) \(start)..<\(end)")
                }
            }
        }
    }

    @Test func listMarkersPinned() {
        // Offsets and sentences as the scan before the chunks found them.
        let text = ScalarText("Steps 1. Mix the flour 2. Add water 3. Bake it. Then a) Eat b) Rest.")
        let found = ListMarkerScanner(scalars: text.scalars).markers(from: 0, to: text.count)
        #expect(found == [
            ListMarker(start: 6, value: 1, style: .numberPeriod, period: 7),
            ListMarker(start: 23, value: 2, style: .numberPeriod, period: 24),
            ListMarker(start: 36, value: 3, style: .numberPeriod, period: 37),
            ListMarker(start: 53, value: 1, style: .letterParenthesis, period: nil),
            ListMarker(start: 60, value: 2, style: .letterParenthesis, period: nil),
        ])
        let sentences = SentenceSplitter().split(text).map { text.slice($0.start, $0.end) }
        #expect(sentences == ["Steps", "1. Mix the flour", "2. Add water", "3. Bake it.", "Then", "a) Eat", "b) Rest."])
    }

    @Test func sentencesOfAwkwardTextPinned() {
        let text = ScalarText("The U.N. verified 2,641 casualties in April 1-24. “It’s one-fifth,” said Zoë. Київ? Yes!\r\nNext.")
        let sentences = SentenceSplitter().split(text).map { text.slice($0.start, $0.end) }
        #expect(sentences == ["The U.N. verified 2,641 casualties in April 1-24.", "“It’s one-fifth,” said Zoë.", "Київ?", "Yes!",
                              "Next."])
    }
}
