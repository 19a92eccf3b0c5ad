import BriefgenMarkdown
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds the article files in the input folder, in a stable order, with their unique ids.
struct InputScanner {
    /// One article file to read.
    struct Entry: Sendable {
        /// The file's path (below the input folder as given).
        var path: String
        var displayPath: String
        /// The path the site shows (see ``Article/publishedPath``).
        var publishedPath: String
        var id: String
        var format: Article.Format
        /// The file's identity and times when it was found (its target's, for a link).
        var stamp: InputStamp?
    }

    let root: URL
    /// How the input folder is shown in messages (as the user named it).
    let displayRoot: String

    /// How the site names the input folder: as the user named it when that is a folder inside the working directory
    /// (`seeds`, `reports/2026`), else by its own name (`corpus` for `/home/ana/corpus` or `../corpus`), which says no
    /// more about the machine than the articles' own names do.
    var publishedRoot: String {
        let components = displayRoot.split(separator: "/", omittingEmptySubsequences: true)
        let leavesTheWorkingDirectory = displayRoot.hasPrefix("/") || displayRoot.hasPrefix("~") || components.contains("..")
        guard leavesTheWorkingDirectory else { return displayRoot }
        let name = root.standardizedFileURL.lastPathComponent
        return name == "/" || name.isEmpty ? "" : name
    }

