import Foundation
import Testing
@testable import BriefgenSite
#if canImport(Glibc)
import Glibc
#endif

/// Pieces taken from the output's copy of an export (``ExportPiece/reference(offset:length:)``) come out exactly as
/// the bytes they stand for, whether the file is still the same up to them (nothing written), differs before them
/// (copied inside the kernel, runs joined across separators) or after; and the record of where pieces lie is only
/// believed for the very file it describes.
@Suite struct ExportPiecesTests {
    /// A reference file of pieces `piece(i)` joined by commas in `[`…`]`, and where each piece lies in it.
    static func reference(_ count: Int, in folder: URL) throws -> (path: String, bytes: [UInt8], places: [ExportPieces.Place]) {
        var bytes = Array("[".utf8)
        var places: [ExportPieces.Place] = []
        for i in 0..<count {
            if i > 0 { bytes.append(0x2C) }
            let piece = Self.piece(i)
            places.append(.init(offset: bytes.count, length: piece.count))
            bytes += piece
        }
        bytes += Array("]".utf8)
        let path = folder.appendingPathComponent("reference").path
        try FileBytes.write(bytes, to: path)
        return (path, bytes, places)
    }

    static func piece(_ i: Int) -> [UInt8] {
        Array("{\"n\":\(i),\"pad\":\"".utf8) + [UInt8](repeating: UInt8(0x61 + i % 26), count: (i * 977) % 5000) + Array("\"}".utf8)
    }

    /// Writes `pieces` (made by `make(index)`) through a sink whose reference is the file at `referencePath`.
    static func write(_ count: Int, referencePath: String, to target: String,
                      _ make: @escaping @Sendable (Int) -> ExportPiece) throws -> (same: Bool, placed: [(Int, Int, Int)], count: Int) {
        let reference = open(referencePath, O_RDONLY | O_CLOEXEC)
        defer { close(reference) }
        var info = stat()
        fstat(reference, &info)
        var fd: Int32 = -1
        defer { if fd >= 0 { close(fd) } }
        let sink = StreamSink(reference: reference, referenceSize: Int(info.st_size), referenceStamp: FileStamp(info)) {
            fd = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            return fd
        }
        var placed: [(Int, Int, Int)] = []
        try sink.append(Array("[".utf8))
        try ParallelEncoding.encode(count, into: sink, separator: 0x2C, placed: { placed.append(($0, $1, $2)) }, make)
        try sink.append(Array("]".utf8))
        let same = try sink.finish()
        return (same, placed, sink.count)
    }

    @Test func referencePiecesGiveExactlyTheirBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefgen-pieces-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let n = 700  // more than a chunk of ParallelEncoding, pieces up to 5 KB: several buffers' worth
        let (referencePath, referenceBytes, places) = try Self.reference(n, in: folder)
        let target = folder.appendingPathComponent("out").path

        // Every piece from the reference, where it lies: the same file, nothing written, every place reported.
        let all = try Self.write(n, referencePath: referencePath, to: target) { .reference(offset: places[$0].offset, length: places[$0].length) }
        #expect(all.same)
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(all.placed.map { $0.1 } == places.map(\.offset) && all.placed.map { $0.2 } == places.map(\.length))

        // One piece changed (longer) early, in the middle, at the end: the rest taken from the reference, shifted.
        for changed in [0, 1, 350, n - 1] {
            let longer = Self.piece(changed) + Array("MORE".utf8)
            let result = try Self.write(n, referencePath: referencePath, to: target) { i in
                i == changed ? .bytes(longer) : .reference(offset: places[i].offset, length: places[i].length)
            }
            var expected = Array("[".utf8)
            for i in 0..<n {
                if i > 0 { expected.append(0x2C) }
                let offset = expected.count
                expected += i == changed ? longer : Self.piece(i)
                #expect(result.placed[i].1 == offset, "piece \(i) placed at \(result.placed[i].1), not \(offset)")
            }
            expected += Array("]".utf8)
            #expect(!result.same)
            #expect(result.count == expected.count)
            #expect(FileBytes.read(target) == expected, "changed piece \(changed)")
        }

        // Pieces out of their order (each from the reference, but not where it lies): the bytes they stand for.
        let reversed = try Self.write(n, referencePath: referencePath, to: target) { i in
            let j = n - 1 - i
            return .reference(offset: places[j].offset, length: places[j].length)
        }
        var expected = Array("[".utf8)
        for i in 0..<n {
            if i > 0 { expected.append(0x2C) }
            expected += Self.piece(n - 1 - i)
        }
        expected += Array("]".utf8)
        #expect(FileBytes.read(target) == expected)
        #expect(referenceBytes.count == expected.count)

        // A piece past the reference's end is refused, never read.
        #expect(throws: (any Error).self) {
            _ = try Self.write(2, referencePath: referencePath, to: target) { _ in .reference(offset: referenceBytes.count - 1, length: 2) }
        }
    }

    @Test func piecesAreBelievedOnlyForTheFileTheyDescribe() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefgen-pieces-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (referencePath, _, places) = try Self.reference(20, in: folder)
        let file = try #require(lstat(referencePath).map(FileStamp.init))
        let keys = (0..<20).map { ShardedStore.Key(high: UInt64($0) &* 0x9E37_79B9_7F4A_7C15, low: UInt64($0)) }
        let store = folder.appendingPathComponent("pieces")
        let pieces = ExportPieces(folder: store, stamp: "s1")
        #expect(pieces.pieces(of: "data/x.json", in: file) == nil)  // nothing saved yet
        pieces.wrote("data/x.json", zip(keys, places).map { ($0, $1) })
        pieces.save(["data/x.json": file])
        let read = try #require(ExportPieces(folder: store, stamp: "s1").pieces(of: "data/x.json", in: file))
        #expect(read.count == 20 && zip(keys, places).allSatisfy { read[$0] == $1 })

        // Another file (inode, size or time), another briefgen, another export: not believed.
        var other = file
        other.nanoseconds += 1
        #expect(ExportPieces(folder: store, stamp: "s1").pieces(of: "data/x.json", in: other) == nil)
        other = file
        other.size += 1
        #expect(ExportPieces(folder: store, stamp: "s1").pieces(of: "data/x.json", in: other) == nil)
        #expect(ExportPieces(folder: store, stamp: "s2").pieces(of: "data/x.json", in: file) == nil)
        #expect(ExportPieces(folder: store, stamp: "s1").pieces(of: "data/y.json", in: file) == nil)
        #expect(ExportPieces(folder: store, stamp: "s1").pieces(of: "data/x.json", in: nil) == nil)

        // A piece outside the file, or a record cut short: the whole record refused.
        let saved = store.appendingPathComponent("data_x.json").path
        let bytes = try #require(FileBytes.read(saved))
        unlink(saved)
        try FileBytes.write(Array(bytes.dropLast()), to: saved)
        #expect(ExportPieces(folder: store, stamp: "s1").pieces(of: "data/x.json", in: file) == nil)
        let outside = ExportPieces(folder: store, stamp: "s1")
        outside.wrote("data/x.json", [(keys[0], .init(offset: file.size - 3, length: 4))])
        outside.save(["data/x.json": file])
        #expect(ExportPieces(folder: store, stamp: "s1").pieces(of: "data/x.json", in: file) == nil)

        // An export written without a file to describe (the build did not keep it) forgets its pieces.
        pieces.save([:])
        #expect(!FileManager.default.fileExists(atPath: saved))
    }
}
