import BriefgenText
import Foundation

/// `briefgen-eval segments SEED TBAQ.jsonl`: measures topic segmentation two ways.
///
/// (a) The seed article with its heading lines removed is segmented by topic; each real heading boundary is checked
/// against the nearest inferred one (on it, or within one sentence). (b) Pk (Beeferman et al. 1999; k = half the
/// mean true segment length) on a synthetic benchmark built like Choi's (2000): each sample concatenates 10 runs of
/// 3–11 consecutive sentences taken from 10 different news documents, one sentence per line, from a fixed seed.
enum SegmentEvaluation {
    static func run(_ arguments: [String]) -> Int32 {
        guard arguments.count >= 2 else {
            FileHandle.standardError.write(Data("usage: briefgen-eval segments SEED.txt TBAQ.jsonl [SAMPLES]\n".utf8))
            return 64
        }
        do {
            let seed = try String(contentsOfFile: arguments[0], encoding: .utf8)
            let headingCheck = HeadingRemovalCheck(article: seed).run()
            print(headingCheck.report)
            let documents = try JSONLines.read(arguments[1]).compactMap { $0["text"] as? String }
            let samples = arguments.count > 2 ? Int(arguments[2]) ?? 200 : 200
            let benchmark = SyntheticSegmentationBenchmark(documents: documents, samples: samples).run()
            print(benchmark.report)
            return 0
        } catch {
            FileHandle.standardError.write(Data("briefgen-eval: \(error)\n".utf8))
            return 1
        }
    }
}

// MARK: - Benchmarks

extension SegmentEvaluation {
    /// Pk: the share of sentence pairs k apart that reference and hypothesis disagree on (same segment or not).
    enum SegmentationMetric {
        /// Pk of `hypothesis` against `reference` (segment label per sentence); k is half the mean reference segment length.
        static func pk(reference: [Int], hypothesis: [Int]) -> Double {
            let segments = Set(reference).count
            let k = max(1, Int((Double(reference.count) / Double(max(1, segments)) / 2).rounded()))
            guard reference.count > k else { return 0 }
            var errors = 0
            for i in 0..<(reference.count - k) {
                let sameReference = reference[i] == reference[i + k]
                let sameHypothesis = hypothesis[i] == hypothesis[i + k]
                if sameReference != sameHypothesis { errors += 1 }
            }
            return Double(errors) / Double(reference.count - k)
        }

        /// Segment label per sentence from sections.
        static func labels(_ sections: [ArticleSection], count: Int) -> [Int] {
            var labels = [Int](repeating: 0, count: count)
            for (label, section) in sections.enumerated() {
                for index in section.firstSentence...section.lastSentence where index < count { labels[index] = label }
            }
            return labels
        }
    }

    /// Removes an article's detected heading lines, segments the rest by topic, and compares boundaries.
    struct HeadingRemovalCheck {
        /// The article body (plain text).
        let article: String

        /// The outcome and a printable report.
        func run() -> (hits: Int, total: Int, report: String) {
            let text = ScalarText(article)
            let paragraphs = HeadingDetector().classify(text, paragraphs: ParagraphSplitter().split(text), declared: nil)
            let sentences = SentenceSplitter().split(text, paragraphs: paragraphs)
            let sections = SectionSegmenter().sections(text, paragraphs: paragraphs, sentences: sentences)
            let truth = sections.filter { $0.titleSource == .heading }.map(\.firstSentence).filter { $0 > 0 }
            let stripped = paragraphs.filter { !$0.isHeading }.map(text.text(of:)).joined(separator: "\n")
            let plain = ScalarText(stripped)
            let plainParagraphs = HeadingDetector().classify(plain, paragraphs: ParagraphSplitter().split(plain), declared: nil)
            let plainSentences = SentenceSplitter().split(plain, paragraphs: plainParagraphs)
            let inferred = SectionSegmenter().sections(plain, paragraphs: plainParagraphs, sentences: plainSentences)
            let found = inferred.map(\.firstSentence).filter { $0 > 0 }
            var lines = ["(a) heading-removal check: \(sentences.count) sentences, true boundaries \(truth), inferred \(found)"]
            var hits = 0
            for boundary in truth {
                let distance = found.map { abs($0 - boundary) }.min() ?? Int.max
                if distance <= 1 { hits += 1 }
                lines.append("    boundary at sentence \(boundary): nearest inferred \(distance == Int.max ? "none" : "±\(distance)")"
                    + (distance == 0 ? " (on it)" : distance == 1 ? " (within one)" : " (missed)"))
            }
            for section in inferred {
                lines.append("    [\(section.firstSentence)–\(section.lastSentence)] \(section.title)")
            }
            lines.append("    \(hits)/\(truth.count) true boundaries found on or within one sentence; "
                + "\(found.count) inferred boundaries")
            return (hits, truth.count, lines.joined(separator: "\n"))
        }
    }

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
}
