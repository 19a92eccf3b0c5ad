import BriefgenText

/// Builds the site model from analyzed articles: page views, links and anchors, data exports.
struct SiteAssembler: Sendable {
    var config: BriefgenConfig
    var version: String
    /// The build cache, for the export records of cached articles.
    var cache: AnalysisCache? = nil

    /// The site for these articles (in input order), with its exports.
    func assemble(_ articles: [AnalyzedArticle]) throws -> Site {
        let site = siteView(articles)
        var assembled = try assemble(articles, site: site)
        assembled.streams = streams(articles, site: site)
        return assembled
    }

    /// The site-wide values every page shows.
    func siteView(_ articles: [AnalyzedArticle]) -> SiteView {
        let asOfISO = config.asOf ?? newestDate(articles) ?? ""
        return SiteView(
            title: config.title, description: config.description,
            asOf: asOfISO.isEmpty ? "undated" : DisplayFormat.date(asOfISO), asOfISO: asOfISO,
            language: config.language, articleCount: articles.count, version: version, hasAsOf: !asOfISO.isEmpty,
            hasFeed: true)
    }

    /// The data exports and the search index, written piece by piece when staged. They need the articles and the
    /// site-wide values only, so a rebuild can write them while the pages are still being assembled.
    func streams(_ articles: [AnalyzedArticle], site: SiteView, records: RecordStream? = nil) -> [StreamedFile] {
        let search = SearchIndex(articles: articles, assembler: self, cache: cache)
        return DataExports(articles: articles, site: site, cache: cache, records: records).streams()
            + [StreamedFile(path: OutputPath("assets", "search-index.js")) { try search.script(into: $0) }]
    }

    /// The site's pages and feeds for these articles (no exports: see ``streams(_:site:)``). The groups in `carried`
    /// are not made: their pages are the ones given, with their fingerprints (see ``PageGroup``).
    func assemble(_ articles: [AnalyzedArticle], site: SiteView,
                  carried: [PageGroup: [(page: PageGroupRecord.Page, fingerprint: String)]] = [:]) throws -> Site {
        // A carried group's pages as recorded; the group itself is made only if one of them must be rendered.
        @Sendable func pages(of group: PageGroup, _ make: @escaping @Sendable () -> [PageSpec]) -> [PageSpec] {
            guard let recorded = carried[group] else { return make() }
            let deferred = DeferredGroup(make)
            return recorded.map { page, fingerprint in
                PageSpec(path: OutputPath(segments: page.path.split(separator: "/").map(String.init)), template: page.template,
                         title: page.title, content: .carried(CarriedPage(path: page.path, fingerprint: fingerprint, group: deferred)),
                         widgets: [:])
            }
        }
        // The page groups and the feeds are independent of each other: made on all cores (a rebuild that changes
        // one article spent a quarter of its time here, on one).
        let feedsPart = 5
        let parts = Concurrently.map(feedsPart + 1) { part -> AssembledPart in
            switch part {
            case 0: .pages([indexPage(articles, site: site)])
            case 1: .pages(articles.map { sourcePage($0, site: site) })
            case 2: .pages(sourcesPages(articles, site: site))
            case 3: .pages(pages(of: .timeline) { [self] in timelinePages(articles, site: site) })
            case 4: .pages(pages(of: .statistics) { [self] in statisticsPages(articles, site: site) })
            default: .feeds(FeedExports(articles: articles, site: site, baseURL: config.baseURL, limit: config.feedEntries).files())
            }
        }
        var pages: [PageSpec] = []
        var feeds: (files: [OutputFile], diagnostics: [Diagnostic]) = ([], [])
        for part in parts {
            switch part {
            case .pages(let made): pages.append(contentsOf: made)
            case .feeds(let made): feeds = made
            }
        }
        let aboutPath = OutputPath("about", "index.html")
        pages.append(PageSpec(path: aboutPath, template: "about", title: "About this briefing",
                              content: .about(AboutPageView(root: aboutPath.root, site: site)), widgets: [:]))
        let searchPath = OutputPath("search", "index.html")
        pages.append(PageSpec(path: searchPath, template: "search", title: "Search",
                              content: .search(SearchPageView(root: searchPath.root, site: site,
                                                              sources: newestFirst(articles).prefix(SiteAssembler.searchFallbackLimit)
                                                                  .map { card($0, root: searchPath.root) },
                                                              isTruncated: articles.count > SiteAssembler.searchFallbackLimit)),
                              widgets: ["search": SearchIndex.widget]))
        return Site(view: site, pages: pages, files: feeds.files, diagnostics: feeds.diagnostics)
    }

