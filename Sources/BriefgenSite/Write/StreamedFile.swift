import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file of the site written piece by piece: the data exports of a big archive are hundreds of megabytes, and
/// holding each whole in memory (and the search index beside it) was most of a 50,000-article build's peak memory.
struct StreamedFile: Sendable {
    /// Where it goes.
    var path: OutputPath
    /// Writes the file's bytes, in order, to the sink.
    var write: @Sendable (StreamSink) throws -> Void

    init(path: OutputPath, write: @escaping @Sendable (StreamSink) throws -> Void) {
        self.path = path
        self.write = write
    }
}

/// Buffered appends to an open file (1 MB at a time).
final class StreamSink {
    private let descriptor: Int32
    private let buffer: UnsafeMutableRawBufferPointer
    private var used = 0
    private(set) var count = 0
    static let bufferSize = 1 << 20

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer = .allocate(byteCount: StreamSink.bufferSize, alignment: 16)
    }

    deinit { buffer.deallocate() }

    func append<C: Collection>(_ bytes: C) throws where C.Element == UInt8 {
        let n = bytes.count
        if n > buffer.count - used { try flush() }
        if n > buffer.count {
            try FileBytes.writeAll(Array(bytes), to: descriptor)
        } else {
            UnsafeMutableRawBufferPointer(rebasing: buffer[used..<(used + n)]).copyBytes(from: bytes)
            used += n
        }
        count += n
    }

    /// Appends a piece; stored bytes are read from their file straight into the buffer.
    func append(_ piece: ExportPiece) throws {
        switch piece {
        case .bytes(let bytes): try append(bytes)
        case .stored(let stored):
            var offset = stored.offset, left = stored.length
            while left > 0 {
                if used == buffer.count { try flush() }
                let n = pread(stored.file, buffer.baseAddress! + used, min(left, buffer.count - used), off_t(offset))
                if n < 0, errno == EINTR { continue }
                // A cache file cut short during the build: the export cannot be completed from it.
                guard n > 0 else { throw POSIXError(n < 0 ? POSIXErrorCode(rawValue: errno) ?? .EIO : .EIO) }
                used += n
                offset += n
                left -= n
                count += n
            }
        }
    }

    func flush() throws {
        var done = 0
        while done < used {
            let n = write(descriptor, buffer.baseAddress! + done, used - done)
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            done += n
        }
        used = 0
    }
}

extension FileBytes {
    /// Whether two files hold the same bytes (compared a megabyte at a time).
    static func equalFiles(_ a: String, _ b: String) -> Bool {
        guard let x = lstat(a), let y = lstat(b), x.st_size == y.st_size else { return false }
        let fa = open(a, O_RDONLY | O_CLOEXEC), fb = open(b, O_RDONLY | O_CLOEXEC)
        defer {
            if fa >= 0 { close(fa) }
            if fb >= 0 { close(fb) }
        }
        guard fa >= 0, fb >= 0 else { return false }
        let size = Int(x.st_size)
        var one = [UInt8](repeating: 0, count: min(max(size, 1), 1 << 20)), two = one
        var offset = 0
        while offset < size {
            let want = min(one.count, size - offset)
            guard readFully(fa, &one, want), readFully(fb, &two, want) else { return false }
            let same = one.withUnsafeBytes { p in two.withUnsafeBytes { q in memcmp(p.baseAddress!, q.baseAddress!, want) == 0 } }
            guard same else { return false }
            offset += want
        }
        return true
    }

    private static func readFully(_ fd: Int32, _ buffer: inout [UInt8], _ count: Int) -> Bool {
        var got = 0
        while got < count {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + got, count - got) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return false }
            got += n
        }
        return true
    }
}
