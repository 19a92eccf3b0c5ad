import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Fast walks over an output tree with `opendir`/`readdir` (FileManager's enumerator costs far more per entry).
enum TreeWalk {
    /// Relative paths of every non-folder entry below `root`, unsorted.
    static func files(under root: String) -> [String] {
        var result: [String] = []
        walk(root, relative: "") { relative, isFolder, _ in if !isFolder { result.append(relative) } }
        return result
    }

    /// Relative paths of the files and of the folders below `root` (a folder before what it holds), in one walk.
    static func entries(under root: String) -> Listing {
        var listing = Listing()
        walk(root, relative: "") { relative, isFolder, inode in
            if isFolder {
                listing.folders.append(relative)
            } else {
                listing.files.append(relative)
                listing.inodes[relative] = inode
            }
        }
        return listing
    }

    /// What a walk found: relative paths of files and folders, and each file's inode number as the folder lists it.
    struct Listing: Sendable {
        var files: [String] = []
        var folders: [String] = []
        var inodes: [String: UInt64] = [:]
    }

    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
    private static let typeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type)!
    private static let inodeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_ino)!

    private static func walk(_ root: String, relative: String, _ visit: (String, Bool, UInt64) -> Void) {
        let fd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        walk(fd, relative: relative, visit)
    }

    /// Walks the folder open as `fd` (and closes it). Subfolders are opened relative to their parent (`openat`):
    /// the kernel resolves one name, not the whole path again, for each of a big site's 10,000 folders.
    private static func walk(_ fd: Int32, relative: String, _ visit: (String, Bool, UInt64) -> Void) {
        guard let dir = fdopendir(fd) else {
            close(fd)
            return
        }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            // The name is read in place, up to its NUL: a `dirent` in readdir's buffer may be shorter than the
            // struct's 256-byte name field, so copying `d_name` (as `entry.pointee.d_name` does) read past the buffer
            // (AddressSanitizer found it).
            let namePointer = (UnsafeRawPointer(entry) + TreeWalk.nameOffset).assumingMemoryBound(to: CChar.self)
            let name = String(cString: namePointer)
            if name == "." || name == ".." { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            let type = (UnsafeRawPointer(entry) + TreeWalk.typeOffset).load(as: UInt8.self)
            var isFolder = type == UInt8(DT_DIR)
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                if fstatat(dirfd(dir), namePointer, &info, AT_SYMLINK_NOFOLLOW) == 0 { isFolder = (info.st_mode & S_IFMT) == S_IFDIR }
            }
            visit(path, isFolder, (UnsafeRawPointer(entry) + TreeWalk.inodeOffset).loadUnaligned(as: UInt64.self))
            if isFolder {
                let child = openat(dirfd(dir), namePointer, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
                if child >= 0 { walk(child, relative: path, visit) }
            }
        }
    }
}