    /// What one of the parts made in parallel made.
    private enum AssembledPart {
        case pages([PageSpec])
        case feeds((files: [OutputFile], diagnostics: [Diagnostic]))
    }

    static let sourcesPerPage = 80
    static let sourcesOnIndex = 12
    /// Events in the front page's "latest" list.
    static let latestEvents = 6
    static let searchFallbackLimit = 200

    /// Articles by publication date, newest first; undated ones last, in input order.
    func newestFirst(_ articles: [AnalyzedArticle]) -> [AnalyzedArticle] {
        let dates = articles.map { $0.summary.published.value ?? "" }
        return articles.indices.sorted { a, b in dates[a] != dates[b] ? dates[a] > dates[b] : a < b }.map { articles[$0] }
    }

    private func sourcesPages(_ articles: [AnalyzedArticle], site: SiteView) -> [PageSpec] {
        let chunks = Paginator.chunks(newestFirst(articles), size: SiteAssembler.sourcesPerPage)
        // Lazy: a page's cards are made only when it is rendered; its fingerprint is fed the fields its cards show
        // (``PageInputs/card(of:)``) instead of making 10,000 cards and hashing them through an `Encoder`.
        let pageCount = chunks.count
        return chunks.enumerated().map { index, chunk in
            let path = Paginator.path(["sources"], index + 1)
            let make: @Sendable () -> PageSpec.Content = { [self] in
                .sources(SourcesPageView(root: path.root, site: site, sources: chunk.map { card($0, root: path.root) },
                                         nav: Paginator.nav(["sources"], page: index + 1, of: pageCount, from: path)))
            }
            let inputs: @Sendable (inout PageInputs) -> Void = { h in
                h.combine(index)
                h.combine(pageCount)
                h.combine(chunk.count)
                for article in chunk { h.card(of: article) }
            }
            let title = pageCount > 1 ? "Sources, page \(index + 1)" : "Sources"
            return PageSpec(path: path, template: "sources", title: title, content: .lazy(LazyPage(make: make, inputs: inputs)),
                            widgets: [:])
        }
    }

    private func newestDate(_ articles: [AnalyzedArticle]) -> String? {
        articles.compactMap { $0.summary.published.value }.max()
    }

    // MARK: - Pages

    private func indexPage(_ articles: [AnalyzedArticle], site: SiteView) -> PageSpec {
        let path = OutputPath("index.html")
        let figures = KeyFigureRanking.top(8, of: FigureRef.all(in: articles), in: articles).map {
            figureView($0.statistic(in: articles), in: articles[$0.article], root: path.root)
        }
        let cutoff = backgroundCutoff(site.asOfISO)
        // The newest events, ordered by (end or date, date, link) as their views would be, chosen before any view is
        // made: views of every event of the site, to show six, were a transient copy of every sentence with an event.
        // Links are made only for events that can be among the six: those whose (end or date, date) is at least the
        // sixth best such pair, counting repeats (any other event has six events strictly before it).
        var candidates: [(last: String, date: String, article: Int, event: Int)] = []
        var sixBest: [(last: String, date: String)] = []  // descending, with repeats
        // Events are read in place (a copy of each, with its strings retained and released, was a third of this page).
        for (a, article) in articles.enumerated() {
            let events = article.summary.events
            for e in events.indices {
                guard let date = events[e].date, !date.isEmpty else { continue }
                let last = events[e].end ?? date
                guard last >= cutoff else { continue }
                let pair = (last: last, date: date)
                candidates.append((pair.last, pair.date, a, e))
                if sixBest.count == Self.latestEvents, let worst = sixBest.last, (pair.last, pair.date) <= (worst.last, worst.date) { continue }
                let at = sixBest.firstIndex { (pair.last, pair.date) > ($0.last, $0.date) } ?? sixBest.count
                sixBest.insert(pair, at: at)
                if sixBest.count > Self.latestEvents { sixBest.removeLast() }
            }
        }
        let threshold = sixBest.last
        let contenders = candidates.compactMap { c -> (last: String, date: String, href: String, article: Int, event: Int)? in
            if let threshold, (c.last, c.date) < (threshold.last, threshold.date) { return nil }
            let event = articles[c.article].summary.events[c.event]
            return (c.last, c.date, path.root + "sources/\(articles[c.article].article.id)/index.html#s-\(event.sentence)", c.article, c.event)
        }
        let latest = contenders.sorted { ($0.last, $0.date, $0.href) > ($1.last, $1.date, $1.href) }.prefix(Self.latestEvents).map {
            eventViews(of: articles[$0.article], root: path.root)[$0.event]
        }
        let figureCount = articles.reduce(0) { $0 + $1.summary.figures.count }
        let datedEventCount = articles.reduce(0) { $0 + $1.summary.datedEventCount }
        let view = IndexPageView(root: path.root, site: site, figureCount: figureCount, eventCount: datedEventCount, keyFigures: Array(figures), latestEvents: Array(latest),
                                 sources: newestFirst(articles).prefix(SiteAssembler.sourcesOnIndex).map { card($0, root: path.root) },
                                 hasMoreSources: articles.count > SiteAssembler.sourcesOnIndex, hasFigures: !figures.isEmpty,
                                 hasEvents: !latest.isEmpty)
        return PageSpec(path: path, template: "index", title: site.title, content: .index(view), widgets: [:])
    }

