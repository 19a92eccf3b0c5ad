import Foundation

/// `briefgen init`: writes a new briefing project that `briefgen build` can build at once.
///
/// Creates `seeds/` with one example article and a `briefgen.toml` with every setting explained, and with
/// `includeTemplates` a copy of the built-in templates in `Templates/` to edit. Never overwrites: when any of
/// the files exists, nothing is written and every clash is reported.
public struct ProjectInitializer: Sendable {
    /// The project folder (created when missing).
    public let folder: URL
    /// The folder as the user named it, for messages.
    public let displayFolder: String
    /// Whether to copy the built-in templates.
    public let includeTemplates: Bool

    /// Creates an initializer.
    public init(folder: URL, displayFolder: String, includeTemplates: Bool = false) {
        self.folder = folder
        self.displayFolder = displayFolder.hasSuffix("/") ? String(displayFolder.dropLast()) : displayFolder
        self.includeTemplates = includeTemplates
    }

    /// The files to write: relative path → contents, in a fixed order.
    public var files: [(path: String, contents: String)] {
        var files = [(ProjectSkeleton.articlePath, ProjectSkeleton.article), ("briefgen.toml", ProjectSkeleton.configuration)]
        if includeTemplates {
            files += BuiltinTemplates.files.keys.sorted().map { ("Templates/" + $0, BuiltinTemplates.files[$0]!) }
        }
        return files.map { (path: $0.0, contents: $0.1) }
    }

    /// Writes the project; returns the paths written, as the user would name them.
    @discardableResult
    public func create() throws(BuildFailure) -> [String] {
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw BuildFailure([diagnostic(displayFolder, "exists and is not a folder", "choose another folder name")])
        }
        let clashes = files.map(\.path).filter { fm.fileExists(atPath: folder.appendingPathComponent($0).path) }
        guard clashes.isEmpty else {
            throw BuildFailure(clashes.map {
                diagnostic(display($0), "already exists; nothing was written", "move it away or choose another folder")
            })
        }
        var written: [String] = []
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            do {
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: url, options: .withoutOverwriting)
            } catch {
                throw BuildFailure([diagnostic(display(file.path), "cannot be written: \(error.localizedDescription)",
                                               "check the folder's permissions")])
            }
            written.append(display(file.path))
        }
        return written
    }

    private func display(_ path: String) -> String { displayFolder == "." ? path : displayFolder + "/" + path }

    private func diagnostic(_ path: String, _ message: String, _ hint: String) -> Diagnostic {
        Diagnostic(path: path, severity: .error, stage: .initialize, message: message, hint: hint)
    }
}
