import Foundation

/// `briefgen check`: every internal link and anchor of a built site, its feed and sitemap, and (strict) its data.
///
/// Each problem is a `Diagnostic` at the page, line and column of the broken reference, e.g.
/// `public/index.html:21:14: error: [check] href 'timeline/index.htm': no such file in the site — …`.
public struct SiteChecker: Sendable {
    /// The built site's folder.
    public let root: URL
    /// The folder as the user named it (prefix of every reported path).
    public let displayRoot: String
    /// Also flag figures without attribution and events without a resolved date.
    public let strict: Bool
    /// Where the article paths in `data/briefing.json` are relative to (the project folder).
    public let projectFolder: URL

    /// Creates a checker.
    public init(root: URL, displayRoot: String, strict: Bool = false,
                projectFolder: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.root = root
        self.displayRoot = displayRoot.hasSuffix("/") ? String(displayRoot.dropLast()) : displayRoot
        self.strict = strict
        self.projectFolder = projectFolder
    }

    /// Checks the site; the report's diagnostics are sorted.
    public func check() -> SiteCheckReport {
        var report = SiteCheckReport()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else {
            report.diagnostics.append(Diagnostic(path: displayRoot, severity: .error, stage: .check,
                                                 message: "no built site here", hint: "run 'briefgen build' first, or name the site folder"))
            return report
        }
        let files = SiteFiles(root: root)
        var scans: [String: HTMLPageScan] = [:]
        for page in files.pages {
            scans[page] = HTMLReferenceScanner.scan((try? String(contentsOf: root.appendingPathComponent(page), encoding: .utf8)) ?? "")
        }
        let links = LinkChecker(files: files, scans: scans, displayRoot: displayRoot)
        for page in files.pages {
            report.diagnostics += links.problems(in: page)
            report.links += scans[page]?.references.count ?? 0
        }
        report.pages = files.pages.count
        report.diagnostics += XMLFileChecker(files: files, displayRoot: displayRoot).problems()
        if strict {
            report.diagnostics += BriefingDataChecker(files: files, displayRoot: displayRoot, projectFolder: projectFolder).problems()
        }
        report.diagnostics.sort()
        return report
    }
}

/// What `SiteChecker` found.
public struct SiteCheckReport: Sendable {
    /// Every problem, sorted by path and line.
    public var diagnostics: [Diagnostic] = []
    /// HTML pages read.
    public var pages = 0
    /// `href` and `src` values checked.
    public var links = 0

    /// 1 when there is any problem, 0 otherwise.
    public var exitCode: Int32 { diagnostics.isEmpty ? 0 : 1 }

    /// `checked 7 pages and 152 links: no problems` (or the count of problems).
    public var summary: String {
        let found = diagnostics.isEmpty ? "no problems" : "\(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s")"
        return "checked \(pages) page\(pages == 1 ? "" : "s") and \(links) link\(links == 1 ? "" : "s"): \(found)"
    }
}
