import BriefgenText
import Testing

@Test func splitsLinesIntoTrimmedParagraphsSkippingBlankOnes() {
    let text = ScalarText("  Aerial Attacks Continue \n\n\tMeanwhile, Russia struck Kyiv.\n   \nKharkiv was hit.")
    let paragraphs = ParagraphSplitter().split(text)
    #expect(paragraphs.map(text.text(of:)) == ["Aerial Attacks Continue", "Meanwhile, Russia struck Kyiv.", "Kharkiv was hit."])
    #expect(paragraphs.map { [$0.start, $0.end] } == [[2, 25], [29, 59], [64, 80]])
    #expect(paragraphs.allSatisfy { $0.kind == .body })
}

@Test func splitsAtEveryLineBreakUpToTheEndOfTheText() {
    let cases: [(String, [[Int]])] = [
        ("", []),
        ("\n", []),
        ("One.", [[0, 4]]),
        ("One.\n", [[0, 4]]),
        ("\n\nOne.\r\n\u{00A0}Two — “three”.\u{2003}\nLast", [[2, 6], [9, 23], [25, 29]]),
        ("Київ\n東京 \n  \n", [[0, 4], [5, 7]]),
    ]
    for (string, expected) in cases {
        #expect(ParagraphSplitter().split(ScalarText(string)).map { [$0.start, $0.end] } == expected, "\(string)")
    }
}
