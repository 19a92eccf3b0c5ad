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
            let limit = nextMarker < markers.count ? min(markers[nextMarker].start, end) : end
            index = nextTerminator(from: index, before: limit)
            guard index < limit else { continue }
            guard markerPeriods.isEmpty || !markerPeriods.contains(index) else {
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

    /// The offset of the first terminator in `start..<limit`, `limit` when there is none: one tight loop over the
    /// text's buffer, as most scalars are neither a terminator nor a list marker; eight scalars at a time while a chunk
    /// can hold none (``ScalarChunks``).
    func nextTerminator(from start: Int, before limit: Int) -> Int {
        scalars.withUnsafeBufferPointer { buffer in
            var index = start
            while index < limit {
                if index + ScalarChunks.width <= limit,
                   !ScalarChunks.mayHoldTerminator(ScalarChunks.load(buffer, index)) {
                    index += ScalarChunks.width
                    continue
                }
                let chunkEnd = min(index + ScalarChunks.width, limit)
                while index < chunkEnd {
                    if ScalarClass.isTerminator(buffer[index]) { return index }
                    index += 1
                }
            }
            return limit
        }
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

    static let closers = QuoteMarks.closing
    static let openers = QuoteMarks.opening
}

/// The marks that close a sentence's quotation or bracket (`"' ” ’ ) ] » › }`) or open one (`"' “ ‘ ( [ « ‹ ¿ ¡ {`),
/// tested by comparison (a `Set` hashed every scalar it was asked about).
struct QuoteMarks: Sendable {
    static let closing = QuoteMarks(opening: false)
    static let opening = QuoteMarks(opening: true)

    private let opening: Bool

    @inline(__always) func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27: return true
        case 0x201D, 0x2019, 0x29, 0x5D, 0xBB, 0x203A, 0x7D: return !opening
        case 0x201C, 0x2018, 0x28, 0x5B, 0xAB, 0x2039, 0xBF, 0xA1, 0x7B: return opening
        default: return false
        }
    }
}
