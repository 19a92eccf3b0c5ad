import BriefgenText
import Foundation

/// `briefgen-eval timex GOLD.jsonl`: prints briefgen's timexes per document in `score_timex.py`'s prediction format.
///
/// Each document's gold `dct` is passed as the publication date (source `config`), as the TempEval-3 task gives it.
/// `briefgen-eval timex ARTICLE.txt [--published DATE]` prints one article's publication date, timexes and events instead.
enum TimexEvaluation {
    static func run(_ arguments: [String]) -> Int32 {
        guard let path = arguments.first else {
            FileHandle.standardError.write(Data("usage: briefgen-eval timex GOLD.jsonl | ARTICLE.txt [--published DATE]\n".utf8))
            return 64
        }
        if path.hasSuffix(".txt") { return article(path, arguments) }
        if arguments.contains("--infer-dates") { return inferDates(path) }
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

    /// `--infer-dates`: hides each document's `dct`, infers a publication date from the text, and checks it against the
    /// `dct` (the year must match; a lower bound must not pass it). Prints the documents where inference fires.
    private static func inferDates(_ path: String) -> Int32 {
        guard let records = try? JSONLines.read(path) else { return 1 }
        var fired = 0
        var consistent = 0
        for record in records {
            let text = ScalarText(record["text"] as? String ?? "")
            let dct = record["dct"] as? String ?? ""
            let sentences = SentenceSplitter().split(text, paragraphs: ParagraphSplitter().split(text))
            let inferred = PublicationDateInferrer().infer(text, sentences: sentences)
            guard let value = inferred.value else { continue }
            fired += 1
            let ok = dct.hasPrefix(String(value.prefix(4))) && (!inferred.isLowerBound || value <= dct)
                && (inferred.isLowerBound || dct.hasPrefix(value))
            if ok { consistent += 1 }
            JSONLines.write(["doc": record["doc"] ?? "", "dct": dct, "inferred": value, "lower_bound": inferred.isLowerBound,
                             "consistent": ok, "evidence": inferred.evidence ?? ""])
        }
        FileHandle.standardError.write(Data("inferred \(fired) of \(records.count) documents, \(consistent) consistent with the dct\n".utf8))
        return 0
    }

    /// Prints the temporal analysis of one plain-text article (metadata lines `source:` / `image source from:` dropped).
    private static func article(_ path: String, _ arguments: [String]) -> Int32 {
        guard let raw = try? String(contentsOfFile: path, encoding: .utf8) else { return 1 }
        let body = raw.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.lowercased().hasPrefix("source:") && !$0.lowercased().hasPrefix("image source from:") }
            .joined(separator: "\n")
        let text = ScalarText(body)
        var published: PublicationDate?
        if let i = arguments.firstIndex(of: "--published"), i + 1 < arguments.count {
            published = PublicationDate(value: arguments[i + 1], source: .config)
        }
        let sentences = SentenceSplitter().split(text, paragraphs: ParagraphSplitter().split(text))
        let result = TemporalAnalyzer().analyze(text, sentences: sentences, published: published)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for line: any Encodable in [result.published] as [any Encodable] + result.timexes + result.events {
            FileHandle.standardOutput.write((try? encoder.encode(line)) ?? Data())
            FileHandle.standardOutput.write(Data("\n".utf8))
        }
        return 0
    }
}
