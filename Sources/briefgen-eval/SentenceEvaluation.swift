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

// MARK: - Speed

extension SentenceEvaluation {
    /// Times the reading layer (paragraphs, headings, sentences, sections, headline) on an article repeated to a size.
    enum ReadingSpeed {
        static func run(_ arguments: [String]) -> Int32 {
            guard let path = arguments.first, let article = try? String(contentsOfFile: path, encoding: .utf8) else {
                FileHandle.standardError.write(Data("usage: briefgen-eval sentences --speed ARTICLE.txt [MEGABYTES]\n".utf8))
                return 64
            }
            let megabytes = arguments.count > 1 ? Double(arguments[1]) ?? 1 : 1
            var body = ""
            while Double(body.utf8.count) < megabytes * 1_000_000 { body += article.trimmingCharacters(in: .whitespacesAndNewlines) + "\n" }
            let clock = ContinuousClock()
            var text = ScalarText("")
            var paragraphs: [TextParagraph] = []
            var sentences: [Sentence] = []
            var sections: [ArticleSection] = []
            var headline = ""
            let steps: [(String, () -> Void)] = [
                ("decode scalars", { text = ScalarText(body) }),
                ("paragraphs + headings", {
                    paragraphs = HeadingDetector().classify(text, paragraphs: ParagraphSplitter().split(text), declared: nil)
                }),
                ("sentences", { sentences = SentenceSplitter().split(text, paragraphs: paragraphs) }),
                ("sections", { sections = SectionSegmenter().sections(text, paragraphs: paragraphs, sentences: sentences) }),
                ("headline + dek", {
                    headline = HeadlineWriter().write(text, paragraphs: paragraphs, sentences: sentences, title: nil, statistics: []).headline.text
                }),
            ]
            print(String(format: "%.2f MB, %d scalars", Double(body.utf8.count) / 1_000_000, body.unicodeScalars.count))
            var total = Duration.zero
            for (name, step) in steps {
                let elapsed = clock.measure(step)
                total += elapsed
                print("  \(name): \(elapsed)")
            }
            print("  total: \(total) — \(sentences.count) sentences, \(sections.count) sections, headline: \(headline)")
            return 0
        }
    }
}
