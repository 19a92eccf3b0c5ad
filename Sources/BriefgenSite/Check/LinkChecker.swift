import Foundation

/// Checks one page's `href` and `src` values against the site's files and the target pages' ids.
struct LinkChecker: Sendable {
    let files: SiteFiles
    let scans: [String: HTMLPageScan]
    let displayRoot: String

    /// Problems of `page`: missing files, missing anchors, links out of the folder, root-absolute links, duplicate ids.
    func problems(in page: String) -> [Diagnostic] {
        guard let scan = scans[page] else { return [] }
        var found: [Diagnostic] = []
        func report(_ line: Int, _ column: Int, _ message: String, _ hint: String) {
            found.append(Diagnostic(path: displayRoot + "/" + page, line: line, column: column, severity: .error,
                                    stage: .check, message: message, hint: hint))
        }
        for duplicate in scan.duplicateIDs {
            report(duplicate.line, duplicate.column, "duplicate id '\(duplicate.id)' (first on line \(duplicate.firstLine))",
                   "ids must be unique in a page, or links to '#\(duplicate.id)' land on the first one")
        }
        for reference in scan.references {
            let value = reference.value.trimmingCharacters(in: .whitespaces)
            let label = "\(reference.attribute) '\(value)'"
            switch SiteLink.classify(value, from: page) {
            case .external, .empty: continue
            case .rootAbsolute:
                report(reference.line, reference.column, "\(label) is absolute",
                       "use a relative link, so the site works from file:// and under any sub-path")
            case .outside:
                report(reference.line, reference.column, "\(label) leads outside the site folder", "fix the number of '../'")
            case .undecodable:
                report(reference.line, reference.column, "\(label) has a malformed %-escape", "escape '%' as %25")
            case .internal(let target, let fragment):
                guard let file = resolve(target) else {
                    report(reference.line, reference.column, "\(label): no such file in the site (\(target.isEmpty ? "/" : target))",
                           "fix the link, or build the page it points to")
                    continue
                }
                guard let fragment, !fragment.isEmpty, file.hasSuffix(".html") else { continue }
                guard scans[file]?.ids[fragment] == nil else { continue }
                if file.hasPrefix("sources/"), fragment.wholeMatch(of: #/s-\d+/#) != nil {
                    report(reference.line, reference.column, "\(label): source link to sentence #\(fragment), which \(file) does not have",
                           "rebuild the site; the figure or event must point at an existing sentence anchor")
                } else {
                    report(reference.line, reference.column, "\(label): \(file) has no element with id '\(fragment)'",
                           "fix the anchor, or add the id to the target")
                }
            }
        }
        return found
    }

    /// The file a link target names: itself, or `index.html` of a folder.
    private func resolve(_ target: String) -> String? {
        if target.isEmpty || target.hasSuffix("/") {
            let index = target + "index.html"
            return files.all.contains(index) ? index : nil
        }
        if files.all.contains(target) { return target }
        return files.all.contains(target + "/index.html") ? target + "/index.html" : nil
    }
}
