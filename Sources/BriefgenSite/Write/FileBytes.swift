import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whole-file reads, comparisons and writes with plain system calls (no Foundation objects per file).
enum FileBytes {
    /// Whether the file at `path` (of `size` bytes, from a `stat`) holds exactly `bytes`.
    static func equal(_ path: String, size: Int, to bytes: [UInt8]) -> Bool {
        guard size == bytes.count else { return false }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        if size == 0 { return true }
        var buffer = [UInt8](repeating: 0, count: min(size, 1 << 20))
        var offset = 0
        while offset < size {
            let want = min(buffer.count, size - offset)
            let got = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, want) }
            guard got > 0 else { return false }
            let same = buffer.withUnsafeBytes { a in
                bytes.withUnsafeBytes { b in memcmp(a.baseAddress!, b.baseAddress! + offset, got) == 0 }
            }
            guard same else { return false }
            offset += got
        }
        return true
    }

    static func equal(_ path: String, fileSize: off_t, to bytes: [UInt8]) -> Bool { equal(path, size: Int(fileSize), to: bytes) }

    /// Writes `bytes` to a new file at `path` (which must not exist).
    static func write(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        try writeAll(bytes, to: fd)
    }

    /// Writes all of `bytes` to an open file, retrying after interrupts.
    static func writeAll(_ bytes: [UInt8], to fd: Int32) throws {
        var offset = 0
        while offset < bytes.count {
            let done = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if done < 0, errno == EINTR { continue }
            guard done > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            offset += done
        }
    }

    /// The whole file, or nil.
    static func read(_ path: String) -> [UInt8]? {
        guard let info = lstat(path) else { return nil }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var result = [UInt8](repeating: 0, count: Int(info.st_size))
        var offset = 0
        while offset < result.count {
            let got = result.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + offset, $0.count - offset) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { break }
            offset += got
        }
        return offset == result.count ? result : nil
    }
}
