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
    private var buffer: [UInt8] = []
    private(set) var count = 0
    static let bufferSize = 1 << 20

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(StreamSink.bufferSize)
    }

    func append<C: Collection>(_ bytes: C) throws where C.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        count += bytes.count
        if buffer.count >= StreamSink.bufferSize { try flush() }
    }

    func flush() throws {
        try FileBytes.writeAll(buffer, to: descriptor)
        buffer.removeAll(keepingCapacity: true)
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
