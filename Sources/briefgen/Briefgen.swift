import ArgumentParser
import BriefgenSite

/// The `briefgen` command: a thin layer over `BriefgenSite`.
@main
struct Briefgen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefgen",
        abstract: "Turn a folder of news articles into a sourced, readable HTML briefing.",
        discussion: """
            Reads articles (.txt, .md) from seeds/, extracts sections, headlines, figures and dated events, \
            and writes a static site to public/. Every figure and event links to the sentence it came from.
            """,
        version: BuildPipeline.version,
        subcommands: [BuildCommand.self, ExtractCommand.self, ServeCommand.self, CheckCommand.self, InitCommand.self],
        defaultSubcommand: nil
    )
}
