import BriefgenText
import Foundation

/// `briefgen-eval sentences GOLD.jsonl`: splits each record's `text` into sentences and prints the scorer's prediction
/// format (`{"id": …, "sentences": […]}` per line) to standard output.
///
/// The text goes through the same path as an article body: ``ParagraphSplitter`` (one paragraph per line), then
/// ``SentenceSplitter`` on every paragraph. Heading detection is left out: a benchmark line is running text.
///
/// `briefgen-eval sentences --speed ARTICLE.txt [MEGABYTES]` instead repeats the article to the given size (default 1)
/// and prints how long each step of the reading layer takes on it (use a release build).
enum SentenceEvaluation {
    static func run(_ arguments: [String]) -> Int32 {
        if arguments.first == "--speed" { return ReadingSpeed.run(Array(arguments.dropFirst())) }
        guard let path = arguments.first else {
            FileHandle.standardError.write(Data("usage: briefgen-eval sentences GOLD.jsonl > PRED.jsonl\n".utf8))
            return 64
        }
        do {
            for record in try JSONLines.read(path) {
                guard let body = record["text"] as? String else { continue }
                let text = ScalarText(body)
                let sentences = SentenceSplitter().split(text).map(text.text(of:))
                var prediction: [String: Any] = ["sentences": sentences]
                prediction["id"] = record["id"] ?? NSNull()
                JSONLines.write(prediction)
            }
            return 0
        } catch {
            FileHandle.standardError.write(Data("briefgen-eval: cannot read \(path): \(error)\n".utf8))
            return 1
        }
    }
}
