import Foundation

/// What the browser learns about the builds: versions and the last build's diagnostics.
public struct ServeStatus: Codable, Sendable, Equatable {
    /// Counts the sites served so far (changes only when a new site is served).
    public var site: Int
    /// Counts the builds so far (failed ones too).
    public var build: Int
    /// The build whose site is served (equal to `build` unless the last build failed).
    public var servedBuild: Int
    /// True when the last build had errors and an older site is still being served.
    public var failed: Bool
    /// The last build's diagnostics, one line each.
    public var problems: [String]

    /// Creates a status.
    public init(site: Int, build: Int, servedBuild: Int, failed: Bool, problems: [String]) {
        self.site = site
        self.build = build
        self.servedBuild = servedBuild
        self.failed = failed
        self.problems = problems
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
