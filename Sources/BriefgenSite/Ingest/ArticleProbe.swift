import BriefgenMarkdown
import BriefgenText
import Foundation

/// Reads and analyzes one article from raw bytes exactly as `briefgen build` does (decode, front matter, metadata
/// lines, Markdown blocks, analysis), without touching the disk, and checks what must hold for any input.
///
/// The fuzzer (`Sources/briefgen-fuzz`, `scripts/fuzz.sh`) calls it on arbitrary bytes; the reliability tests call
/// it on the inputs the fuzzer found. A broken invariant is returned, never trapped on, so a test can name it.
public enum ArticleProbe {
    /// What one probe did.
    public struct Outcome: Sendable {
        /// The article was read (not refused with an error or skipped).
        public var article: Article?
        /// The analysis of the article, when it was read.
        public var analysis: ArticleAnalysis?
        /// Every diagnostic the reader gave.
        public var diagnostics: [Diagnostic]
        /// Invariants that did not hold (empty for a correct run).
        public var violations: [String]
    }

    /// Runs the reader and the analyzer on `data`; with `checkEscaping`, also renders the escaped body through cmark
    /// and checks that no element other than the paragraph came out of it.
    public static func run(_ data: Data, format: Article.Format, checkEscaping: Bool = true) -> Outcome {
        let (article, diagnostics) = ArticleReader(path: "fuzz." + format.rawValue).read(data: data, id: "fuzz", format: format)
        var violations: [String] = []
        for d in diagnostics where d.description.contains("\n") { violations.append("diagnostic spans lines: \(d.description)") }
        guard let article else { return Outcome(article: nil, analysis: nil, diagnostics: diagnostics, violations: violations) }
        let analysis = ArticleAnalyzer().analyze(article.analysisInput())
        violations += check(analysis)
        if checkEscaping { violations += checkEscaped(String(article.body.unicodeScalars.prefix(4096))) }
        return Outcome(article: article, analysis: analysis, diagnostics: diagnostics, violations: violations)
    }

    /// Offsets inside the text, indices inside their arrays, ranges not reversed.
    static func check(_ a: ArticleAnalysis) -> [String] {
        var problems: [String] = []
        let n = a.text.count
        func range(_ what: String, _ start: Int, _ end: Int) {
            if !(0 <= start && start <= end && end <= n) { problems.append("\(what) range \(start)..<\(end) outside 0..<\(n)") }
        }
        func index(_ what: String, _ i: Int, _ count: Int) {
            if !(0..<count).contains(i) { problems.append("\(what) index \(i) outside 0..<\(count)") }
        }
        for p in a.paragraphs { range("paragraph", p.start, p.end) }
        for s in a.sentences { range("sentence", s.start, s.end); index("sentence.paragraph", s.paragraph, a.paragraphs.count) }
        for s in a.statistics { range("statistic", s.start, s.end); index("statistic.sentence", s.sentence, a.sentences.count) }
        for t in a.timexes { range("timex", t.start, t.end); index("timex.sentence", t.sentence, a.sentences.count) }
        for e in a.entities { range("entity", e.start, e.end) }
        for e in a.events { index("event.sentence", e.sentence, a.sentences.count); index("event.timex", e.timex, a.timexes.count) }
        for s in a.sections {
            index("section.first", s.firstSentence, a.sentences.count)
            index("section.last", s.lastSentence, a.sentences.count)
            if s.firstSentence > s.lastSentence { problems.append("section \(s.firstSentence) > \(s.lastSentence)") }
        }
        return problems
    }

    /// Escaped text rendered by cmark and the directive pass must be one paragraph of text: no tag, link, image or
    /// autolink from it, no sentinel left, and the text itself unchanged apart from escaping.
    static func checkEscaped(_ text: String) -> [String] {
        let cmark = MarkdownRenderer().html(from: MarkdownEscaper.escape(text))
        let html = HTMLDirectives.apply(to: cmark)
        var problems: [String] = []
        let tags = html.matches(of: #/<\/?([A-Za-z][A-Za-z0-9]*)/#).map { String($0.1) }.filter { $0 != "p" }
        if let tag = tags.first { problems.append("escaped text rendered as <\(tag)>: \(html.prefix(200))") }
        if html.unicodeScalars.contains(where: { (0xE000...0xE007).contains($0.value) }) {
            problems.append("sentinel left in rendered text: \(html.prefix(200))")
        }
        return problems
    }
}
