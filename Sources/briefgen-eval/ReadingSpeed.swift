import BriefgenText
import Foundation

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
