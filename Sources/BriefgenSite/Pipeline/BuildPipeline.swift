import BriefgenText
import Foundation

/// `briefgen build`: ingest → analyze → assemble → render → write, each stage timed.
public struct BuildPipeline: Sendable {
    /// briefgen's version, shown on the site.
    public static let version = "0.1.0"

    let options: BuildOptions

    /// Creates a pipeline.
    public init(options: BuildOptions) { self.options = options }

    /// Runs the build. Article problems are diagnostics (the rest is still built); problems that would make the
    /// site wrong (templates, configuration, output) stop the build before anything is written.
    public func run() async -> BuildReport {
        var report = BuildReport()
        do {
            try await build(&report)
        } catch {
            report.diagnostics += error.diagnostics
        }
        report.diagnostics.sort()
        return report
    }

    private func build(_ report: inout BuildReport) async throws(BuildFailure) {
        let (config, configDiagnostics) = try BriefgenConfig.load(from: options.url(options.config), displayPath: options.config)
        report.diagnostics += configDiagnostics
        var settings = config
        if let asOf = options.asOf { settings.asOf = asOf }
        let output = options.output ?? config.output, outputURL = options.url(output)
        let templatesFolder = options.templates ?? config.templates
        var clock = StageClock()
        // The articles are read on all cores while this task opens the cache, loads the templates and the page
        // manifest (a rebuild that changes one article spent a tenth of its time on those, on one core).
        let input = options.input ?? config.input, inputURL = options.url(input)
        let inputs = BuildCache.openInputs(output: outputURL, version: BuildPipeline.version, name: options.cacheName)
        async let ingesting = Concurrently.background {
            Result { () throws(BuildFailure) in try IngestStage(input: inputURL, displayInput: input, cache: inputs).run() }
        }
        let cache = BuildCache(output: outputURL, version: BuildPipeline.version, name: options.cacheName)
        // The output is locked and its staging folder listed (on a thread of its own) from the start: the listing, a
        // tenth of a one-article rebuild's CPU, then runs beside the reading of the articles instead of keeping the
        // plan waiting after them; and a second build on the same output stops at once.
        let writer = SiteWriter(output: outputURL, displayOutput: output)
        try writer.begin()
        defer { writer.finish() }
        let templatesURL = options.url(templatesFolder)
        let loadedTemplates = Result { () throws(BuildFailure) in try TemplateSet.load(folder: templatesURL, displayFolder: templatesFolder) }
        let loaded = cache?.loadManifest(output: outputURL) ?? BuildCache.Manifest()
        let manifest = loaded.entries
        let templatesHash = cache == nil ? "" : BuildCache.templatesHash(folder: templatesURL)
        // Optional, so that the analysis can take the articles.
        var ingest: (articles: [Article], diagnostics: [Diagnostic])? = try await ingesting.get()
        let records = BuildPipeline.recordStream(cache: cache, output: outputURL, writer: writer, count: ingest!.articles.count)

        let analyzed = try await analyze(ingest.take()!, inputs: inputs, templates: loadedTemplates, config: config,
                                         cache: cache, records: records, clock: &clock, report: &report)
        let templates = analyzed.templates
        let assembler = SiteAssembler(config: settings, version: BuildPipeline.version, cache: cache?.analysis)
        let view = assembler.siteView(analyzed.articles)
        // A rebuild that analysed few articles takes nearly every export piece from the output's copy: the exports (the
        // biggest files of the site, a quarter of a gigabyte at 10,000 articles, copied inside the kernel) are
        // written from now on, on threads of their own, while the site is assembled and its pages planned and
        // rendered. A build that analysed many keeps them until its pages are planned (see below).
        let streams = assembler.streams(analyzed.articles, site: view, records: records)
        let early = cache != nil && analyzed.fresh * 10 <= analyzed.articles.count
        let articleKeys = analyzed.keys
        let fingerprints = cache.map { cache in
            PageFingerprints(stamp: cache.stamp, templates: templatesHash, settings: settings, site: view, articles: articleKeys)
        }
        // An export whose inputs are as the last build recorded them is taken as it is (their digests are worked out
        // on the thread that stages them).
        let articles = analyzed.articles
        let stageStreams: @Sendable (Bool) -> Result<[String: BuildCache.PageEntry], BuildFailure> = { concurrently in
            let digests = fingerprints.map { StreamDigests.make(common: $0.common, articles: articles) } ?? [:]
            return Result { () throws(BuildFailure) in
                try SiteOutputStage.stage(streams, digests: digests, manifest: manifest, writer: writer, concurrently: concurrently)
            }
        }
        let exportedEarly = early ? Concurrently.started { stageStreams(true) } : nil
        // The page groups whose inputs are as the last build recorded them are taken as they are (see `PageGroup`).
        let groupDigests = fingerprints.map { prints in
            Dictionary(uniqueKeysWithValues: PageGroup.allCases.map { ($0, $0.digest(common: prints.common, articles: articles)) })
        } ?? [:]
        let carried = BuildPipeline.carriedGroups(loaded, digests: groupDigests)
        // A page group made again reads every article's whole analysis: cached ones are read now, on all cores, rather
        // than one by one by the group that asks first.
        if carried.count < PageGroup.allCases.count {
            _ = Concurrently.map(articles.count) { articles[$0].readDetails() }
        }
        var site: Site
        do {
            site = try assembleSite(analyzed.articles, view: view, assembler: assembler, carried: carried, input: input,
                                    clock: &clock, report: &report)
        } catch {
            _ = await exportedEarly?.value
            throw error
        }
        let pages: SiteOutputStage.Result
        let plan: SiteOutputStage.Plan
        var streamEntries: [String: BuildCache.PageEntry] = [:]
        do throws(BuildFailure) {
            try writer.stage(site.files)
            site.files = []
            let stage = SiteOutputStage(renderer: PageRenderer(templates: templates), writer: writer, fingerprints: fingerprints,
                                        manifest: manifest)
            plan = stage.plan(site.pages)
            if early {
                pages = try await stage.run(site.pages, plan: plan, site: site.view)
            } else {
                // The data exports are written meanwhile, on a thread of their own, one after the other (side by side
                // they raised the peak at 50,000 articles from 1.32 to 1.46 GB). Written before the pages instead, they
                // kept one core idle for a twentieth of a full build (the search index and the CSV files are made on one
                // thread each). The cache is saved once both are done with it.
                let exported = Concurrently.started { stageStreams(plan.isSmall) }
                do {
                    pages = try await stage.run(site.pages, plan: plan, site: site.view)
                } catch {
                    _ = await exported.value
                    throw error
                }
                streamEntries = try await exported.value.get()
            }
        } catch {
            _ = await exportedEarly?.value
            throw error
        }
        if let exportedEarly { streamEntries.merge(try await exportedEarly.value.get()) { _, early in early } }
        // The cache is saved while the site is committed (both serial, on different folders).
        let exportFiles = streamEntries.mapValues(\.file)
        async let saved: Void = Concurrently.background {
            cache?.analysis.pieces.save(exportFiles)
            cache?.analysis.save()
            inputs?.save()
        }
        report.stages.append(.init(name: "render", summary: BuildPipeline.renderSummary(pages.rendered, of: site.pages.count),
                                   seconds: pages.renderSeconds))

        _ = clock.lap()
        let assets = templates.assets.keys.sorted().map {
            OutputFile(path: OutputPath(segments: $0.split(separator: "/").map(String.init)), contents: Array(templates.assets[$0]!.utf8))
        }
        do {
            try writer.stage(assets)
            try writer.commit()
        } catch {
            await saved
            throw error
        }
        // The page manifest is written while the cache is still being saved (it is a file of the cache folder, apart
        // from the stores the analysis cache writes).
        if let cache, let folder = lstat(outputURL.path) {
            cache.saveManifest(pages.entries.merging(streamEntries) { page, _ in page },
                               groups: BuildPipeline.groupRecords(site.pages, digests: groupDigests), folderStat: folder)
        }
        await saved
        writer.finish()
        report.wrote = true
        if options.processEndsAfterBuild { LeftAtExit.keep(site, writer, plan, manifest) }
        report.stages.append(.init(name: "write", summary: "\(output)/ (\(writer.fileCount) files, \(BuildPipeline.size(writer.bytes)), \(writer.writtenCount) written)",
                                   seconds: pages.writeSeconds + clock.lap()))
    }

