import BriefgenText
import Foundation

/// `briefgen-eval timex GOLD.jsonl`: prints briefgen's timexes per document in `score_timex.py`'s prediction format.
///
/// Each document's gold `dct` is passed as the publication date (source `config`), as the TempEval-3 task gives it.
enum TimexEvaluation {
    static func run(_ arguments: [String]) -> Int32 {
        guard let path = arguments.first else {
            FileHandle.standardError.write(Data("usage: briefgen-eval timex GOLD.jsonl\n".utf8))
            return 64
        }
        do {
            for record in try JSONLines.read(path) {
                let doc = record["doc"] as? String ?? ""
                let text = ScalarText(record["text"] as? String ?? "")
                let published = (record["dct"] as? String).map { PublicationDate(value: String($0.prefix(10)), source: .config) }
                let paragraphs = ParagraphSplitter().split(text)
                let sentences = SentenceSplitter().split(text, paragraphs: paragraphs)
                let result = TemporalAnalyzer().analyze(text, sentences: sentences, published: published)
                let timexes: [[String: Any]] = result.timexes.map { t in
                    ["start": t.start, "end": t.end, "type": t.type.rawValue, "value": t.value ?? NSNull(), "text": t.text]
                }
                JSONLines.write(["doc": doc, "timexes": timexes])
            }
            return 0
        } catch {
            FileHandle.standardError.write(Data("briefgen-eval: \(error)\n".utf8))
            return 1
        }
    }
}