    private func sourcePage(_ a: AnalyzedArticle, site: SiteView) -> PageSpec {
        let path = OutputPath("sources", a.article.id, "index.html")
        return PageSpec(path: path, template: "source", title: a.summary.headline.text,
                        content: .lazySource(SourcePageMaker(article: a, site: site, assembler: self)), widgets: [:])
    }

    /// The view of an article's page.
    func sourcePageView(_ a: AnalyzedArticle, site: SiteView) -> SourcePageView {
        let path = OutputPath("sources", a.article.id, "index.html")
        let analysis = a.analysis
        let figureSentences = Set(analysis.statistics.map(\.sentence))
        let eventSentences = Set(analysis.events.map(\.sentence))
        let sections = analysis.sections.enumerated().map { index, section in
            var paragraphs: [ParagraphView] = []
            var lastParagraph = -1
            for s in section.firstSentence...max(section.firstSentence, section.lastSentence) where analysis.sentences.indices.contains(s) {
                let sentence = analysis.sentences[s]
                let view = SentenceView(index: s, text: analysis.text.text(of: sentence), hasFigure: figureSentences.contains(s),
                                        hasEvent: eventSentences.contains(s))
                if sentence.paragraph != lastParagraph {
                    paragraphs.append(ParagraphView(sentences: [], markup: ""))
                    lastParagraph = sentence.paragraph
                }
                paragraphs[paragraphs.count - 1].sentences.append(view)
                SentenceMarkup.append(view, to: &paragraphs[paragraphs.count - 1].markup)
            }
            return SectionTextView(title: section.title, generated: section.titleSource == .generated,
                                   anchor: "section-\(index + 1)", paragraphs: paragraphs)
        }
        let card = card(a, root: path.root)
        let events = eventViews(of: a, root: path.root)
        let published = analysis.published
        let view = SourcePageView(
            root: path.root, site: site, card: card, sourceURL: a.article.metadata.sourceURL,
            sourceText: a.article.metadata.sourceText, author: a.article.metadata.author, file: a.article.publishedPath,
            publishedSource: publishedSourceText(published), publishedEvidence: published.evidence,
            outline: card.sections, hasOutline: card.sections.count > 2, sections: sections,
            figures: analysis.statistics.map { figureView($0, in: a, root: path.root) },
            events: events.filter { !$0.dateISO.isEmpty }, relativeEvents: events.filter { $0.dateISO.isEmpty },
            imageSources: a.article.metadata.imageSources)
        return view
    }

    func publishedSourceText(_ p: PublicationDate) -> String {
        switch p.source {
        case .frontMatter: return "from the article's front matter"
        case .config: return "set in the briefing's configuration"
        case .textInferred: return p.isLowerBound ? "inferred from the text (published on or after this date)" : "inferred from the text"
        case .unknown: return "the article gives no publication date; relative dates stay unresolved"
        }
    }

