import BriefgenText
import Foundation

/// The search index: one entry per article, section, figure and event, written as a script file
/// (`assets/search-index.js`) so it loads from `file://` too, where `fetch` of local JSON is blocked.
struct SearchIndex: Sendable {
    struct Entry: Encodable {
        let kind: String
        let title: String
        let text: String
        let url: String

        /// The entry as ``SortedJSONEncoder`` writes it (keys in byte order), written directly: the generic encoder's
        /// tree of nodes was most of the index's cost (a test compares the two).
        func appendJSON(to out: inout [UInt8]) {
            out += #"{"kind":"#.utf8
            JSONScalar.appendString(kind, to: &out)
            out += #","text":"#.utf8
            JSONScalar.appendString(text, to: &out)
            out += #","title":"#.utf8
            JSONScalar.appendString(title, to: &out)
            out += #","url":"#.utf8
            JSONScalar.appendString(url, to: &out)
            out.append(0x7D)
        }
    }

    let articles: [AnalyzedArticle]
    let assembler: SiteAssembler
    /// The build cache: an unchanged article's entries come from the output's copy of the index (see ``ExportPieces``).
    var cache: AnalysisCache? = nil

    /// The entries of one article: the source, its sections, figures and events.
    func entries(of a: AnalyzedArticle) -> [Entry] {
        var entries: [Entry] = []
        let card = assembler.card(a, root: "")
        entries.append(Entry(kind: "Source", title: card.headline, text: [card.dek, card.outlet, card.published].compactMap { $0 }.joined(separator: " · "), url: card.href))
        for section in card.sections {
            entries.append(Entry(kind: "Section", title: section.title, text: card.headline, url: section.href))
        }
        for s in a.analysis.statistics {
            let f = assembler.figureView(s, in: a, root: "")
            entries.append(Entry(kind: "Figure", title: "\(f.amount) \(f.what)", text: "\(f.who) · \(f.verificationLabel) · \(f.sentenceText)", url: f.href))
        }
        for e in assembler.eventViews(of: a, root: "") {
            entries.append(Entry(kind: "Event", title: "\(e.date): \(e.summary)", text: e.sentenceText, url: e.href))
        }
        return entries
    }

    /// An article's entries, comma-separated, `<` escaped: byte for byte ``entries(of:)`` written with
    /// ``Entry/appendJSON(to:)`` and every `<` then replaced by `\u003c` (``referenceEncodedEntries(of:)``, which a
    /// test compares), but written straight from the analysis, without a view of each figure and event or a string of
    /// each entry's text (a copy of its sentence).
    func encodedEntries(of a: AnalyzedArticle) -> [UInt8] {
        var w = SearchEntryWriter()
        w.out.reserveCapacity(1024)
        let analysis = a.analysis
        let card = assembler.card(a, root: "")
        w.begin("Source")
        var first = true
        for part in [card.dek, card.outlet, card.published] {
            guard let part else { continue }
            if !first { w.text(" · ") }
            first = false
            w.text(part)
        }
        w.title()
        w.text(card.headline)
        w.url()
        w.text(card.href)
        w.end()
        for section in card.sections {
            w.begin("Section")
            w.text(card.headline)
            w.title()
            w.text(section.title)
            w.url()
            w.text(section.href)
            w.end()
        }
        let link = "sources/" + a.article.id + "/index.html#s-"
        for s in analysis.statistics {
            w.begin("Figure")
            w.text(s.attribution?.who ?? "no source given")
            w.text(" · ")
            w.text(DisplayFormat.verificationLabel(s.verification))
            w.text(" · ")
            w.sentence(s.sentence, of: a)
            w.title()
            w.text(DisplayFormat.amount(s))
            w.text(" ")
            w.text(s.what)
            w.url()
            w.text(link)
            w.text(String(s.sentence))
            w.end()
        }
        for e in analysis.events {
            w.begin("Event")
            w.sentence(e.sentence, of: a)
            w.title()
            w.text(SiteAssembler.dateText(e))
            w.text(": ")
            w.text(e.summary)
            w.url()
            w.text(link)
            w.text(String(e.sentence))
            w.end()
        }
        return w.out
    }

