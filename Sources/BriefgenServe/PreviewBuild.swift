import BriefgenSite
import Foundation

/// One build as `briefgen serve` ran it.
public struct PreviewBuild: Sendable {
    /// 1 for the first build, then one more per rebuild.
    public var number: Int
    /// What the build pipeline reported.
    public var report: BuildReport
    /// Whether this build's site is served from now on (false: the previous site stays).
    public var served: Bool
    /// Problems copying the site to `--output`, if asked to.
    public var publishDiagnostics: [Diagnostic]
}
