import Foundation

/// Finds topic boundaries by minimum description length, after Utiyama & Isahara (2001): the segmentation that
/// minimizes the cost of coding each segment's words with that segment's own (Laplace-smoothed) word statistics,
/// plus `log n` per segment, found exactly by dynamic programming over sentence boundaries.
///
/// Needs no threshold: a boundary pays for itself only where the vocabulary really changes. Segments are capped at
/// `maximumLength` sentences, which keeps the work linear in the length of the text.
struct DescriptionLengthSegmenter: Sendable {
    /// Fewest sentences in a segment.
    var minimumLength = 3
    /// Most sentences in a segment.
    var maximumLength = 80

    /// Indices of the sentences that open a new segment (never 0), ascending.
    /// - Parameters:
    ///   - sentences: term ids of each sentence's content words.
    ///   - allowed: whether a segment may start at a sentence index (e.g. only at paragraph starts).
    func boundaries(_ sentences: [[Int]], allowed: (Int) -> Bool) -> [Int] {
        let count = sentences.count
        guard count >= 2 * minimumLength else { return [] }
        var highest = -1
        var longest = 0
        for sentence in sentences {
            for term in sentence where term > highest { highest = term }
            longest = max(longest, sentence.count)
        }
        let vocabulary = highest + 1
        let totalWords = sentences.reduce(0) { $0 + $1.count }
        guard totalWords > 0 else { return [] }
        let boundaryCost = log(Double(totalWords))
        var best = [Double](repeating: .infinity, count: count + 1)
        var previous = [Int](repeating: 0, count: count + 1)
        best[0] = 0
        var frequency = [Int](repeating: 0, count: vocabulary)
        // A term is seen at most once per word of the segment's sentences before it: the gains up to that count, made
        // once (the same values, in the same order of addition, as made on demand).
        var gainTable = GainTable()
        let gains = (0..<min(totalWords, maximumLength * longest) + 1).map { gainTable.value($0) }
        var touched: [Int] = []
        for start in 0..<count where best[start] < .infinity && (start == 0 || allowed(start)) {
            var words = 0
            var selfInformation = 0.0
            for end in (start + 1)...min(count, start + maximumLength) {
                // Read through buffers: this runs for every word of up to `maximumLength` sentences from each start.
                sentences[end - 1].withUnsafeBufferPointer { terms in
                    frequency.withUnsafeMutableBufferPointer { frequency in
                        gains.withUnsafeBufferPointer { gains in
                            for term in terms {
                                let seen = frequency[term]
                                if seen == 0 { touched.append(term) }
                                selfInformation += gains[seen]
                                frequency[term] = seen + 1
                            }
                        }
                    }
                }
                words += sentences[end - 1].count
                guard end - start >= minimumLength || (start == 0 && end == count) else { continue }
                guard end == count || allowed(end) else { continue }
                let cost = Double(words) * log(Double(words + vocabulary)) - selfInformation + boundaryCost
                if best[start] + cost < best[end] {
                    best[end] = best[start] + cost
                    previous[end] = start
                }
            }
            for term in touched { frequency[term] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        guard best[count] < .infinity else { return [] }
        var cuts: [Int] = []
        var position = count
        while position > 0 {
            position = previous[position]
            if position > 0 { cuts.append(position) }
        }
        return cuts.reversed()
    }
}

/// `(f + 1)·log(f + 2) − f·log(f + 1)`: the change in a segment's `Σ f·log(f + 1)` when a word seen `f` times
/// appears once more; tabulated as it is needed.
private struct GainTable {
    private var values: [Double] = []

    /// The gain for a word seen `seen` times so far.
    mutating func value(_ seen: Int) -> Double {
        while values.count <= seen {
            let f = Double(values.count)
            values.append((f + 1) * log(f + 2) - f * log(f + 1))
        }
        return values[seen]
    }
}
