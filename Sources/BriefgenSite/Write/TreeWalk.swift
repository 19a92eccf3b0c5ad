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
    private static let lengthOffset = MemoryLayout<dirent>.offset(of: \dirent.d_reclen)!

    private static func walk(_ root: String, relative: String, _ visit: (String, Bool, UInt64) -> Void) {
        let fd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        if let getdents = Getdents.function {
            let buffer = UnsafeMutableRawPointer.allocate(byteCount: Getdents.bufferSize, alignment: 8)
            defer { buffer.deallocate() }
            walk(fd, relative: relative, buffer: buffer, getdents: getdents, visit)
        } else {
            walk(fd, relative: relative, visit)
        }
    }

    /// Walks the folder open as `fd` (and closes it) with `getdents64(2)` into one buffer for the whole walk, where
    /// `opendir` cost two `fcntl` calls and a 32 KB buffer for each of a 10,000-article site's folders (about a tenth
    /// of the walk's CPU; the kernel's reading of the folders is most of the rest). Subfolders are opened relative to
    /// their parent (`openat`): the kernel resolves one name, not the whole path again.
    private static func walk(_ fd: Int32, relative: String, buffer: UnsafeMutableRawPointer, getdents: Getdents.Function,
                             _ visit: (String, Bool, UInt64) -> Void) {
        defer { close(fd) }
        // This folder's entries are read whole before any subfolder is walked (the buffer is shared).
        var entries: [Entry] = []
        while true {
            let n = getdents(fd, buffer, Getdents.bufferSize)
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { break }
            var at = 0
            while at < n {
                let record = UnsafeRawPointer(buffer + at)
                at += Int(record.load(fromByteOffset: TreeWalk.lengthOffset, as: UInt16.self))
                if let entry = entry(record, in: fd) { entries.append(entry) }
            }
        }
        for entry in entries {
            let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
            visit(path, entry.isFolder, entry.inode)
            if entry.isFolder {
                let child = openat(fd, entry.name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
                if child >= 0 { walk(child, relative: path, buffer: buffer, getdents: getdents, visit) }
            }
        }
    }

    /// Walks the folder open as `fd` (and closes it) with `readdir`, where `getdents64` cannot be looked up.
    private static func walk(_ fd: Int32, relative: String, _ visit: (String, Bool, UInt64) -> Void) {
        guard let dir = fdopendir(fd) else {
            close(fd)
            return
        }
        defer { closedir(dir) }
        while let record = readdir(dir) {
            guard let entry = entry(UnsafeRawPointer(record), in: dirfd(dir)) else { continue }
            let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
            visit(path, entry.isFolder, entry.inode)
            if entry.isFolder {
                let child = openat(dirfd(dir), entry.name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
                if child >= 0 { walk(child, relative: path, visit) }
            }
        }
    }

    private typealias Entry = (name: String, isFolder: Bool, inode: UInt64)

    /// The entry a `dirent` record (from `readdir` or `getdents64`) of the folder open as `folder` describes; nil for
    /// `.` and `..`. The name is read in place, up to its NUL: a record may be shorter than the struct's 256-byte name
    /// field, so copying `d_name` (as `entry.pointee.d_name` does) read past the buffer (AddressSanitizer found it).
    private static func entry(_ record: UnsafeRawPointer, in folder: Int32) -> Entry? {
        let namePointer = (record + TreeWalk.nameOffset).assumingMemoryBound(to: CChar.self)
        if namePointer[0] == 0x2E, namePointer[1] == 0 || (namePointer[1] == 0x2E && namePointer[2] == 0) { return nil }
        let type = record.load(fromByteOffset: TreeWalk.typeOffset, as: UInt8.self)
        var isFolder = type == UInt8(DT_DIR)
        if type == UInt8(DT_UNKNOWN) {
            var info = stat()
            if fstatat(folder, namePointer, &info, AT_SYMLINK_NOFOLLOW) == 0 { isFolder = (info.st_mode & S_IFMT) == S_IFDIR }
        }
        return (String(cString: namePointer), isFolder, record.loadUnaligned(fromByteOffset: TreeWalk.inodeOffset, as: UInt64.self))
    }
}

/// `getdents64(2)` (Linux; glibc 2.30 and later), looked up at run time, as Glibc's Swift module does not declare it.
/// Its records have `struct dirent`'s layout on 64-bit Linux.
enum Getdents {
    typealias Function = @convention(c) (Int32, UnsafeMutableRawPointer, Int) -> Int
    static let function: Function? = {
        guard MemoryLayout<Int>.size == 8, let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "getdents64") else { return nil }
        return unsafeBitCast(symbol, to: Function.self)
    }()
    static let bufferSize = 64 << 10
}
