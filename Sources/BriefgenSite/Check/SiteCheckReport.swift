/// What `SiteChecker` found.
public struct SiteCheckReport: Sendable {
    /// Every problem, sorted by path and line.
    public var diagnostics: [Diagnostic] = []
    /// HTML pages read.
    public var pages = 0
    /// `href` and `src` values checked.
    public var links = 0
    /// False when the folder does not exist (then there is nothing to summarize).
    public var siteFound = true

    /// 1 when there is any problem, 0 otherwise.
    public var exitCode: Int32 { diagnostics.isEmpty ? 0 : 1 }

    /// `checked 7 pages and 152 links: no problems` (or the count of problems).
    public var summary: String {
        let found = diagnostics.isEmpty ? "no problems" : "\(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s")"
        return "checked \(pages) page\(pages == 1 ? "" : "s") and \(links) link\(links == 1 ? "" : "s"): \(found)"
    }
}
