import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Records (any bytes) on disk by article key (see ``BuildCache/key(for:fallbackDate:)``).
///
/// Stored as entries (the 32-character key, the record's length as 4 little-endian bytes, the record) in 64 shard files by the key's first characters, so a rebuild that changes one
/// article rewrites one small shard. Fresh records go to a spill file per shard as soon as they are made (a full
/// build of 50,000 articles would otherwise hold every record, about a megabyte per 50 articles, until it ends);
/// ``save()`` merges one shard at a time. Records no article used in a build are dropped when it saves.
final class ShardedStore: @unchecked Sendable {
    private let folder: URL
    private let stamp: String
    private let lock = NSLock()
    private var stored: [String: ArraySlice<UInt8>] = [:]
    private var storedShards: [Int: Set<String>] = [:]
    private var used: Set<String> = []
    private var freshKeys: Set<String> = []
    private var spills: [Int: Int32] = [:]

    static let shardCount = 64

    private let header: [UInt8]

    init(folder: URL, kind: String, stamp: String) {
        self.folder = folder
        self.stamp = stamp
        header = Array("briefgen-\(kind) 2 \(stamp)\n".utf8)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for shard in 0..<ShardedStore.shardCount {
            guard let bytes = FileBytes.read(shardURL(shard).path), bytes.starts(with: header) else { continue }
            var keys: Set<String> = []
            ShardedStore.entries(bytes, from: header.count) { key, record in
                stored[key] = record
                keys.insert(key)
            }
            storedShards[shard] = keys
        }
    }

    /// The stored record for `key` (not yet marked used), or nil.
    func record(_ key: String) -> ArraySlice<UInt8>? { lock.withLock { stored[key] } }

    /// Keeps `key`'s stored record in the store when it is saved.
    func markUsed(_ key: String) { lock.withLock { _ = used.insert(key) } }

    /// Remembers a fresh record (written by ``save()``).
    func put(_ key: String, _ record: [UInt8]) {
        guard key.utf8.count == ShardedStore.keyLength, record.count <= Int(UInt32.max) else { return }
        var line: [UInt8] = []
        line.reserveCapacity(key.utf8.count + 4 + record.count)
        ShardedStore.append(key, record[...], to: &line)
        let shard = ShardedStore.shard(of: key)
        lock.withLock {
            var fd = spills[shard] ?? -1
            if fd < 0 {
                let path = spillURL(shard).path
                unlink(path)
                fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
                spills[shard] = fd
            }
            guard fd >= 0, (try? FileBytes.writeAll(line, to: fd)) != nil else { return }
            freshKeys.insert(key)
            used.insert(key)
        }
    }

    /// Writes the shards whose entries changed (entries no article used in this build are dropped), then lets go of
    /// every record in memory: call it once, at the end of the build.
    func save() {
        var shards: [Int: [String]] = [:]
        for key in used { shards[ShardedStore.shard(of: key), default: []].append(key) }
        for fd in spills.values where fd >= 0 { close(fd) }
        for shard in 0..<ShardedStore.shardCount {
            let keys = shards[shard] ?? []
            let spill = spillURL(shard).path
            defer { unlink(spill) }
            let changed = Set(keys) != (storedShards[shard] ?? []) || keys.contains { freshKeys.contains($0) }
            guard changed else { continue }
            if keys.isEmpty {
                unlink(shardURL(shard).path)
                continue
            }
            let spilled = spills[shard] != nil ? FileBytes.read(spill) ?? [] : []
            var fresh: [String: ArraySlice<UInt8>] = [:]
            ShardedStore.entries(spilled, from: 0) { key, record in fresh[key] = record }
            var bytes = header
            for key in keys.sorted() {
                guard let record = fresh[key] ?? stored[key] else { continue }
                ShardedStore.append(key, record, to: &bytes)
            }
            CacheFile.replace(shardURL(shard), with: bytes)
        }
        lock.withLock {
            stored = [:]
            freshKeys = []
            spills = [:]
            storedShards = [:]
        }
    }

    private static let keyLength = 32

    /// Appends one entry: the key, the record's length (4 bytes, little-endian), the record.
    private static func append(_ key: String, _ record: ArraySlice<UInt8>, to bytes: inout [UInt8]) {
        bytes += key.utf8
        let n = UInt32(record.count)
        for shift in [0, 8, 16, 24] as [UInt32] { bytes.append(UInt8(truncatingIfNeeded: n >> shift)) }
        bytes += record
    }

    /// Calls `body` with the key and record of every entry of `bytes` from `start`; stops at the first entry cut
    /// short (a shard or spill file cut by a crash keeps what came before).
    private static func entries(_ bytes: [UInt8], from start: Int, _ body: (String, ArraySlice<UInt8>) -> Void) {
        var at = start
        while bytes.count - at >= keyLength + 4 {
            let lengthAt = at + keyLength
            let n = (0..<4).reduce(0) { $0 | Int(bytes[lengthAt + $1]) << ($1 * 8) }
            let recordAt = lengthAt + 4
            guard bytes.count - recordAt >= n else { return }
            body(String(decoding: bytes[at..<lengthAt], as: UTF8.self), bytes[recordAt..<(recordAt + n)])
            at = recordAt + n
        }
    }

    private func spillURL(_ shard: Int) -> URL { folder.appendingPathComponent(String(format: "%02x.spill", shard)) }

    private func shardURL(_ shard: Int) -> URL { folder.appendingPathComponent(String(format: "%02x.bin", shard)) }

    private static func shard(of key: String) -> Int {
        Int(key.utf8.prefix(2).reduce(0) { $0 * 16 + Int(hexValue($1)) }) % shardCount
    }

    private static func hexValue(_ c: UInt8) -> UInt8 { c >= 0x61 ? c - 0x61 + 10 : c - 0x30 }
}
