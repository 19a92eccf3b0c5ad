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
    /// The build cache: an unchanged article's entries come from it, encoded ones go to it.
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

    /// An article's entries, comma-separated, `<` escaped.
    func encodedEntries(of a: AnalyzedArticle) -> [UInt8] {
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
        // Every article gives at least its "Source" entry, so no piece is empty between two separators.
        try ParallelEncoding.encode(articles.count, into: sink, separator: 0x2C) { index in
            let article = articles[index]
            guard let key = article.cacheKey, let cache else { return .bytes(encodedEntries(of: article)) }
            return cache.derived(.search, key) { encodedEntries(of: article) }
        }
        try sink.append(Array("];\n".utf8))
    }
}
