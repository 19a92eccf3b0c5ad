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

    /// Stored bytes of a mapped cache file (written from the mapping, several to a `writev`, or copied while the sink
    /// compares) come out in order with the made bytes, whatever their sizes and however many there are; with and
    /// without a reference that differs early, late or not at all.
    @Test(arguments: [0, 1, 2, 3])
    func mappedPiecesComeOutInOrder(_ referenceVariant: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefgen-sink-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let stored = (0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 13 &+ $0 >> 7) }
        let source = folder.appendingPathComponent("store").path
        try FileBytes.write(Array("HEADER".utf8) + stored, to: source)
        let sourceFD = open(source, O_RDONLY | O_CLOEXEC)
        #expect(sourceFD >= 0)
        defer { close(sourceFD) }
        let size = stored.count + 6
        let base = try #require(mmap(nil, size, PROT_READ, MAP_PRIVATE, sourceFD, 0))
        #expect(base != MAP_FAILED)
        defer { munmap(base, size) }
        func piece(_ offset: Int, _ length: Int) -> ExportPiece {
            .stored(StoredBytes(file: sourceFD, offset: 6 + offset, length: length, mapped: UInt(bitPattern: base + 6 + offset)))
        }
        // Sizes around the direct minimum and the buffer, and more pieces than one `writev` takes.
        var pieces: [ExportPiece] = [.bytes(Array("[".utf8))]
        var expected = Array("[".utf8)
        var offset = 0
        for i in 0..<700 {
            let length = [0, 1, StreamSink.directMinimum - 1, StreamSink.directMinimum, 700, 4096][i % 6] + i
            pieces.append(piece(offset, length))
            expected += stored[offset..<(offset + length)]
            pieces.append(.bytes([0x2C, UInt8(i % 200)]))
            expected += [0x2C, UInt8(i % 200)]
            offset = (offset + length * 3) % (1 << 20)
        }
        pieces.append(piece(100, StreamSink.bufferSize + 999))  // bigger than the buffer
        expected += stored[100..<(100 + StreamSink.bufferSize + 999)]
        pieces.append(.bytes([UInt8](repeating: 0x41, count: StreamSink.bufferSize + 3)))
        expected += [UInt8](repeating: 0x41, count: StreamSink.bufferSize + 3)
        pieces.append(piece(5, 2000))
        expected += stored[5..<2005]
        pieces.append(.bytes(Array("]".utf8)))
        expected += Array("]".utf8)

        let target = folder.appendingPathComponent("out").path
        var fd: Int32 = -1
        let sink: StreamSink
        if referenceVariant == 0 {
            fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            sink = StreamSink(descriptor: fd)
        } else {
            // The reference: equal, differing in its first bytes, or differing past its first megabyte.
            var old = expected
            if referenceVariant == 2 { old[1] ^= 0xFF }
            if referenceVariant == 3 { old[(1 << 20) + 77] ^= 0xFF }
            let referencePath = folder.appendingPathComponent("reference").path
            try FileBytes.write(old, to: referencePath)
            let reference = open(referencePath, O_RDONLY | O_CLOEXEC)
            sink = StreamSink(reference: reference, referenceSize: old.count) {
                fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
                return fd
            }
        }
        for piece in pieces { try sink.append(piece) }
        let same = try sink.finish()
        if fd >= 0 { close(fd) }
        #expect(sink.count == expected.count)
        #expect(same == (referenceVariant == 1))
        if referenceVariant != 1 { #expect(FileBytes.read(target) == expected) }
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

    /// Compare mode: the sink writes nothing while its bytes equal the reference's, and the file it makes at the first
    /// difference holds exactly the new bytes (the equal prefix copied from the reference).
    @Test(arguments: [
        ("identical", 0),
        ("differs in the second megabyte", 1),
        ("differs in the first byte", 2),
        ("a prefix of the reference", 3),
        ("the reference plus more", 4),
        ("no reference", 5),
        ("empty, no reference", 6),
    ])
    func comparesBeforeWriting(_ label: String, _ variant: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefgen-sink-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = (0..<(3 << 20) + 123).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 11) }
        var new = old
        switch variant {
        case 1: new[(1 << 20) + 5] ^= 0xFF
        case 2: new[0] ^= 1
        case 3: new.removeLast(1000)
        case 4: new += [1, 2, 3]
        case 6: new = []
        default: break
        }
        let referencePath = folder.appendingPathComponent("reference").path
        try FileBytes.write(old, to: referencePath)
        let reference = variant >= 5 ? -1 : open(referencePath, O_RDONLY | O_CLOEXEC)
        defer { if reference >= 0 { close(reference) } }
        let target = folder.appendingPathComponent("out").path
        var created = 0
        var fd: Int32 = -1
        let sink = StreamSink(reference: reference, referenceSize: variant >= 5 ? 0 : old.count) {
            created += 1
            fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            return fd
        }
        // Appended in uneven pieces, one bigger than the buffer.
        let cuts = [0, 10, 70_000, 70_000 + StreamSink.bufferSize + 3, new.count].map { min($0, new.count) }
        for (a, b) in zip(cuts, cuts.dropFirst()) { try sink.append(new[a..<b]) }
        let same = try sink.finish()
        if fd >= 0 { close(fd) }
        #expect(sink.count == new.count)
        if variant == 0 {
            #expect(same)
            #expect(created == 0)
        } else {
            #expect(!same)
            #expect(created == 1)
            #expect(FileBytes.read(target) == new)
        }
    }
}
