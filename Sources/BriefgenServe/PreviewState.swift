import BriefgenSite
import Foundation

/// What `briefgen serve` currently serves: the folder of the last good build and the status the browser polls.
actor PreviewState {
    /// The folder being served; nil until a build has written a site.
    private(set) var root: URL?
    /// Whether the served site came from a build without errors.
    private(set) var rootIsClean = false
    /// The status shown by the live-reload script.
    private(set) var status = ServeStatus(site: 0, build: 0, failed: false, problems: [])

    /// Records a finished build; `folder` is its site when it is to be served from now on.
    func record(build number: Int, report: BuildReport, serving folder: URL?) {
        if let folder {
            root = folder
            rootIsClean = report.exitCode == 0
            status.site += 1
        }
        status.build = number
        status.failed = report.exitCode != 0
        status.problems = report.diagnostics.map(\.description)
    }
}