    /// ``encodedEntries(of:)`` the way it was written before: the entries, encoded, then `<` replaced.
    func referenceEncodedEntries(of a: AnalyzedArticle) -> [UInt8] {
        var bytes: [UInt8] = []
        for (n, entry) in entries(of: a).enumerated() {
            if n > 0 { bytes.append(0x2C) }
            entry.appendJSON(to: &bytes)
        }
        guard bytes.contains(0x3C) else { return bytes }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(bytes.count + 32)
        for byte in bytes {
            if byte == 0x3C { escaped += "\\u003c".utf8 } else { escaped.append(byte) }
        }
        return escaped
    }

    /// The search form and result list; hidden until the script runs, so a page without JavaScript shows only the list of sources.
    static let widget = """
        <form id="search-form" class="search-box" role="search" hidden>
        <label for="search-q">Search sources, sections, figures and events</label>
        <div class="search-row"><input id="search-q" name="q" type="search" autocomplete="off"><button type="submit">Search</button></div>
        </form>
        <p id="search-status" role="status" aria-live="polite"></p>
        <ul id="search-results"></ul>
        """

    /// `window.BRIEFGEN_SEARCH = [...]` with `<` escaped so the data can never close a script element. Encoded an
    /// article at a time, on every core, straight to bytes: the index of 50,000 articles is hundreds of megabytes,
    /// and neither a list of every entry nor a search-and-replace over one huge string may hold it twice.
    func script(into sink: StreamSink) throws {
        try sink.append(Array("window.BRIEFGEN_SEARCH = [".utf8))
        let pieces = PieceLog(path: "assets/search-index.js", articles: articles, cache: cache, reference: sink.referenceStamp)
        // Every article gives at least its "Source" entry, so no piece is empty between two separators.
        try ParallelEncoding.encode(articles.count, into: sink, separator: 0x2C, placed: pieces.placed) { index in
            let article = articles[index]
            if let piece = pieces.reference(index) { return piece }
            return .bytes(encodedEntries(of: article))
        }
        try sink.append(Array("];\n".utf8))
        pieces.finish()
    }
}

/// Writes search-index entries as JSON (keys in byte order: kind, text, title, url), each string escaped as
/// ``JSONScalar/appendString(_:to:)`` escapes it and `<` written as `\u003c`. JSON escaping works byte by byte, so
/// a string written in parts is escaped as the whole would be.
struct SearchEntryWriter {
    var out: [UInt8] = []

    /// `{"kind":"<kind>","text":"` (after a comma, unless first).
    mutating func begin(_ kind: StaticString) {
        if !out.isEmpty { out.append(0x2C) }
        out += #"{"kind":""#.utf8
        out.append(contentsOf: UnsafeBufferPointer(start: kind.utf8Start, count: kind.utf8CodeUnitCount))
        out += #"","text":""#.utf8
    }

    mutating func title() { out += #"","title":""#.utf8 }
    mutating func url() { out += #"","url":""#.utf8 }
    mutating func end() { out += #""}"#.utf8 }

    mutating func text(_ string: String) {
        var string = string
        string.withUTF8 { escape($0) }
    }

    /// The text of sentence `index` (empty when there is no such sentence, as ``AnalyzedArticle/sentenceText(_:)``).
    mutating func sentence(_ index: Int, of a: AnalyzedArticle) {
        let sentences = a.analysis.sentences
        guard sentences.indices.contains(index) else { return }
        a.analysis.text.withUTF8(sentences[index].start, sentences[index].end) { escape($0) }
    }

    private mutating func escape(_ bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            start = i + 1
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x08: out += [0x5C, 0x62]
            case 0x0C: out += [0x5C, 0x66]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            default:
                out += [0x5C, 0x75, 0x30, 0x30, Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0x0F)]]
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)
}