    // MARK: - Views

    func card(_ a: AnalyzedArticle, root: String) -> SourceCardView {
        let href = root + "sources/\(a.article.id)/index.html"
        let summary = a.summary
        let published = summary.published
        let date: String
        if let value = published.value {
            date = (published.isLowerBound ? "on or after " : "") + DisplayFormat.date(value)
        } else {
            date = "date unknown"
        }
        let note: String? = published.source == .textInferred ? "inferred from the text" : nil
        return SourceCardView(
            id: a.article.id, href: href, headline: summary.headline.text,
            headlineGenerated: summary.headline.source == .generated, dek: summary.dek, published: date,
            publishedNote: note, outlet: a.article.metadata.outlet ?? a.article.metadata.sourceHost,
            figureCount: summary.figures.count, eventCount: summary.events.count,
            sections: a.analysis.sections.enumerated().map { index, section in
                SectionLinkView(title: section.title, generated: section.titleSource == .generated,
                                href: href + "#section-\(index + 1)")
            })
    }

    func figureView(_ s: Statistic, in a: AnalyzedArticle, root: String) -> FigureView {
        FigureView(
            amount: DisplayFormat.amount(s), what: s.what, place: s.place, period: Self.periodText(s),
            who: s.attribution?.who ?? "no source given", verb: s.attribution?.verb, verification: s.verification.rawValue,
            verificationLabel: DisplayFormat.verificationLabel(s.verification), category: s.category.rawValue,
            categoryLabel: DisplayFormat.categoryLabel(s.category),
            href: root + "sources/\(a.article.id)/index.html#s-\(s.sentence)", sourceID: a.article.id,
            sourceTitle: a.summary.headline.text, sourceLabel: shortLabel(a), sentenceText: a.sentenceText(s.sentence),
            sentence: s.sentence,
            value: s.value)
    }

    /// A figure's period in words ("since 3 April 2025", "1–24 April 2025"), or nil.
    static func periodText(_ s: Statistic) -> String? {
        guard let p = s.period else { return nil }
        let start = p.start.map(DisplayFormat.date), end = p.end.map(DisplayFormat.date)
        var period = [start, end].compactMap { $0 }.joined(separator: " – ")
        if let s = p.start, let e = p.end { period = DisplayFormat.range(s, e) }
        if p.end == nil, let start { period = "since " + start }
        return period
    }

    /// The outlet, else the headline cut at a word boundary near 48 characters.
    func shortLabel(_ a: AnalyzedArticle) -> String {
        if let outlet = a.article.metadata.outlet ?? a.article.metadata.sourceHost { return outlet }
        let headline = a.summary.headline.text
        guard headline.count > 52 else { return headline }
        var cut = String(headline.prefix(48))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "…"
    }

    func eventViews(of a: AnalyzedArticle, root: String) -> [EventView] {
        a.analysis.events.map { e in
            let href = root + "sources/\(a.article.id)/index.html#s-\(e.sentence)"
            return EventView(date: Self.dateText(e), dateISO: e.date ?? "", endISO: e.end, precision: e.precision.rawValue, summary: e.summary,
                             href: href, sourceTitle: a.summary.headline.text, sentenceText: a.sentenceText(e.sentence),
                             isRange: e.end != nil, wording: e.wording,
                             sources: [EventSourceView(title: a.summary.headline.text, label: shortLabel(a), href: href)])
        }
    }
}

extension SiteAssembler {
    /// An event's date in words: its date or range, else its wording, else "relative date".
    static func dateText(_ e: DatedEvent) -> String {
        var label = e.date.map(DisplayFormat.date) ?? (e.wording ?? "relative date")
        if let start = e.date, let end = e.end { label = DisplayFormat.range(start, end) }
        return label
    }
}

/// Makes one source page's view when the page is rendered (see ``PageSpec/Content/lazySource(_:)``).
struct SourcePageMaker: Sendable {
    let article: AnalyzedArticle
    let site: SiteView
    let assembler: SiteAssembler

    func view() -> SourcePageView { assembler.sourcePageView(article, site: site) }
}
