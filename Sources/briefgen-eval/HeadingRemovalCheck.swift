import BriefgenText
import Foundation

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
