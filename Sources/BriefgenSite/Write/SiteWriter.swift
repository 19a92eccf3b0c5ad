import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes the site into a staging folder beside the output, then swaps it in at once.
///
/// A build that fails or is killed leaves the previous output untouched; a stale staging folder from a killed
/// run is removed by the next build; a lock file stops two builds from writing the same output at once.
struct SiteWriter {
    let output: URL
    let displayOutput: String

    private var parent: URL { output.deletingLastPathComponent() }
    private var name: String { output.lastPathComponent }
    private var stagingURL: URL { parent.appendingPathComponent(".\(name).briefgen-staging") }
    private var retiredURL: URL { parent.appendingPathComponent(".\(name).briefgen-old") }
    private var lockURL: URL { parent.appendingPathComponent(".\(name).briefgen-lock") }

    /// Writes all files; returns the number of bytes written.
    func write(_ files: [OutputFile]) throws(BuildFailure) -> Int {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: output.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw failure("output path exists and is not a folder", hint: "remove the file or choose another --output")
        }
        do { try fm.createDirectory(at: parent, withIntermediateDirectories: true) } catch {
            throw failure("cannot create the output's parent folder", hint: "check permissions")
        }
        let lock = open(lockURL.path, O_CREAT | O_RDWR, 0o644)
        guard lock >= 0 else { throw failure("cannot create a lock file beside the output (\(errnoText()))", hint: "check that the folder is writable") }
        defer { close(lock) }
        guard flock(lock, LOCK_EX | LOCK_NB) == 0 else {
            throw failure("another briefgen build is writing this output", hint: "wait for it to finish")
        }
        try? fm.removeItem(at: stagingURL)
        try? fm.removeItem(at: retiredURL)
        var bytes = 0
        do {
            try fm.createDirectory(at: stagingURL, withIntermediateDirectories: true)
            var folders: Set<String> = []
            for file in files.sorted(by: { $0.path < $1.path }) {
                let url = stagingURL.appendingPathComponent(file.path.value)
                let folder = url.deletingLastPathComponent().path
                if !folders.contains(folder) {
                    try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    folders.insert(folder)
                }
                try Data(file.contents).write(to: url)
                bytes += file.contents.count
            }
        } catch {
            try? fm.removeItem(at: stagingURL)
            throw failure("cannot write the site: \(error.localizedDescription)", hint: "check free space and permissions")
        }
        try swapIn()
        return bytes
    }

    private func swapIn() throws(BuildFailure) {
        let fm = FileManager.default
        if fm.fileExists(atPath: output.path) {
            if AtomicRename.exchange(stagingURL.path, output.path) {
                try? fm.removeItem(at: stagingURL)
                return
            }
            guard rename(output.path, retiredURL.path) == 0 else {
                try? fm.removeItem(at: stagingURL)
                throw failure("cannot replace the output folder (\(errnoText()))", hint: "check permissions")
            }
        }
        guard rename(stagingURL.path, output.path) == 0 else {
            let reason = errnoText()
            _ = rename(retiredURL.path, output.path)
            try? fm.removeItem(at: stagingURL)
            throw failure("cannot move the new site into place (\(reason))", hint: "check permissions")
        }
        try? fm.removeItem(at: retiredURL)
    }

    private func errnoText() -> String { String(cString: strerror(errno)) }

    private func failure(_ message: String, hint: String) -> BuildFailure {
        BuildFailure([Diagnostic(path: displayOutput, severity: .error, stage: .write, message: message, hint: hint)])
    }
}

/// `renameat2(RENAME_EXCHANGE)`: swaps two paths in one step (Linux); false where unsupported.
enum AtomicRename {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let function: RenameAt2? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    static func exchange(_ a: String, _ b: String) -> Bool {
        guard let function else { return false }
        let atCurrentDirectory: Int32 = -100
        let renameExchange: UInt32 = 2
        return function(atCurrentDirectory, a, atCurrentDirectory, b, renameExchange) == 0
    }
}
