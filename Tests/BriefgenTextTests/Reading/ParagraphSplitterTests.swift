import BriefgenText
import Testing

@Test func splitsLinesIntoTrimmedParagraphsSkippingBlankOnes() {
    let text = ScalarText("  Aerial Attacks Continue \n\n\tMeanwhile, Russia struck Kyiv.\n   \nKharkiv was hit.")
    let paragraphs = ParagraphSplitter().split(text)
    #expect(paragraphs.map(text.text(of:)) == ["Aerial Attacks Continue", "Meanwhile, Russia struck Kyiv.", "Kharkiv was hit."])
    #expect(paragraphs.map { [$0.start, $0.end] } == [[2, 25], [29, 59], [64, 80]])
    #expect(paragraphs.allSatisfy { $0.kind == .body })
}
