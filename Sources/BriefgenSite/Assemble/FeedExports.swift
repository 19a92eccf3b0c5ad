import BriefgenText

/// `feed.xml` (Atom: the newest sources, one entry each) and `sitemap.xml` (every page).
///
/// With `base_url` configured both use absolute URLs; without it the feed uses relative links, the sitemap
/// (which must be absolute) is skipped, and the build warns, naming the setting.
struct FeedExports {
    let articles: [AnalyzedArticle]
    let site: SiteView
    let baseURL: String?
    /// How many sources the feed lists (0: all).
    var limit = 50

    /// The sources the feed lists: newest publication date first (a date given to the month or year counts as its
    /// first day; undated sources last), then in input order; at most ``limit``. A feed reader shows what is new,
    /// and a feed of every source of a large archive is megabytes rewritten on every build.
    func entries() -> [AnalyzedArticle] {
        let keyed = articles.enumerated().map { (date: Self.sortableDate($1.summary.published.value), index: $0) }
        let order = keyed.sorted { a, b in a.date != b.date ? a.date > b.date : a.index < b.index }
        let count = limit > 0 ? min(limit, order.count) : order.count
        return order.prefix(count).map { articles[$0.index] }
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` padded to a full day, so that dates of different precision compare; ""
    /// (before every date) when there is none.
    static func sortableDate(_ iso: String?) -> String {
        guard let iso else { return "" }
        switch iso.count {
        case 4: return iso + "-01-01"
        case 7: return iso + "-01"
        default: return String(iso.prefix(10))
        }
    }

    func files() -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        var files = [OutputFile(path: OutputPath("feed.xml"), contents: Array(feed().utf8))]
        var diagnostics: [Diagnostic] = []
        if let baseURL {
            files.append(OutputFile(path: OutputPath("sitemap.xml"), contents: Array(sitemap(baseURL).utf8)))
        } else if !articles.isEmpty {
            diagnostics.append(Diagnostic(path: "briefgen.toml", severity: .warning, stage: .assemble,
                                          message: "base_url is not set: feed.xml uses relative links and sitemap.xml is skipped",
                                          hint: "set base_url = \"https://example.org/briefing/\" in briefgen.toml"))
        }
        return (files, diagnostics)
    }

    private func url(_ relative: String) -> String { (baseURL ?? "") + relative }

    private func timestamp(_ iso: String?) -> String {
        Self.sortableDate(iso ?? (site.asOfISO.isEmpty ? "1970-01-01" : site.asOfISO)) + "T00:00:00Z"
    }

    private func feed() -> String {
        let e = HTMLText.escape
        let newest = articles.compactMap { $0.summary.published.value }.max()
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(e(site.language))">
        <title>\(e(site.title))</title>
        <subtitle>\(e("Sourced briefing as of \(site.asOf)"))</subtitle>
        <id>\(e(baseURL ?? "urn:briefgen:briefing:" + Slug_make(site.title)))</id>
        <link rel="alternate" type="text/html" href="\(e(url("index.html")))"/>
        <link rel="self" type="application/atom+xml" href="\(e(url("feed.xml")))"/>
        <updated>\(timestamp(site.asOfISO.isEmpty ? newest : site.asOfISO))</updated>
        <author><name>briefgen</name></author>
        <generator version="\(e(site.version))">briefgen</generator>

        """
        for a in entries() {
            let link = "sources/\(a.article.id)/index.html"
            let m = a.article.metadata
            xml += "<entry>\n"
            xml += "<title>\(e(a.summary.headline.text))</title>\n"
            xml += "<id>\(e(baseURL.map { $0 + link } ?? "urn:briefgen:source:" + a.article.id))</id>\n"
            xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(e(url(link)))\"/>\n"
            if let source = m.sourceURL { xml += "<link rel=\"via\" href=\"\(e(source))\"/>\n" }
            xml += "<updated>\(timestamp(a.summary.published.value))</updated>\n"
            if let author = m.author ?? m.outlet { xml += "<author><name>\(e(author))</name></author>\n" }
            if let dek = a.summary.dek { xml += "<summary>\(e(dek))</summary>\n" }
            xml += "</entry>\n"
        }
        return xml + "</feed>\n"
    }

    private func sitemap(_ base: String) -> String {
        let e = HTMLText.escape
        var paths = ["index.html", "timeline/index.html", "statistics/index.html", "sources/index.html", "search/index.html",
                     "about/index.html"]
        paths += articles.map { "sources/\($0.article.id)/index.html" }
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths { xml += "<url><loc>\(e(base + path))</loc></url>\n" }
        return xml + "</urlset>\n"
    }

    private func Slug_make(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.map { ("a"..."z").contains($0) || ("0"..."9").contains($0) ? Character($0) : "-" })
    }
}
