import Foundation

/// Where each article's piece lies in each streamed export of the output (`data/briefing.json`, the CSV files, the
/// search index), by the article's cache key, with the identity of the file that holds them.
///
/// A build that writes an export again takes each cached article's piece from the output's copy of the file (its
/// reference: ``ExportPiece/reference(offset:length:)``): runs of adjacent pieces are copied inside the kernel, and
/// while the new file is still the old one up to a piece, that piece is not even read. The cache's stores hold the same
/// bytes, but writing from them meant mapping them (180 MB of export records at 10,000 articles) into memory first.
/// A piece depends on nothing but the article's cache key, so the same key gives the same bytes.
///
/// One file per export in the cache folder (`pieces/`), replaced after each build that wrote the export; read only
/// while the output's file is exactly the one it describes (inode, size, modification time), and refused whole if any
/// piece lies outside that file.
final class ExportPieces: @unchecked Sendable {
    /// Where a piece lies in its file.
    struct Place: Sendable, Equatable {
        var offset: Int
        var length: Int
    }

    private let folder: URL
    private let stamp: String
    private let lock = NSLock()
    /// The pieces each export written by this build holds, in file order.
    private var written: [String: [(key: ShardedStore.Key, place: Place)]] = [:]

    init(folder: URL, stamp: String) {
        self.folder = folder
        self.stamp = stamp
    }

    /// The pieces of the export at `path` as the last build that wrote it left them, if `reference` (the output's file,
    /// as opened) is still that file; nil otherwise.
    func pieces(of path: String, in reference: FileStamp?) -> [ShardedStore.Key: Place]? {
        guard let reference, let bytes = FileBytes.read(url(of: path).path) else { return nil }
        let header = self.header(path)
        guard bytes.starts(with: header) else { return nil }
        return bytes.withUnsafeBytes { raw in
            var r = CacheReader(UnsafeRawBufferPointer(rebasing: raw[header.count...]))
            return try? Self.read(&r, for: reference)
        }
    }

    /// The pieces after the header, if they describe `reference` and all lie inside it; throws on a record cut short.
    private static func read(_ r: inout CacheReader, for reference: FileStamp) throws -> [ShardedStore.Key: Place]? {
        let file = FileStamp(inode: try r.word(), size: Int(truncatingIfNeeded: try r.word()),
                             seconds: Int(truncatingIfNeeded: try r.word()), nanoseconds: Int(truncatingIfNeeded: try r.word()))
        let count = try r.word()
        guard file == reference, count <= UInt64(Int32.max) else { return nil }
        var pieces: [ShardedStore.Key: Place] = [:]
        for _ in 0..<Int(count) {
            let key = ShardedStore.Key(high: try r.word(), low: try r.word())
            let offset = try r.word(), length = try r.word()
            guard offset <= UInt64(file.size), length <= UInt64(file.size) - offset else { return nil }
            pieces[key] = Place(offset: Int(offset), length: Int(length))
        }
        return r.isAtEnd ? pieces : nil
    }

    /// Records where this build put each piece of the export at `path` (in file order).
    func wrote(_ path: String, _ pieces: [(key: ShardedStore.Key, place: Place)]) {
        lock.withLock { written[path] = pieces }
    }

    /// Saves the pieces of each export this build wrote, for the file `files` says it became (the staged file, the
    /// output's after the swap); the others' are kept, as their files are.
    func save(_ files: [String: FileStamp]) {
        let written = lock.withLock { self.written }
        guard !written.isEmpty else { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (path, pieces) in written {
            guard let file = files[path] else {
                unlink(url(of: path).path)
                continue
            }
            var w = CacheWriter(capacity: 40 + pieces.count * 32)
            for value in [file.inode, UInt64(truncatingIfNeeded: file.size), UInt64(truncatingIfNeeded: file.seconds),
                          UInt64(truncatingIfNeeded: file.nanoseconds), UInt64(pieces.count)] { w.word(value) }
            for piece in pieces {
                w.word(piece.key.high)
                w.word(piece.key.low)
                w.word(UInt64(piece.place.offset))
                w.word(UInt64(piece.place.length))
            }
            CacheFile.replace(url(of: path), with: header(path) + w.bytes)
        }
    }

    private func header(_ path: String) -> [UInt8] { Array("briefgen-pieces 1 \(stamp) \(path)\n".utf8) }

    private func url(of path: String) -> URL {
        folder.appendingPathComponent(path.replacingOccurrences(of: "/", with: "_"))
    }
}

/// One export's pieces while a build writes it: where the output's copy holds each article's (to take it from there)
/// and where this build puts each (saved for the next build, see ``ExportPieces``).
final class PieceLog: @unchecked Sendable {
    private let path: String
    private let cache: AnalysisCache?
    private let keys: [ShardedStore.Key?]
    /// By article, where the output's file holds its piece; empty when the file is not the one the pieces describe.
    private let lastPlaces: [ExportPieces.Place?]
    /// Written by ``placed`` only, one piece after the other.
    private var placedPieces: [(key: ShardedStore.Key, place: ExportPieces.Place)] = []

    init(path: String, articles: [AnalyzedArticle], cache: AnalysisCache?, reference: FileStamp?) {
        self.path = path
        self.cache = cache
        let keys = cache == nil ? [] : articles.map(\.storeKey)
        self.keys = keys
        let last = cache?.pieces.pieces(of: path, in: reference)
        lastPlaces = last.map { last in keys.map { $0.flatMap { last[$0] } } } ?? []
    }

    /// Article `index`'s piece as the output's file holds it, if it does (read on any thread).
    func reference(_ index: Int) -> ExportPiece? {
        guard !lastPlaces.isEmpty, let place = lastPlaces[index] else { return nil }
        return .reference(offset: place.offset, length: place.length)
    }

    /// For ``ParallelEncoding/encode(_:into:separator:placed:_:)``: article, offset, length.
    var placed: (Int, Int, Int) -> Void {
        { [self] index, offset, length in
            guard index < keys.count, let key = keys[index] else { return }
            placedPieces.append((key, ExportPieces.Place(offset: offset, length: length)))
        }
    }

    /// Hands what was placed to the cache, once the whole file is written.
    func finish() { cache?.pieces.wrote(path, placedPieces) }
}