    /// What ingest and analysis give the rest of the build.
    private struct Analyzed {
        var articles: [AnalyzedArticle]
        var templates: TemplateSet
        /// Each article's id and cache key (none without a cache).
        var keys: [(id: String, key: String)]
        /// How many articles were analysed (not taken from the cache).
        var fresh: Int
    }

    /// Reports the ingest, then analyses the articles (taking what the cache has).
    private func analyze(_ ingest: (articles: [Article], diagnostics: [Diagnostic]), inputs: IngestCache?,
                         templates loaded: Result<TemplateSet, BuildFailure>, config: BriefgenConfig, cache: BuildCache?,
                         records: RecordStream?, clock: inout StageClock, report: inout BuildReport) async throws(BuildFailure) -> Analyzed {
        report.diagnostics += ingest.diagnostics
        let bytes = ingest.articles.reduce(0) { $0 + $1.byteCount }
        let unchanged = inputs.map { $0.hits > 0 ? ", \($0.hits) unchanged" : "" } ?? ""
        report.stages.append(.init(name: "ingest", summary: "\(ingest.articles.count) articles (\(BuildPipeline.size(bytes))\(unchanged))",
                                   seconds: clock.lap()))
        let templates = try loaded.get()

        let articles = ingest.articles, configured = config.published
        let keys = cache.map { cache in
            Concurrently.map(articles.count) { cache.key(for: articles[$0], fallbackDate: AnalysisStage.fallbackDate(for: articles[$0], in: configured)) }
        }
        let analyzed = await AnalysisStage(configuredDates: config.published).run(ingest.articles, keys: keys, cache: cache?.analysis, records: records)
        let sentences = analyzed.reduce(0) { $0 + $1.summary.sentenceCount }
        let figures = analyzed.reduce(0) { $0 + $1.summary.figures.count }
        let events = analyzed.reduce(0) { $0 + $1.summary.events.count }
        let hits = cache?.analysis.hits ?? 0
        let reused = hits > 0 ? " (\(hits) from the cache)" : ""
        report.stages.append(.init(name: "analyze", summary: "\(sentences) sentences, \(figures) figures, \(events) events\(reused)",
                                   seconds: clock.lap()))
        return Analyzed(articles: analyzed, templates: templates, keys: zip(ingest.articles, keys ?? []).map { ($0.id, $1) },
                        fresh: analyzed.count - hits)
    }

