/// Finds the sentences of one paragraph: the rules behind ``SentenceSplitter``.
struct SentenceBoundaryScanner {
    /// The text's scalars.
    let scalars: [Unicode.Scalar]

    /// Sentence ranges within `start..<end`, trimmed, in order.
    func sentences(from start: Int, to end: Int) -> [Range<Int>] {
        let markers = ListMarkerScanner(scalars: scalars).markers(from: start, to: end)
        let markerPeriods = markers.compactMap(\.period)
        var ranges: [Range<Int>] = []
        var sentenceStart = start
        var nextMarker = 0
        var index = start
        func close(at sentenceEnd: Int, nextStart: Int) {
            if let range = trimmed(sentenceStart, sentenceEnd) { ranges.append(range) }
            sentenceStart = nextStart
        }
        while index < end {
            while nextMarker < markers.count, markers[nextMarker].start <= index {
                let markerStart = markers[nextMarker].start
                if markerStart > sentenceStart { close(at: markerStart, nextStart: markerStart) }
                nextMarker += 1
            }
            let scalar = scalars[index]
            guard ScalarClass.isTerminator(scalar), markerPeriods.isEmpty || !markerPeriods.contains(index) else {
                index += 1
                continue
            }
            let decision = decide(at: index, end: end, sentenceStart: sentenceStart)
            if let boundary = decision.boundary { close(at: boundary.end, nextStart: boundary.next) }
            index = max(decision.resume, index + 1)
        }
        close(at: end, nextStart: end)
        return ranges
    }

    /// The range `start..<end` without surrounding white space, nil when nothing is left.
    private func trimmed(_ start: Int, _ end: Int) -> Range<Int>? {
        var lower = start
        var upper = end
        while lower < upper, ScalarClass.isSpace(scalars[lower]) { lower += 1 }
        while upper > lower, ScalarClass.isSpace(scalars[upper - 1]) { upper -= 1 }
        return upper > lower ? lower..<upper : nil
    }

    // MARK: - Characters

    static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", ")", "]", "»", "›", "}"]
    static let openers: Set<Unicode.Scalar> = ["\"", "'", "“", "‘", "(", "[", "«", "‹", "¿", "¡", "{"]
}
