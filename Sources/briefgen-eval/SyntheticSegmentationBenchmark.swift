import BriefgenText
import Foundation

/// A Choi-style synthetic segmentation benchmark built deterministically from news documents.
struct SyntheticSegmentationBenchmark {
    /// Source documents (plain text).
    let documents: [String]
    /// Number of samples to build.
    let samples: Int

    /// Mean Pk over the samples and a printable report.
    func run() -> (pk: Double, report: String) {
        let pool = documents.map { body -> [String] in
            let text = ScalarText(body)
            return SentenceSplitter().split(text).map(text.text(of:))
        }.filter { $0.count >= 11 }
        var random = SplitMix64(seed: 20_250_425)
        var totalPk = 0.0
        var onePk = 0.0
        var evenPk = 0.0
        var hypothesized = 0
        var sentencesTotal = 0
        for _ in 0..<samples {
            var chosen: [Int] = []
            while chosen.count < 10 {
                let pick = Int(random.next() % UInt64(pool.count))
                if !chosen.contains(pick) { chosen.append(pick) }
            }
            var lines: [String] = []
            var lineSegment: [Int] = []
            for (segment, document) in chosen.enumerated() {
                let length = 3 + Int(random.next() % 9)
                let start = Int(random.next() % UInt64(pool[document].count - length + 1))
                for line in pool[document][start..<(start + length)] {
                    lines.append(line)
                    lineSegment.append(segment)
                }
            }
            let text = ScalarText(lines.joined(separator: "\n"))
            let paragraphs = ParagraphSplitter().split(text)
            let sentences = SentenceSplitter().split(text, paragraphs: paragraphs)
            let sections = SectionSegmenter().sections(text, paragraphs: paragraphs, sentences: sentences)
            let reference = sentences.map { lineSegment[$0.paragraph] }
            let hypothesis = SegmentationMetric.labels(sections, count: sentences.count)
            totalPk += SegmentationMetric.pk(reference: reference, hypothesis: hypothesis)
            onePk += SegmentationMetric.pk(reference: reference, hypothesis: [Int](repeating: 0, count: reference.count))
            let even = reference.indices.map { $0 * 10 / max(1, reference.count) }
            evenPk += SegmentationMetric.pk(reference: reference, hypothesis: even)
            hypothesized += sections.count
            sentencesTotal += sentences.count
        }
        let pk = totalPk / Double(samples)
        let report = String(format: "(b) synthetic benchmark: %d samples × 10 segments of 3–11 sentences from %d TBAQ documents "
            + "(%.1f sentences per sample); mean segments found %.2f (true 10); Pk = %.4f "
            + "(baselines: one segment %.4f, 10 equal segments %.4f)",
            samples, pool.count, Double(sentencesTotal) / Double(samples), Double(hypothesized) / Double(samples), pk,
            onePk / Double(samples), evenPk / Double(samples))
        return (pk, report)
    }
}

/// SplitMix64: a small deterministic random number generator (same numbers on every machine).
struct SplitMix64 {
    private var state: UInt64
    /// Starts from `seed`.
    init(seed: UInt64) { state = seed }
    /// The next number.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
