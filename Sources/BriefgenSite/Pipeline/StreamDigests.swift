/// Digests of what each streamed file — the data exports and the search index — is made from, so that a rebuild
/// takes an unchanged one as it is (see ``SiteOutputStage/stage(_:digests:manifest:writer:concurrently:)``).
///
/// Each starts from the pages' common part (briefgen's identity, templates, configuration, site view) and the file's
/// path, then takes, per article in order, what the file shows of it:
/// - `data/briefing.json`: the article's cache key (its export record depends on nothing else); no digest when an
///   article has none.
/// - `data/statistics.csv` and `data/events.csv`: the id, and the digest of its figures or events (every field, and the
///   text of the sentence each links to: see ``AnalyzedArticle/groupDigests``).
/// - `assets/search-index.js`: the id, what its card shows (``PageInputs/card(of:)``), what views show of it as a source
///   (``AnalyzedArticle/sourceDigest``), and the digests of its figures and events.
enum StreamDigests {
    static func make(common: String, articles: [AnalyzedArticle]) -> [String: String] {
        func digest(_ path: String, _ feed: (inout StableHasher, AnalyzedArticle) -> Void) -> String {
            var h = StableHasher()
            h.combine(common)
            h.combine(path)
            h.combine(articles.count)
            for a in articles { feed(&h, a) }
            return h.finalize()
        }
        var digests: [String: String] = [
            "data/statistics.csv": digest("data/statistics.csv") { h, a in
                h.combine(a.article.id)
                h.combine(a.groupDigests.figures)
            },
            "data/events.csv": digest("data/events.csv") { h, a in
                h.combine(a.article.id)
                h.combine(a.groupDigests.events)
            },
            "assets/search-index.js": digest("assets/search-index.js") { h, a in
                var card = PageInputs()
                card.card(of: a)
                h.combine(card.hasher.finalizeWord())
                h.combine(a.sourceDigest)
                h.combine(a.groupDigests.figures)
                h.combine(a.groupDigests.events)
            },
        ]
        if articles.allSatisfy({ $0.cacheKey != nil }) {
            digests["data/briefing.json"] = digest("data/briefing.json") { h, a in
                h.combine(a.article.id)
                h.combine(a.cacheKey)
            }
        }
        return digests
    }
}
