import BriefgenText
import Foundation

/// The machine-readable exports: `data/briefing.json`, `data/statistics.csv`, `data/events.csv`.
struct DataExports: Sendable {
    let articles: [AnalyzedArticle]
    let site: SiteView
    /// The build cache: where the output's exports hold each article's piece, and what only a record needs.
    var cache: AnalysisCache? = nil
    /// `data/briefing.json` as the analysis wrote it, if it did (see ``RecordStream``).
    var records: RecordStream? = nil

    /// The exports, written piece by piece when the site is staged (`data/briefing.json` holds every text).
    func streams() -> [StreamedFile] {
        let exports = self
        var prewritten: (@Sendable () throws -> String?)?
        if let records { prewritten = { try exports.finishBriefing(records) } }
        return [
            StreamedFile(path: OutputPath("data", "briefing.json"), prewritten: prewritten) { try briefingJSON(into: $0) },
            StreamedFile(path: OutputPath("data", "statistics.csv")) { try csv("data/statistics.csv", Self.statisticsHeader, into: $0, rows: Self.statisticsCSV) },
            StreamedFile(path: OutputPath("data", "events.csv")) { try csv("data/events.csv", Self.eventsHeader, into: $0, rows: Self.eventsCSV) },
        ]
    }

    /// `{"articles":[…],"as_of":…,"title":…}` (compact, keys sorted: `articles` < `as_of` < `title`), each record
    /// written on its own, in parallel: encoding the whole briefing at once built a tree of every value of every
    /// article first (most of a big build's peak memory) and ran on one core.
    private func briefingJSON(into sink: StreamSink) throws {
        let pieces = PieceLog(path: Self.briefingPath, articles: articles, cache: cache, reference: sink.referenceStamp)
        try sink.append(Self.briefingHeader)
        try ParallelEncoding.encode(articles.count, into: sink, separator: 0x2C, placed: pieces.placed) { index in
            let article = articles[index]
            // A record the output's file holds is taken from there; the others are made from the analysis, with what
            // only the record needs read back from the cache (see ``AnalyzedArticle/withRecordDetails(from:)``).
            if let piece = pieces.reference(index) { return piece }
            return .bytes(try ExtractRecord(article.withRecordDetails(from: cache)).jsonBytes())
        }
        try sink.append(try Self.briefingTrailer(site))
        pieces.finish()
    }

    /// Ends `data/briefing.json` as the analysis wrote it and logs where each record lies; the file's path, or nil when
    /// the stream is incomplete (then the file is written the usual way).
    private func finishBriefing(_ records: RecordStream) throws -> String? {
        guard records.finish(trailer: try Self.briefingTrailer(site)) else { return nil }
        let pieces = PieceLog(path: Self.briefingPath, articles: articles, cache: cache, reference: nil)
        for (index, place) in records.recordPlaces.enumerated() { pieces.placed(index, place.offset, place.length) }
        pieces.finish()
        return records.path
    }

