import BriefgenText
import Foundation

/// The two seed articles, read as ingest hands them over (trailing metadata lines removed).
enum SeedArticles {
    /// Seed 000: no headings; its first line is a long sentence; ends with an "image source from:" metadata line.
    static var minerals: String { body("000_4482b8ed06c74029.txt") }
    /// Seed 001: three plain-text headings; its first line is a long sentence.
    static var negotiations: String { body("001_d30e6bfd71bd188e.txt") }

    private static func body(_ name: String) -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../seeds/\(name)")
        let raw = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let lines = raw.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.lowercased().hasPrefix("image source from:") && !$0.lowercased().hasPrefix("source:") }
        return lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs the reading layer on `body` the way ``ArticleAnalyzer`` does.
    static func read(_ body: String, statistics: [Statistic] = []) -> Reading {
        let text = ScalarText(body)
        let paragraphs = HeadingDetector().classify(text, paragraphs: ParagraphSplitter().split(text), declared: nil)
        let sentences = SentenceSplitter().split(text, paragraphs: paragraphs)
        let sections = SectionSegmenter().sections(text, paragraphs: paragraphs, sentences: sentences)
        let lead = HeadlineWriter().write(text, paragraphs: paragraphs, sentences: sentences, title: nil, statistics: statistics)
        return Reading(text: text, paragraphs: paragraphs, sentences: sentences, sections: sections, lead: lead)
    }

    /// What the reading layer makes of one article.
    struct Reading {
        var text: ScalarText
        var paragraphs: [TextParagraph]
        var sentences: [Sentence]
        var sections: [ArticleSection]
        var lead: HeadlineWriter.Lead
        /// Sentence texts.
        var sentenceTexts: [String] { sentences.map(text.text(of:)) }
    }
}
