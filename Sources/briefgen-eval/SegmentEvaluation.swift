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