    static let briefingPath = "data/briefing.json"
    /// What `data/briefing.json` starts with, before the first record.
    static let briefingHeader = Array(#"{"articles":["#.utf8)

    /// What `data/briefing.json` ends with, after the last record.
    static func briefingTrailer(_ site: SiteView) throws -> [UInt8] {
        Array(#"],"as_of":"#.utf8) + (try SortedJSONEncoder.encode(site.asOfISO)) + Array(#","title":"#.utf8)
            + (try SortedJSONEncoder.encode(site.title)) + Array("}\n".utf8)
    }

    /// A CSV file written a few hundred articles at a time (all rows of a big build at once were a transient copy
    /// of every figure and its sentence).
    /// An article's rows come from the output's copy of the file when it has them (see ``ExportPieces``).
    private func csv(_ path: String, _ header: [String], into sink: StreamSink,
                     rows: @escaping @Sendable (AnalyzedArticle) -> [UInt8]) throws {
        try sink.append(CSVText.bytes([header]))
        let pieces = PieceLog(path: path, articles: articles, cache: cache, reference: sink.referenceStamp)
        try ParallelEncoding.encode(articles.count, into: sink, placed: pieces.placed) { index in
            let article = articles[index]
            if let piece = pieces.reference(index) { return piece }
            return .bytes(rows(article))
        }
        pieces.finish()
    }

    static let statisticsHeader = ["article", "sentence", "value", "low", "high", "qualifier", "surface", "unit", "what", "category",
                                   "place", "period_start", "period_end", "who", "verb", "verification", "sentence_text"]

    static func statisticsRows(_ a: AnalyzedArticle) -> [[String]] {
        a.analysis.statistics.map { s in
            [a.article.id, String(s.sentence), DisplayFormat.plain(s.value), s.low.map(DisplayFormat.plain) ?? "",
             s.high.map(DisplayFormat.plain) ?? "", s.qualifier.rawValue, s.surface, s.unit ?? "", s.what,
             s.category.rawValue, s.place ?? "", s.period?.start ?? "", s.period?.end ?? "",
             s.attribution?.who ?? "", s.attribution?.verb ?? "", s.verification.rawValue, a.sentenceText(s.sentence)]
        }
    }

    /// An article's rows of `statistics.csv`, written field by field: byte for byte `CSVText.bytes(statisticsRows(a))`
    /// (empty without figures), without an array of strings per row and a copy of each sentence (a test compares).
    static func statisticsCSV(_ a: AnalyzedArticle) -> [UInt8] {
        var out: [UInt8] = []
        func put(_ field: String) {
            out.append(0x2C)
            CSVText.appendField(field, to: &out)
        }
        for s in a.analysis.statistics {
            CSVText.appendField(a.article.id, to: &out)
            put(String(s.sentence))
            put(DisplayFormat.plain(s.value))
            put(s.low.map(DisplayFormat.plain) ?? "")
            put(s.high.map(DisplayFormat.plain) ?? "")
            put(s.qualifier.rawValue)
            put(s.surface)
            put(s.unit ?? "")
            put(s.what)
            put(s.category.rawValue)
            put(s.place ?? "")
            put(s.period?.start ?? "")
            put(s.period?.end ?? "")
            put(s.attribution?.who ?? "")
            put(s.attribution?.verb ?? "")
            put(s.verification.rawValue)
            out.append(0x2C)
            CSVText.appendSentence(s.sentence, of: a, to: &out)
            out += [0x0D, 0x0A]
        }
        return out
    }

    /// An article's rows of `events.csv`, as ``statisticsCSV(_:)`` writes figures.
    static func eventsCSV(_ a: AnalyzedArticle) -> [UInt8] {
        var out: [UInt8] = []
        func put(_ field: String) {
            out.append(0x2C)
            CSVText.appendField(field, to: &out)
        }
        for e in a.analysis.events {
            CSVText.appendField(a.article.id, to: &out)
            put(String(e.sentence))
            put(e.date ?? "")
            put(e.end ?? "")
            put(e.precision.rawValue)
            put(e.summary)
            put(e.wording ?? "")
            out.append(0x2C)
            CSVText.appendSentence(e.sentence, of: a, to: &out)
            out += [0x0D, 0x0A]
        }
        return out
    }

    static let eventsHeader = ["article", "sentence", "date", "end", "precision", "summary", "wording", "sentence_text"]

    static func eventRows(_ a: AnalyzedArticle) -> [[String]] {
        a.analysis.events.map { e in
            [a.article.id, String(e.sentence), e.date ?? "", e.end ?? "", e.precision.rawValue, e.summary,
             e.wording ?? "", a.sentenceText(e.sentence)]
        }
    }
}

/// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes doubled.
/// (Five lines of rules; a dependency would cost more build time than it saves.) Fields that a spreadsheet
/// would run as a formula (`=`, `+`, `-`, `@` first) get a leading apostrophe.
enum CSVText {
    static func encode(_ rows: [[String]]) -> String { String(decoding: bytes(rows), as: UTF8.self) }

    /// ``encode(_:)`` written straight to bytes (no string per field, row and file).
    static func bytes(_ rows: [[String]]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(rows.reduce(0) { $0 + $1.reduce(2) { $0 + $1.utf8.count + 3 } })
        for row in rows {
            for (n, value) in row.enumerated() {
                if n > 0 { out.append(0x2C) }
                appendField(value, to: &out)
            }
            out.append(0x0D)
            out.append(0x0A)
        }
        if rows.isEmpty { out += [0x0D, 0x0A] }
        return out
    }

    /// Checked on UTF-8 bytes (also a CR LF pair, which as one `Character` is neither "\r" nor "\n").
    static func field(_ value: String) -> String {
        var out: [UInt8] = []
        appendField(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendField(_ value: String, to out: inout [UInt8]) {
        var value = value
        value.withUTF8 { appendField(utf8: $0, to: &out) }
    }

    /// The text of sentence `index` of `a` as a field (empty when there is no such sentence, as
    /// ``AnalyzedArticle/sentenceText(_:)`` gives), from the text's bytes.
    static func appendSentence(_ index: Int, of a: AnalyzedArticle, to out: inout [UInt8]) {
        let sentences = a.analysis.sentences
        guard sentences.indices.contains(index) else { return }
        a.analysis.text.withUTF8(sentences[index].start, sentences[index].end) { appendField(utf8: $0, to: &out) }
    }

    /// ``appendField(_:to:)`` of a string's UTF-8 bytes.
    static func appendField(utf8: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let formula = utf8.first.map {
            $0 == 0x3D || $0 == 0x2B || $0 == 0x40 || ($0 == 0x2D && Double(String(decoding: utf8, as: UTF8.self)) == nil)
        } ?? false
        guard utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            if formula { out.append(0x27) }
            out.append(contentsOf: utf8)
            return
        }
        out.append(0x22)
        if formula { out.append(0x27) }
        for byte in utf8 {
            if byte == 0x22 { out.append(0x22) }
            out.append(byte)
        }
        out.append(0x22)
    }
}

extension DisplayFormat {
    /// A number without grouping, for data files: `2641`, `0.2`.
    static func plain(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
