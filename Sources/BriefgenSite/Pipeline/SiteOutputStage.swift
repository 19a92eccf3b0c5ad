import Foundation

/// Render → write, in batches of pages: memory holds one batch of finished pages, never the whole site.
///
/// A page whose fingerprint equals the one the output's manifest records is not rendered again: the output's file is
/// reused (hard-linked into the staging folder). Everything else is rendered in parallel and staged in parallel.
struct SiteOutputStage {
    let renderer: PageRenderer
    let writer: SiteWriter
    let fingerprints: PageFingerprints?
    let manifest: [String: BuildCache.PageEntry]

    /// Pages rendered (and then written) at a time.
    static let batchSize = 256

    struct Result {
        var renderSeconds = 0.0
        var writeSeconds = 0.0
        var rendered = 0
        var entries: [String: BuildCache.PageEntry] = [:]
    }

    /// Every page's fingerprint (nil without a cache), and how many differ from the manifest's.
    struct Plan {
        var fingerprints: [String?]
        var changed: Int

        /// At most a tenth of the pages to render again.
        var isSmall: Bool { changed * 10 <= fingerprints.count }
    }

    /// Fingerprints every page, on all cores (hashing list pages' views is most of a rebuild's page work).
    func plan(_ pages: [PageSpec]) -> Plan {
        guard let fingerprints else { return Plan(fingerprints: Array(repeating: nil, count: pages.count), changed: pages.count) }
        let prints = Concurrently.map(pages.count) { fingerprints.fingerprint(of: pages[$0]) }
        let changed = zip(pages, prints).filter { manifest[$0.path.value]?.fingerprint != $1 }.count
        return Plan(fingerprints: prints, changed: changed)
    }

    func run(_ pages: [PageSpec], plan: Plan, site: SiteView) async throws(BuildFailure) -> Result {
        var result = Result()
        result.entries.reserveCapacity(pages.count)
        var clock = StageClock()
        func lap() -> Double { clock.lap() }
        // Whether each unchanged page's file is still the one recorded (a lookup and perhaps a link a page), checked
        // for every page first, on all cores (checked batch by batch, the 10,500 checks of a rebuild waited for each
        // other 41 times).
        let manifest = manifest, writer = writer, prints = plan.fingerprints
        let chunk = 128
        let checked = Concurrently.map((pages.count + chunk - 1) / chunk) { part in
            let indices = (part * chunk)..<min(pages.count, (part + 1) * chunk)
            var candidates: [(path: OutputPath, stamp: FileStamp)] = []
            var isCandidate: [Bool] = []
            for index in indices {
                if let fingerprint = prints[index], let old = manifest[pages[index].path.value], old.fingerprint == fingerprint {
                    candidates.append((pages[index].path, old.file))
                    isCandidate.append(true)
                } else {
                    isCandidate.append(false)
                }
            }
            var answers = writer.reuse(candidates).makeIterator()
            return isCandidate.map { $0 && answers.next()! }
        }
        var toRender: [Int] = []
        for (index, isReused) in checked.joined().enumerated() {
            if isReused, let old = manifest[pages[index].path.value] {
                result.entries[pages[index].path.value] = old
            } else {
                toRender.append(index)
            }
        }
        // The timeline and figure pages first: a few of them are the biggest pages of the site (a page of background
        // events that thousands of articles cite), and one of those rendered last kept one core busy while the other
        // had nothing left to do. Bytes do not depend on the order pages are rendered in.
        toRender = toRender.filter { pages[$0].isList } + toRender.filter { !pages[$0].isList }
        result.writeSeconds += lap()
        var start = 0
        while start < toRender.count {
            let batch = toRender[start..<min(start + SiteOutputStage.batchSize, toRender.count)]
            var batchFingerprints: [String: String] = [:]
            for index in batch { if let fingerprint = prints[index] { batchFingerprints[pages[index].path.value] = fingerprint } }
            // A carried page to render (its file was changed or removed since) is made by assembling its group.
            var toMake: [PageSpec] = []
            for index in batch {
                guard let page = pages[index].resolved() else {
                    throw BuildFailure([Diagnostic(path: pages[index].path.value, severity: .error, stage: .render,
                                                   message: "this page was not made again as the last build recorded it",
                                                   hint: "delete the cache folder (.briefgen-cache) and build again")])
                }
                toMake.append(page)
            }
            let files = await renderer.renderAll(toMake[...], site: site)
            result.rendered += files.count
            result.renderSeconds += lap()
            try writer.stage(files)
            for file in files {
                if let fingerprint = batchFingerprints[file.path.value], let stamp = writer.stamp(of: file.path.value) {
                    result.entries[file.path.value] = BuildCache.PageEntry(fingerprint: fingerprint, file: stamp)
                }
            }
            result.writeSeconds += lap()
            start += SiteOutputStage.batchSize
        }
        return result
    }
}

