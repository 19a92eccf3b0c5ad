import Foundation
import Testing
@testable import BriefgenText

/// Shared helpers for the temporal tests: analyze a text, read a seed, compare timexes by text, type and value.
enum TimeFixture {
    /// A timex reduced to what the tests compare.
    struct Found: Equatable, CustomStringConvertible {
        var text: String
        var type: String
        var value: String?

        init(_ text: String, _ type: String, _ value: String?) {
            self.text = text
            self.type = type
            self.value = value
        }

        var description: String { "(\(text) \(type) \(value ?? "nil"))" }
    }

    /// Sentences of a plain text, one paragraph per line.
    static func sentences(_ text: ScalarText) -> [Sentence] {
        SentenceSplitter().split(text, paragraphs: ParagraphSplitter().split(text))
    }

    /// The temporal analysis of `text`, with `published` given as configuration when set.
    static func analyze(_ text: String, published: String? = nil) -> TemporalAnalyzer.Result {
        let scalars = ScalarText(text)
        return TemporalAnalyzer().analyze(scalars, sentences: sentences(scalars),
                                          published: published.map { PublicationDate(value: $0, source: .config) })
    }

    /// The timexes of `text` as (text, type, value).
    static func timexes(_ text: String, published: String? = nil) -> [Found] {
        analyze(text, published: published).timexes.map { Found($0.text, $0.type.rawValue, $0.value) }
    }

    /// A seed article's body (metadata lines dropped).
    static func seed(_ name: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let raw = try String(contentsOf: root.appendingPathComponent("seeds/\(name)"), encoding: .utf8)
        return raw.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.lowercased().hasPrefix("image source from:") && !$0.lowercased().hasPrefix("source:") }
            .joined(separator: "\n")
    }
}
