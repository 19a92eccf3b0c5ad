import Foundation
import Testing
@testable import BriefgenSite
#if canImport(Glibc)
import Glibc
#endif

/// Streamed exports: made bytes and stored cache bytes come out in order, whatever their size against the buffer.
struct StreamSinkTests {
    @Test func piecesOfEverySizeComeOutInOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefgen-sink-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A "cache file" with a header, then 3 MB of varied bytes.
        let stored = (0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }
        let source = folder.appendingPathComponent("store").path
        try FileBytes.write(Array("HEADER".utf8) + stored, to: source)
        let sourceFD = open(source, O_RDONLY | O_CLOEXEC)
        #expect(sourceFD >= 0)
        defer { close(sourceFD) }
        let big = [UInt8](repeating: 0x41, count: StreamSink.bufferSize + 17)
        let pieces: [ExportPiece] = [
            .bytes(Array("{".utf8)),
            .stored(StoredBytes(file: sourceFD, offset: 6, length: 10)),
            .bytes(big),
            .stored(StoredBytes(file: sourceFD, offset: 6 + 100, length: 2 << 20)),  // spans two flushes
            .bytes([]),
            .stored(StoredBytes(file: sourceFD, offset: 6, length: 0)),
            .bytes(Array("}".utf8)),
        ]
        let expected = Array("{".utf8) + stored[0..<10] + big + stored[100..<(100 + (2 << 20))] + Array("}".utf8)
        let target = folder.appendingPathComponent("out").path
        let fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        let sink = StreamSink(descriptor: fd)
        for piece in pieces { try sink.append(piece) }
        try sink.flush()
        close(fd)
        #expect(sink.count == expected.count)
        #expect(FileBytes.read(target) == expected)
    }

    @Test func storedBytesPastTheEndOfTheirFileAreAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefgen-sink-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("store").path
        try FileBytes.write(Array("short".utf8), to: source)
        let sourceFD = open(source, O_RDONLY | O_CLOEXEC)
        defer { close(sourceFD) }
        let fd = open(folder.appendingPathComponent("out").path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        defer { close(fd) }
        let sink = StreamSink(descriptor: fd)
        #expect(throws: (any Error).self) { try sink.append(.stored(StoredBytes(file: sourceFD, offset: 2, length: 10))) }
    }
}
