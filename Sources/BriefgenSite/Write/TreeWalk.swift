import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Fast walks over an output tree with `opendir`/`readdir` (FileManager's enumerator costs far more per entry).
enum TreeWalk {
    /// Relative paths of every non-folder entry below `root`, unsorted.
    static func files(under root: String) -> [String] {
        var result: [String] = []
        walk(root, relative: "") { relative, isFolder in if !isFolder { result.append(relative) } }
        return result
    }

    /// Removes folders below `root` that hold nothing (deepest first).
    static func removeEmptyFolders(under root: String) {
        var folders: [String] = []
        walk(root, relative: "") { relative, isFolder in if isFolder { folders.append(relative) } }
        for folder in folders.reversed() { rmdir(root + "/" + folder) }
    }

    private static func walk(_ root: String, relative: String, _ visit: (String, Bool) -> Void) {
        guard let dir = opendir(relative.isEmpty ? root : root + "/" + relative) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN), let info = lstat(root + "/" + path) {
                isFolder = (info.st_mode & S_IFMT) == S_IFDIR
            }
            visit(path, isFolder)
            if isFolder { walk(root, relative: path, visit) }
        }
    }
}
