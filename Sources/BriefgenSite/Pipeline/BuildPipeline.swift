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
        let input = options.input ?? config.input, output = options.output ?? config.output
        let templatesFolder = options.templates ?? config.templates

        var clock = ContinuousClock.now
        func lap() -> Double {
            let now = ContinuousClock.now
            defer { clock = now }
            let d = now - clock
            return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }

        let ingest = try IngestStage(input: options.url(input), displayInput: input).run()
        report.diagnostics += ingest.diagnostics
        let bytes = ingest.articles.reduce(0) { $0 + $1.byteCount }
        report.stages.append(.init(name: "ingest", summary: "\(ingest.articles.count) articles (\(BuildPipeline.size(bytes)))", seconds: lap()))
        let templates = try TemplateSet.load(folder: options.url(templatesFolder), displayFolder: templatesFolder)

        let analyzed = await AnalysisStage(configuredDates: config.published).run(ingest.articles)
        let sentences = analyzed.reduce(0) { $0 + $1.analysis.sentences.count }
        let figures = analyzed.reduce(0) { $0 + $1.analysis.statistics.count }
        let events = analyzed.reduce(0) { $0 + $1.analysis.events.count }
        report.stages.append(.init(name: "analyze", summary: "\(sentences) sentences, \(figures) figures, \(events) events", seconds: lap()))

        let site: Site
        do { site = try SiteAssembler(config: settings, version: BuildPipeline.version).assemble(analyzed) } catch {
            throw BuildFailure([Diagnostic(path: input, severity: .error, stage: .assemble, message: "\(error)")])
        }
        report.stages.append(.init(name: "assemble", summary: "\(site.pages.count) pages", seconds: lap()))

        // Render and write in batches, so memory holds one batch of finished pages, never the whole site.
        let writer = SiteWriter(output: options.url(output), displayOutput: output)
        try writer.begin()
        let renderer = PageRenderer(templates: templates)
        var renderSeconds = lap(), writeSeconds = 0.0
        var start = site.pages.startIndex
        while start < site.pages.endIndex {
            let end = min(start + BuildPipeline.batchSize, site.pages.endIndex)
            let files = await renderer.renderAll(site.pages[start..<end], site: site.view)
            renderSeconds += lap()
            try writer.stage(files)
            writeSeconds += lap()
            start = end
        }
        let assets = templates.assets.keys.sorted().map { OutputFile(path: OutputPath(segments: $0.split(separator: "/").map(String.init)), contents: Array(templates.assets[$0]!.utf8)) }
        renderSeconds += lap()
        report.stages.append(.init(name: "render", summary: "\(site.pages.count) pages", seconds: renderSeconds))

        try writer.stage(site.files + assets)
        try writer.commit()
        report.wrote = true
        report.stages.append(.init(name: "write", summary: "\(output)/ (\(writer.fileCount) files, \(BuildPipeline.size(writer.bytes)))",
                                   seconds: writeSeconds + lap()))
    }

    /// Pages rendered (and then written) at a time.
    static let batchSize = 256

    static func size(_ bytes: Int) -> String {
        bytes < 1024 * 1024 ? "\(max(1, (bytes + 512) / 1024)) KB" : String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}