    /// Article files below `root` (sorted by relative path), or a fatal diagnostic when the folder is unusable.
    func scan() throws(BuildFailure) -> (entries: [Entry], diagnostics: [Diagnostic]) {
        let rootPath = root.path
        let rootFolder = open(rootPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard rootFolder >= 0 else {
            let missing = errno == ENOENT || errno == ENOTDIR
            throw BuildFailure([Diagnostic(path: displayRoot, severity: .error, stage: .ingest,
                                           message: missing ? "input folder does not exist" : "input folder cannot be read",
                                           hint: missing ? "create it and put articles (.txt, .md) in it, or pass --input DIR"
                                                         : "check its permissions")])
        }
        var diagnostics: [Diagnostic] = []
        var found: [Found] = []
        walk(rootFolder, path: rootPath, relative: "", into: &found, diagnostics: &diagnostics)
        found.sort { $0.relative.utf8.lexicographicallyPrecedes($1.relative.utf8) }
        var used: Set<String> = []
        var entries: [Entry] = []
        entries.reserveCapacity(found.count)
        let publishedRoot = publishedRoot  // worked out once, not for every file
        for file in found {
            let display = displayRoot.isEmpty ? file.relative : displayRoot + "/" + file.relative
            let published = publishedRoot.isEmpty ? file.relative : publishedRoot + "/" + file.relative
            let stem = file.relative.dropLast(file.extensionLength + 1)
            var id = Slugs.id(for: stem.utf8.contains(0x2F) ? stem.replacingOccurrences(of: "/", with: "-") : String(stem))
            if used.contains(id) {
                var n = 2
                while used.contains("\(id)-\(n)") { n += 1 }
                diagnostics.append(Diagnostic(path: display, severity: .warning, stage: .ingest,
                                              message: "its page name '\(id)' is taken by another article; using '\(id)-\(n)'",
                                              hint: "rename one of the files"))
                id = "\(id)-\(n)"
            }
            used.insert(id)
            entries.append(Entry(path: file.path, displayPath: display, publishedPath: published, id: id, format: file.format,
                                 stamp: file.stamp))
        }
        return (entries, diagnostics)
    }

    private typealias Found = (relative: String, path: String, format: Article.Format, extensionLength: Int, stamp: InputStamp)

    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!

    /// Walks the folder open as `folder` (and closes it) with `readdir`, each entry measured by `fstatat` relative to
    /// the open folder (FileManager's listing and attribute dictionaries, then `URL`s per entry, were most of a
    /// no-change rebuild's scan of 10,000 files).
    private func walk(_ folder: Int32, path folderPath: String, relative: String, into found: inout [Found],
                      diagnostics: inout [Diagnostic]) {
        guard let dir = fdopendir(folder) else {
            close(folder)
            diagnostics.append(Diagnostic(path: displayRoot + (relative.isEmpty ? "" : "/" + relative), severity: .error,
                                          stage: .ingest, message: "folder cannot be read", hint: "check its permissions"))
            return
        }
        defer { closedir(dir) }
        // The names first, then each measured (`fstatat`) on every core, then taken in the folder's order as before:
        // a lookup among 10,000 names was a twentieth of a rebuild that changed one article, on one core.
        var names: [String] = []
        while let entry = readdir(dir) {
            // The name is read in place, up to its NUL (see ``TreeWalk``: a `dirent` may be shorter than the struct).
            let namePointer = (UnsafeRawPointer(entry) + InputScanner.nameOffset).assumingMemoryBound(to: CChar.self)
            if namePointer.pointee == 0x2E { continue }  // ".", "..", and hidden files
            names.append(String(cString: namePointer))
        }
        let descriptor = dirfd(dir), chunk = 256, listed = names
        let measured = Concurrently.map((listed.count + chunk - 1) / chunk) { part in
            listed[(part * chunk)..<min(listed.count, (part + 1) * chunk)].map { name -> stat? in
                var own = stat()
                return fstatat(descriptor, name, &own, AT_SYMLINK_NOFOLLOW) == 0 ? own : nil
            }
        }.joined()
        for (name, measuredStat) in zip(names, measured) {
            let path = folderPath + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            guard let own = measuredStat else { continue }
            let isLink = (own.st_mode & S_IFMT) == S_IFLNK
            if isLink {
                let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
                let base = root.resolvingSymlinksInPath().standardizedFileURL.path
                guard target.hasPrefix(base + "/") else {
                    diagnostics.append(Diagnostic(path: display(rel), severity: .warning, stage: .ingest,
                                                  message: "symbolic link points outside the input folder; not followed",
                                                  hint: "copy the article into the input folder"))
                    continue
                }
            }
            let format = InputScanner.format(ofName: name)
            guard let target = isLink ? followedStat(path) : own else {
                diagnostics.append(Diagnostic(path: display(rel), severity: .warning, stage: .ingest,
                                              message: "broken symbolic link; skipped", hint: "remove it"))
                continue
            }
            if (target.st_mode & S_IFMT) == S_IFDIR {
                if !isLink {
                    let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
                    if child >= 0 {
                        walk(child, path: path, relative: rel, into: &found, diagnostics: &diagnostics)
                    } else {
                        diagnostics.append(Diagnostic(path: display(rel), severity: .error, stage: .ingest,
                                                      message: "folder cannot be read", hint: "check its permissions"))
                    }
                }
                continue
            }
            guard let format else { continue }
            // A FIFO, socket or device named like an article would block or never end when read.
            guard (target.st_mode & S_IFMT) == S_IFREG else {
                diagnostics.append(Diagnostic(path: display(rel), severity: .warning, stage: .ingest,
                                              message: "not a regular file; skipped",
                                              hint: "put the article's text in an ordinary file"))
                continue
            }
            found.append((rel, path, format.format, format.extensionLength, InputStamp(target)))
        }
    }

    private func display(_ relative: String) -> String { displayRoot.isEmpty ? relative : displayRoot + "/" + relative }

    /// The article format a file name's extension names (`.txt`, `.text`, `.md`, `.markdown`, any case), and the
    /// extension's length; nil for any other file.
    static func format(ofName name: String) -> (format: Article.Format, extensionLength: Int)? {
        guard let dot = name.utf8.lastIndex(of: 0x2E), dot != name.utf8.startIndex else { return nil }
        let ext = name.utf8[name.utf8.index(after: dot)...]
        guard ext.count <= 8 else { return nil }
        let lower = String(decoding: ext.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        switch lower {
        case "txt", "text": return (.plainText, ext.count)
        case "md", "markdown": return (.markdown, ext.count)
        default: return nil
        }
    }
}

/// `stat(2)` (follows links), nil when the path or its target does not exist.
private func followedStat(_ path: String) -> stat? {
    var info = stat()
    return stat(path, &info) == 0 ? info : nil
}
