import ArgumentParser
import BriefgenSite
import Foundation

/// `briefgen init`.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new briefing project: seeds/ with an example article and a commented briefgen.toml.",
        discussion: "Never overwrites a file: when one already exists nothing is written. Then run 'briefgen build' in the folder."
    )

    @Argument(help: ArgumentHelp("The project folder (created if missing).", valueName: "dir"))
    var directory: String

    @Flag(name: .long, help: "Also copy the built-in templates into Templates/, to edit them.")
    var templates = false

    func run() throws {
        let working = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let folder = directory.hasPrefix("/") ? URL(fileURLWithPath: directory) : working.appendingPathComponent(directory)
        let console = Console()
        do {
            let written = try ProjectInitializer(folder: folder, displayFolder: directory, includeTemplates: templates).create()
            for path in written { console.out("created \(path)") }
            console.out("next: cd \(directory) && briefgen build")
        } catch {
            for diagnostic in error.diagnostics { console.diagnostic(diagnostic) }
            throw ExitCode(1)
        }
    }
}
