import ArgumentParser
import BriefgenSite
import Foundation

/// `briefgen extract`.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the analysis of articles as JSON Lines (one object per article, keys sorted)."
    )

    @Option(name: .long, help: ArgumentHelp("Publication date for articles that give none (ISO date).", valueName: "date"))
    var published: String?

    @Flag(name: .long, help: "Output JSON Lines (the only format; accepted for clarity).")
    var json = false

    @Argument(help: ArgumentHelp("Article files (.txt, .md), or folders of them.", valueName: "path"))
    var paths: [String]

    func validate() throws {
        if let published, published.wholeMatch(of: #/\d{4}(-\d{2}(-\d{2})?)?/#) == nil {
            throw ValidationError("--published must be a date like 2025-04-25")
        }
        if paths.isEmpty { throw ValidationError("name at least one article file or folder") }
    }

    func run() async throws {
        let console = Console()
        let diagnostics = await ArticleExtractor().extract(
            paths: paths, published: published, workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        ) { console.out($0) }
        for diagnostic in diagnostics { console.diagnostic(diagnostic) }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
