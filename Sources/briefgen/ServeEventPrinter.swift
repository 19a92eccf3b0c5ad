import BriefgenServe
import BriefgenSite
import Foundation

/// Prints what `briefgen serve` does: one line per build, the changed files, and (verbose) every request.
struct ServeEventPrinter: Sendable {
    let console: Console
    let quiet: Bool
    let verbose: Bool
    let workingDirectory: String

    func print(_ event: PreviewServer.Event) {
        switch event {
        case .built(let build): printBuild(build)
        case .changed(let paths):
            guard !quiet else { return }
            let shown = paths.map(relative)
            if verbose { for path in shown { console.out("changed \(path)") } }
            else { console.out("changed \(shown[0])" + (shown.count > 1 ? " and \(shown.count - 1) more" : "")) }
        case .request(let method, let path, let status):
            if verbose { console.out("\(method) \(path) \(status)") }
        }
    }

    private func printBuild(_ build: PreviewBuild) {
        let report = build.report
        if verbose { for line in report.summaryLines() { console.out(line) } }
        let errors = report.diagnostics.filter { $0.severity == .error }.count
        let time = Self.milliseconds(report.stages.reduce(0) { $0 + $1.seconds })
        let what = report.stages.first { $0.name == "ingest" }?.summary ?? "no articles"
        if errors == 0 {
            if !quiet { console.out("#\(build.number) built \(what) in \(time)") }
        } else if build.served {
            console.err("#\(build.number) built with \(errors) error(s) in \(time): serving it without the files named below")
        } else {
            console.err("#\(build.number) failed with \(errors) error(s): still serving the last good site")
        }
        for diagnostic in report.diagnostics + build.publishDiagnostics { console.diagnostic(diagnostic) }
    }

    private func relative(_ path: String) -> String {
        path.hasPrefix(workingDirectory + "/") ? String(path.dropFirst(workingDirectory.count + 1)) : path
    }

    private static func milliseconds(_ seconds: Double) -> String { "\(Int((seconds * 1000).rounded())) ms" }
}
