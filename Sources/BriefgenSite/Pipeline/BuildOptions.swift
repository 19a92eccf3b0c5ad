import Foundation

/// What `briefgen build` is asked to do; paths are as the user typed them (relative to the working directory).
public struct BuildOptions: Sendable {
    /// The input folder (default from config: `seeds`).
    public var input: String?
    /// The output folder (default from config: `public`).
    public var output: String?
    /// The templates folder (default from config: `Templates`).
    public var templates: String?
    /// The as-of date (ISO), overriding the configuration and the newest article date.
    public var asOf: String?
    /// The configuration file.
    public var config: String
    /// The working directory that relative paths start from.
    public var workingDirectory: URL
    /// The process ends right after this build (`briefgen build`): the site model is left for the system to reclaim
    /// at exit instead of being freed object by object (tens of milliseconds for 10,000 articles, on one core, after
    /// the site is already written). Never for a process that builds again (`briefgen serve`).
    public var processEndsAfterBuild = false
    /// The build cache's name in `.briefgen-cache/` beside the output (default: the output folder's name and a hash of
    /// its path). `briefgen serve` builds each preview into a new folder and names one cache for all of them, so a
    /// rebuild reads and analyses only the articles that changed.
    public var cacheName: String?

    /// Creates options with defaults.
    public init(input: String? = nil, output: String? = nil, templates: String? = nil, asOf: String? = nil,
                config: String = "briefgen.toml",
                workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.input = input
        self.output = output
        self.templates = templates
        self.asOf = asOf
        self.config = config
        self.workingDirectory = workingDirectory
    }

    func url(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : workingDirectory.appendingPathComponent(path)
    }
}

/// What a build did: per-stage summary and time, and every diagnostic.
public struct BuildReport: Sendable {
    /// One stage's line of the summary.
    public struct Stage: Sendable {
        public var name: String
        public var summary: String
        public var seconds: Double
    }

    /// Stages run, in order.
    public var stages: [Stage] = []
    /// Every diagnostic, sorted.
    public var diagnostics: [Diagnostic] = []
    /// Whether `public/` was replaced.
    public var wrote = false

    /// 0 when there is no error, 1 otherwise.
    public var exitCode: Int32 { diagnostics.contains { $0.severity == .error } ? 1 : 0 }

    /// The summary lines: `[1/5] ingest    2 articles    3 ms`.
    public func summaryLines(total: Int = 5) -> [String] {
        stages.enumerated().map { index, stage in
            let label = stage.name.padding(toLength: 9, withPad: " ", startingAt: 0)
            let summary = stage.summary.padding(toLength: max(stage.summary.count, 44), withPad: " ", startingAt: 0)
            return "[\(index + 1)/\(total)] \(label) \(summary) \(BuildReport.format(stage.seconds))"
        }
    }

    static func format(_ seconds: Double) -> String {
        seconds < 1 ? "\(Int((seconds * 1000).rounded())) ms" : String(format: "%.2f s", seconds)
    }
}