extension SiteOutputStage {
    /// Stages the exports and the search index. One whose digest (``StreamDigests``) is the one the manifest records,
    /// and whose file is still the one recorded, is taken as it is, not made again (making the search index and the CSV
    /// files, only to find them equal to the output's, was a twelfth of a rebuild that changed one article). Gives the
    /// manifest entries of the files that have a digest.
    static func stage(_ streams: [StreamedFile], digests: [String: String], manifest: [String: BuildCache.PageEntry],
                      writer: SiteWriter, concurrently: Bool) throws(BuildFailure) -> [String: BuildCache.PageEntry] {
        var entries: [String: BuildCache.PageEntry] = [:]
        var toWrite: [StreamedFile] = []
        for stream in streams {
            let path = stream.path.value
            if let digest = digests[path], let old = manifest[path], old.fingerprint == digest, writer.reuse(stream.path, stamp: old.file) {
                entries[path] = old
            } else {
                toWrite.append(stream)
            }
        }
        try writer.stage(toWrite, concurrently: concurrently)
        for stream in toWrite {
            let path = stream.path.value
            if let digest = digests[path], let stamp = writer.stamp(of: path) { entries[path] = BuildCache.PageEntry(fingerprint: digest, file: stamp) }
        }
        return entries
    }
}

/// What a page is rendered from, as one hash: a page is re-rendered exactly when this changes.
///
/// A source page (`sources/<id>/index.html`) is made from its article and the site-wide values only, so its
/// article's key stands for its content (cheaper than encoding the whole text again). A timeline or category page
/// (made lazily) hashes what its view is made from: its entries or figures and what their views show of their
/// articles (headline, label, the linked sentence; see ``PageInputs``). Every
/// other page hashes its own view: a timeline or list page whose entries did not change is not rendered again when some article
/// changes elsewhere (with the article keys instead, editing one article re-rendered every list page). The common
/// part holds briefgen's identity, the templates, the configuration and the site view. If assembly ever puts another
/// article's data on a source page, that page must hash its view too.
struct PageFingerprints {
    let common: String
    let articleKeys: [String: String]
    let allArticles: String

    init(stamp: String, templates: String, settings: BriefgenConfig, site: SiteView, articles: [(id: String, key: String)]) {
        var h = StableHasher()
        h.combine(stamp)
        h.combine(templates)
        h.combine(String(reflecting: settings))
        h.combine(String(reflecting: site))
        common = h.finalize()
        var all = StableHasher()
        var keys: [String: String] = [:]
        for article in articles {
            keys[article.id] = article.key
            all.combine(article.id)
            all.combine(article.key)
        }
        articleKeys = keys
        allArticles = all.finalize()
    }

    /// The `<id>` of `sources/<id>/index.html` (nothing else: no more or fewer parts, no empty id), without splitting
    /// the path (asked for every page of a build).
    static func sourceID(_ path: String) -> String? {
        let prefix = "sources/", suffix = "/index.html"
        guard path.hasPrefix(prefix), path.hasSuffix(suffix), path.utf8.count > prefix.utf8.count + suffix.utf8.count else { return nil }
        let id = path.utf8.dropFirst(prefix.utf8.count).dropLast(suffix.utf8.count)
        guard !id.contains(UInt8(ascii: "/")) else { return nil }
        return String(Substring(id))
    }

    func fingerprint(of page: PageSpec) -> String {
        // A carried page's inputs are its group's, unchanged: its fingerprint is the one recorded (see `PageGroup`).
        if case .carried(let carried) = page.content { return carried.fingerprint }
        var h = StableHasher()
        h.combine(common)
        h.combine(page.path.value)
        h.combine(page.template)
        h.combine(page.title)
        if page.template == "source", let id = PageFingerprints.sourceID(page.path.value), let key = articleKeys[id] {
            h.combine(key)
        } else if case .lazy(let lazy) = page.content, let feed = lazy.inputs {
            var inputs = PageInputs(hasher: h)
            feed(&inputs)
            h = inputs.hasher
        } else {
            var content = h
            if (try? HashingEncoder.combine(page.content, into: &content)) != nil { h = content } else { h.combine(allArticles) }
        }
        for (name, widget) in page.widgets.sorted(by: { $0.key < $1.key }) {
            h.combine(name)
            h.combine(widget)
        }
        return h.finalize()
    }
}
