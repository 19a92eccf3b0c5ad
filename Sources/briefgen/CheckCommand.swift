import ArgumentParser
import BriefgenSite
import Foundation

/// `briefgen check`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a built site: internal links and #anchors, figure source links, feed.xml and sitemap.xml.",
        discussion: "Prints each problem as path:line:col: error: [check] message — hint. Exit status: 0 no problems, 1 problems, 64 usage error."
    )

    @Argument(help: ArgumentHelp("The built site's folder.", valueName: "dir"))
    var directory: String = "public"

    @Flag(name: .long, help: "Also flag figures without attribution and events without a resolved date (from data/briefing.json).")
    var strict = false

    @Flag(name: .long, help: "Print only the problems.")
    var quiet = false

    func run() throws {
        let working = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let root = directory.hasPrefix("/") ? URL(fileURLWithPath: directory) : working.appendingPathComponent(directory)
        let report = SiteChecker(root: root, displayRoot: directory, strict: strict, projectFolder: working).check()
        let console = Console()
        for diagnostic in report.diagnostics { console.diagnostic(diagnostic) }
        if !quiet { console.out(report.summary) }
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
