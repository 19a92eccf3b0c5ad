import BriefgenMarkdown
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds the article files in the input folder, in a stable order, with their unique ids.
struct InputScanner {
    /// One article file to read.
    struct Entry: Sendable {
        var url: URL
        var displayPath: String
        var id: String
        var format: Article.Format
    }

    let root: URL
    /// How the input folder is shown in messages (as the user named it).
    let displayRoot: String

    /// Article files below `root` (sorted by relative path), or a fatal diagnostic when the folder is unusable.
    func scan() throws(BuildFailure) -> (entries: [Entry], diagnostics: [Diagnostic]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BuildFailure([Diagnostic(path: displayRoot, severity: .error, stage: .ingest,
                                           message: "input folder does not exist",
                                           hint: "create it and put articles (.txt, .md) in it, or pass --input DIR")])
        }
        var diagnostics: [Diagnostic] = []
        var found: [(relative: String, url: URL, format: Article.Format)] = []
        walk(root, relative: "", into: &found, diagnostics: &diagnostics)
        found.sort { $0.relative.utf8.lexicographicallyPrecedes($1.relative.utf8) }
        var used: Set<String> = []
        var entries: [Entry] = []
        for file in found {
            let display = displayRoot.isEmpty ? file.relative : displayRoot + "/" + file.relative
            let stem = (file.relative as NSString).deletingPathExtension
            var id = Slugs.id(for: stem.replacingOccurrences(of: "/", with: "-"))
            if used.contains(id) {
                var n = 2
                while used.contains("\(id)-\(n)") { n += 1 }
                diagnostics.append(Diagnostic(path: display, severity: .warning, stage: .ingest,
                                              message: "its page name '\(id)' is taken by another article; using '\(id)-\(n)'",
                                              hint: "rename one of the files"))
                id = "\(id)-\(n)"
            }
            used.insert(id)
            entries.append(Entry(url: file.url, displayPath: display, id: id, format: file.format))
        }
        return (entries, diagnostics)
    }

    /// The folder's entries by `lstat`/`stat` (FileManager's attribute dictionaries were most of a no-change rebuild's
    /// scan of 10,000 files).
    private func walk(_ folder: URL, relative: String, into found: inout [(relative: String, url: URL, format: Article.Format)],
                      diagnostics: inout [Diagnostic]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            diagnostics.append(Diagnostic(path: displayRoot + (relative.isEmpty ? "" : "/" + relative), severity: .error,
                                          stage: .ingest, message: "folder cannot be read", hint: "check its permissions"))
            return
        }
        let folderPath = folder.path
        // Entries are looked up relative to the open folder (one name for the kernel to resolve, not the path).
        let folderDescriptor = open(folderPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if folderDescriptor >= 0 { close(folderDescriptor) } }
        for name in names where !name.hasPrefix(".") {
            let path = folderPath + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            let display = displayRoot.isEmpty ? rel : displayRoot + "/" + rel
            guard let own = lstat(name, in: folderDescriptor, or: path) else { continue }
            let isLink = (own.st_mode & S_IFMT) == S_IFLNK
            let url = folder.appendingPathComponent(name)
            if isLink {
                let target = url.resolvingSymlinksInPath().standardizedFileURL.path
                let base = root.resolvingSymlinksInPath().standardizedFileURL.path
                guard target.hasPrefix(base + "/") else {
                    diagnostics.append(Diagnostic(path: display, severity: .warning, stage: .ingest,
                                                  message: "symbolic link points outside the input folder; not followed",
                                                  hint: "copy the article into the input folder"))
                    continue
                }
            }
            let format: Article.Format?
            switch (name as NSString).pathExtension.lowercased() {
            case "txt", "text": format = .plainText
            case "md", "markdown": format = .markdown
            default: format = nil
            }
            guard let target = isLink ? followedStat(path) : own else {
                diagnostics.append(Diagnostic(path: display, severity: .warning, stage: .ingest,
                                              message: "broken symbolic link; skipped", hint: "remove it"))
                continue
            }
            if (target.st_mode & S_IFMT) == S_IFDIR {
                if !isLink { walk(url, relative: rel, into: &found, diagnostics: &diagnostics) }
                continue
            }
            guard let format else { continue }
            // A FIFO, socket or device named like an article would block or never end when read.
            guard (target.st_mode & S_IFMT) == S_IFREG else {
                diagnostics.append(Diagnostic(path: display, severity: .warning, stage: .ingest,
                                              message: "not a regular file; skipped",
                                              hint: "put the article's text in an ordinary file"))
                continue
            }
            found.append((rel, url, format))
        }
    }

}

/// `stat(2)` (follows links), nil when the path or its target does not exist.
private func followedStat(_ path: String) -> stat? {
    var info = stat()
    return stat(path, &info) == 0 ? info : nil
}