    /// The site model: pages, feeds and diagnostics (the exports are made apart, see ``SiteAssembler/streams(_:site:)``).
    private func assembleSite(_ articles: [AnalyzedArticle], view: SiteView, assembler: SiteAssembler,
                              carried: [PageGroup: [(page: PageGroupRecord.Page, fingerprint: String)]], input: String,
                              clock: inout StageClock, report: inout BuildReport) throws(BuildFailure) -> Site {
        let site: Site
        do { site = try assembler.assemble(articles, site: view, carried: carried) } catch {
            throw BuildFailure([Diagnostic(path: input, severity: .error, stage: .assemble, message: "\(error)")])
        }
        report.diagnostics += site.diagnostics
        // Groups taken as they were are named: a reader of the progress line knows their pages were not made again.
        let kept = PageGroup.allCases.filter { carried[$0] != nil }.map { $0 == .timeline ? "timeline" : "figures" }
        let note = kept.isEmpty ? "" : " (\(kept.joined(separator: ", ")) as they were)"
        report.stages.append(.init(name: "assemble", summary: "\(site.pages.count) pages\(note)", seconds: clock.lap()))
        return site
    }

    /// `data/briefing.json`, written as the articles are analysed (see ``RecordStream``), when the build analyses
    /// every article (its cache holds none) and the output has no such file (a file whose bytes a build leaves as they
    /// were keeps its identity, which only the usual way of writing it checks); nil otherwise.
    static func recordStream(cache: BuildCache?, output: URL, writer: SiteWriter, count: Int) -> RecordStream? {
        guard cache?.analysis.isEmpty ?? true, lstat(output.path + "/" + DataExports.briefingPath) == nil,
              let path = writer.stagingFile(for: OutputPath("data", "briefing.json")) else { return nil }
        return RecordStream(path: path, header: DataExports.briefingHeader, count: count)
    }

    /// The groups of the last build's manifest whose digest is this build's, with each page's recorded fingerprint
    /// (a group with a page the manifest has no entry for is made again).
    static func carriedGroups(_ manifest: BuildCache.Manifest, digests: [PageGroup: String])
        -> [PageGroup: [(page: PageGroupRecord.Page, fingerprint: String)]] {
        var carried: [PageGroup: [(page: PageGroupRecord.Page, fingerprint: String)]] = [:]
        for (group, record) in manifest.groups where digests[group] == record.digest && !record.pages.isEmpty {
            let pages = record.pages.compactMap { page in manifest.entries[page.path].map { (page, $0.fingerprint) } }
            if pages.count == record.pages.count { carried[group] = pages }
        }
        return carried
    }

    /// What the manifest records of each group: its digest and its pages in order.
    static func groupRecords(_ pages: [PageSpec], digests: [PageGroup: String]) -> [PageGroup: PageGroupRecord] {
        var records: [PageGroup: PageGroupRecord] = [:]
        for page in pages {
            guard let group = PageGroup.of(page.path), let digest = digests[group] else { continue }
            records[group, default: PageGroupRecord(digest: digest, pages: [])].pages
                .append(.init(path: page.path.value, template: page.template, title: page.title))
        }
        return records
    }

    static func renderSummary(_ rendered: Int, of total: Int) -> String {
        rendered == total ? "\(total) pages" : "\(rendered) of \(total) pages (the rest unchanged)"
    }

    static func size(_ bytes: Int) -> String {
        bytes < 1024 * 1024 ? "\(max(1, (bytes + 512) / 1024)) KB" : String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}

/// Wall time per stage.
struct StageClock {
    private var last = ContinuousClock.now

    /// Seconds since the previous lap (or since the clock was made).
    mutating func lap() -> Double {
        let now = ContinuousClock.now
        defer { last = now }
        let d = now - last
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}

/// Values a build leaves alive until the process exits (see ``BuildOptions/processEndsAfterBuild``).
enum LeftAtExit {
    nonisolated(unsafe) private static var kept: [Any] = []
    private static let lock = NSLock()

    static func keep(_ values: Any...) { lock.withLock { kept.append(contentsOf: values) } }
}
