import BriefgenSite
import Foundation

/// Runs the build pipeline into a fresh folder of the serve's work folder, and decides whether to serve it.
///
/// A build is served when it has no errors, or when the site it replaces had errors too (so the first site
/// appears even with a broken article). Otherwise the last good site stays served and the browser shows the errors.
struct PreviewBuilder: Sendable {
    let options: BuildOptions
    let workFolder: URL
    let publisher: SiteFolderPublisher?

    func build(number: Int, state: PreviewState) async -> PreviewBuild {
        let folder = workFolder.appendingPathComponent("build-\(number)")
        var options = options
        options.output = folder.path
        // Every preview build shares one cache: a rebuild after an edit reads and analyses only what changed (with a
        // cache per build folder, each rebuild was a full build).
        options.cacheName = PreviewBuilder.cacheName
        let report = await BuildPipeline(options: options).run()
        let clean = report.wrote && report.exitCode == 0
        let servingClean = await state.rootIsClean
        let served = report.wrote && (clean || !servingClean)
        var publishDiagnostics: [Diagnostic] = []
        if clean, let publisher {
            do { try publisher.publish(from: folder) } catch { publishDiagnostics = error.diagnostics }
        }
        let previous = await state.root
        await state.record(build: number, report: report, serving: served ? folder : nil)
        removeOldBuilds(keeping: [served ? folder : previous, previous].compactMap { $0?.lastPathComponent })
        return PreviewBuild(number: number, report: report, served: served, publishDiagnostics: publishDiagnostics)
    }

    /// The name of the preview builds' shared cache (in `.briefgen-cache/` of the work folder).
    static let cacheName = "preview"

    /// Removes every build but the served one and the one before it (a request may still be reading it); the shared
    /// cache stays.
    private func removeOldBuilds(keeping names: [String]) {
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: workFolder.path)) ?? [] where !names.contains(name) && name != ".briefgen-cache" {
            try? fm.removeItem(at: workFolder.appendingPathComponent(name))
        }
    }
}
