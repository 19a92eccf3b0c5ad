import BriefgenText
import Foundation

/// One article's record in the `briefgen extract` JSON Lines contract (and in `data/briefing.json`).
public struct ExtractRecord: Encodable, Sendable {
    let analyzed: AnalyzedArticle

    /// Wraps an analyzed article.
    public init(_ analyzed: AnalyzedArticle) { self.analyzed = analyzed }

    enum CodingKeys: String, CodingKey {
        case file, id, text, published, headline, dek, sentences, paragraphs, sections, statistics, timexes, events, entities
        case metadata
    }

    struct Metadata: Encodable {
        let source: String?
        let outlet: String?
        let author: String?
        let language: String?
        let imageSources: [String]
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(source, forKey: .source)
            try c.encode(outlet, forKey: .outlet)
            try c.encode(author, forKey: .author)
            try c.encode(language, forKey: .language)
            try c.encode(imageSources, forKey: .imageSources)
        }
        enum Keys: String, CodingKey { case source, outlet, author, language, imageSources = "image_sources" }
    }

    struct ParagraphRecord: Encodable {
        let start: Int, end: Int, heading: Int?
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(heading, forKey: .heading)
        }
        enum Keys: String, CodingKey { case start, end, heading }
    }

    /// Encodes the record; absent values are `null`.
    public func encode(to encoder: any Encoder) throws {
        let a = analyzed.analysis
        let m = analyzed.article.metadata
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(analyzed.article.publishedPath, forKey: .file)
        try c.encode(analyzed.article.id, forKey: .id)
        try c.encode(a.text.string, forKey: .text)
        try c.encode(PublishedRecord(a.published), forKey: .published)
        try c.encode(a.headline, forKey: .headline)
        try c.encode(a.dek, forKey: .dek)
        try c.encode(a.sentences, forKey: .sentences)
        try c.encode(a.paragraphs.map { p -> ParagraphRecord in
            if case .heading(let level) = p.kind { return ParagraphRecord(start: p.start, end: p.end, heading: level) }
            return ParagraphRecord(start: p.start, end: p.end, heading: nil)
        }, forKey: .paragraphs)
        try c.encode(a.sections, forKey: .sections)
        try c.encode(a.statistics, forKey: .statistics)
        try c.encode(a.timexes, forKey: .timexes)
        try c.encode(a.events, forKey: .events)
        try c.encode(a.entities, forKey: .entities)
        try c.encode(Metadata(source: m.sourceURL ?? m.sourceText, outlet: m.outlet, author: m.author, language: m.language,
                              imageSources: m.imageSources), forKey: .metadata)
    }

    /// The publication date with every key present.
    struct PublishedRecord: Encodable {
        let date: PublicationDate
        init(_ date: PublicationDate) { self.date = date }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(date.value, forKey: .value)
            try c.encode(date.source, forKey: .source)
            try c.encode(date.evidence, forKey: .evidence)
            try c.encode(date.precision, forKey: .precision)
            try c.encode(date.isLowerBound, forKey: .isLowerBound)
        }
        enum Keys: String, CodingKey { case value, source, evidence, precision, isLowerBound = "lower_bound" }
    }

    /// The JSON encoder every export uses: sorted keys, no escaped slashes.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// One JSON line.
    public func jsonLine() throws -> String {
        String(decoding: try jsonBytes(), as: UTF8.self)
    }
}
