import ArgumentParser
import BriefgenServe
import BriefgenSite
import Foundation

/// `briefgen serve`.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it on 127.0.0.1 and rebuild when an article, template or the configuration changes.",
        discussion: """
            Open pages reload after each build; problems show in the terminal and over the page, and the last good \
            site stays served. Builds go to a temporary folder: public/ is only written with --output. \
            Stop with Ctrl-C.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Port on 127.0.0.1 (0: any free port).", valueName: "port"))
    var port: Int = 8000

    @Option(name: .long, help: ArgumentHelp("Folder of articles.", valueName: "dir"))
    var input: String?

    @Option(name: .long, help: ArgumentHelp("Also write each build without errors to this folder, as build does.", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Folder of templates overriding the built-in ones.", valueName: "dir"))
    var templates: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The briefing's as-of date (default: the newest article date).", valueName: "date"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("Configuration file.", valueName: "file"))
    var config: String = "briefgen.toml"

    @Flag(name: .long, help: "Print only the address, warnings and errors.")
    var quiet = false

    @Flag(name: .long, help: "Also print each build's stages, each changed file and each request.")
    var verbose = false

    func validate() throws {
        if let asOf, asOf.wholeMatch(of: #/\d{4}(-\d{2}(-\d{2})?)?/#) == nil {
            throw ValidationError("--as-of must be a date like 2025-04-25")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }

    func run() async throws {
        let options = BuildOptions(input: input, output: nil, templates: templates, asOf: asOf, config: config)
        let publisher = output.map { SiteFolderPublisher(output: URL(fileURLWithPath: $0, relativeTo: options.workingDirectory).absoluteURL, displayOutput: $0) }
        let printer = ServeEventPrinter(console: Console(), quiet: quiet, verbose: verbose, workingDirectory: options.workingDirectory.path)
        let server = PreviewServer(options: options, port: UInt16(port), publishTo: publisher) { printer.print($0) }
        let url: URL
        do { url = try await server.start() } catch {
            for diagnostic in error.diagnostics { Console().diagnostic(diagnostic) }
            await server.stop()
            throw ExitCode(1)
        }
        printer.console.out("Serving \(url.absoluteString) (Ctrl-C to stop)")
        await StopSignal.wait()
        await server.stop()
        if !quiet { printer.console.out("stopped") }
    }
}
