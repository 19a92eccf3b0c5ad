import ArgumentParser
import BriefgenSite
import Foundation

/// `briefgen build`.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the briefing site from the articles.",
        discussion: "Exit status: 0 built, 1 errors (see the messages), 64 usage error."
    )

    @Option(name: .long, help: ArgumentHelp("Folder of articles.", valueName: "dir"))
    var input: String?

    @Option(name: .long, help: ArgumentHelp("Folder to write the site to.", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Folder of templates overriding the built-in ones.", valueName: "dir"))
    var templates: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The briefing's as-of date (default: the newest article date).", valueName: "date"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("Configuration file.", valueName: "file"))
    var config: String = "briefgen.toml"

    @Flag(name: .long, help: "Print only warnings and errors.")
    var quiet = false

    @Flag(name: .long, help: "Also print the folders and configuration the build uses.")
    var verbose = false

    func validate() throws {
        if let asOf, asOf.wholeMatch(of: #/\d{4}(-\d{2}(-\d{2})?)?/#) == nil {
            throw ValidationError("--as-of must be a date like 2025-04-25")
        }
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }

    func run() async throws {
        var options = BuildOptions(input: input, output: output, templates: templates, asOf: asOf, config: config)
        options.processEndsAfterBuild = true
        let console = Console()
        if verbose { for line in BuildSettingsDescription.lines(for: options) { console.out(line) } }
        let progress = ProgressLine("building", enabled: !quiet)
        let report = await BuildPipeline(options: options).run()
        await progress.stop()
        if !quiet { for line in report.summaryLines() { console.out(line) } }
        for diagnostic in report.diagnostics { console.diagnostic(diagnostic) }
        if report.exitCode != 0 {
            let errors = report.diagnostics.filter { $0.severity == .error }.count
            console.err(report.wrote ? "build finished with \(errors) error(s): the site was written without the files named above"
                                     : "build failed with \(errors) error(s): the previous site was left untouched")
            throw ExitCode(report.exitCode)
        }
    }
}
