import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Records (any bytes) on disk by article key (see ``BuildCache/key(for:fallbackDate:)``).
///
/// Stored as entries (the 32-character key, the record's length as 4 little-endian bytes, the record) in 64 shard
/// files by the key's first characters, so a rebuild that changes one article rewrites one small shard. Memory holds
/// only where each record lies: a record is read from disk when asked for. (Holding them was about 20 KB an article:
/// a gigabyte for a rebuild of 50,000 articles.) Fresh records go to a spill file per shard as soon as they are made
/// and can be read back from it at once; ``save()`` merges one shard at a time. Records no article used in a build
/// are dropped when it saves.
final class ShardedStore: @unchecked Sendable {
    private struct Location {
        var file: Int32
        var offset: Int
        var length: Int
    }

    private let folder: URL
    private let lock = NSLock()
    /// Records of the last build, in its shard files (kept open until ``save()``).
    private var stored: [String: Location] = [:]
    private var storedShards: [Int: Set<String>] = [:]
    private var shardFiles: [Int32] = []
    /// Records put by this build, in the spill files.
    private var spilled: [String: Location] = [:]
    /// Spill file per shard: -1 not opened yet, -2 failed (not used again this build).
    private var spills: [Int: Int32] = [:]
    private var spillSizes: [Int: Int] = [:]
    private var used: Set<String> = []

    static let shardCount = 64
    private static let keyLength = 32

    private let header: [UInt8]

    init(folder: URL, kind: String, stamp: String) {
        self.folder = folder
        header = Array("briefgen-\(kind) 2 \(stamp)\n".utf8)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        removeStaleSpills()
        for shard in 0..<ShardedStore.shardCount {
            let fd = open(shardURL(shard).path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            var info = stat()
            guard fstat(fd, &info) == 0, let start = ShardedStore.read(Location(file: fd, offset: 0, length: header.count)),
                  start.elementsEqual(header) else {
                close(fd)
                continue
            }
            shardFiles.append(fd)
            var keys: Set<String> = []
            // Only the entries' heads are read (key and length): records are read when asked for.
            var at = header.count
            let size = Int(info.st_size)
            while size - at >= ShardedStore.keyLength + 4, let head = ShardedStore.read(Location(file: fd, offset: at, length: ShardedStore.keyLength + 4)) {
                let n = (0..<4).reduce(0) { $0 | Int(head[head.startIndex + ShardedStore.keyLength + $1]) << ($1 * 8) }
                let recordAt = at + ShardedStore.keyLength + 4
                guard size - recordAt >= n else { break }  // cut short by a crash: keep what came before
                let key = String(decoding: head.prefix(ShardedStore.keyLength), as: UTF8.self)
                stored[key] = Location(file: fd, offset: recordAt, length: n)
                keys.insert(key)
                at = recordAt + n
            }
            storedShards[shard] = keys
        }
    }

    /// The record for `key` — put by this build, else stored by the last one — or nil.
    func record(_ key: String) -> ArraySlice<UInt8>? {
        guard let location = lock.withLock({ spilled[key] ?? stored[key] }) else { return nil }
        return ShardedStore.read(location)
    }

    /// Where the record for `key` lies (put by this build, else stored by the last one), for copying it file to file
    /// without reading it; valid until ``save()``.
    func stored(_ key: String) -> StoredBytes? {
        lock.withLock { (spilled[key] ?? stored[key]).map { StoredBytes(file: $0.file, offset: $0.offset, length: $0.length) } }
    }

    /// Whether a record for `key` is there (without reading it).
    func contains(_ key: String) -> Bool { lock.withLock { spilled[key] != nil || stored[key] != nil } }

    /// Keeps `key`'s stored record in the store when it is saved.
    func markUsed(_ key: String) { lock.withLock { _ = used.insert(key) } }

    /// Remembers a fresh record (written by ``save()``; readable by ``record(_:)`` at once); false when it could not
    /// be kept.
    @discardableResult
    func put(_ key: String, _ record: [UInt8]) -> Bool {
        guard key.utf8.count == ShardedStore.keyLength, record.count <= Int(UInt32.max) else { return false }
        var line: [UInt8] = []
        line.reserveCapacity(key.utf8.count + 4 + record.count)
        ShardedStore.append(key, record[...], to: &line)
        let shard = ShardedStore.shard(of: key)
        return lock.withLock {
            var fd = spills[shard] ?? -1
            if fd == -1 {
                // This process's own file (O_EXCL): the offsets kept in `spilled` are only right if no other build
                // (two started at once on one output, before one of them finds the output locked) appends to it.
                let path = spillURL(shard).path
                unlink(path)
                fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o644)
                if fd < 0 { fd = -2 }
                spills[shard] = fd
            }
            let size = spillSizes[shard] ?? 0
            guard fd >= 0, (try? FileBytes.writeAll(line, to: fd)) != nil else {
                // A partial entry would shift every later offset: this shard spills no more.
                if fd >= 0 { close(fd) }
                spills[shard] = -2
                return false
            }
            spillSizes[shard] = size + line.count
            spilled[key] = Location(file: fd, offset: size + ShardedStore.keyLength + 4, length: record.count)
            used.insert(key)
            return true
        }
    }

    /// Writes the shards whose entries changed (entries no article used in this build are dropped), then closes and
    /// forgets everything: call it once, at the end of the build.
    func save() {
        lock.lock()
        defer { lock.unlock() }
        var shards: [Int: [String]] = [:]
        for key in used { shards[ShardedStore.shard(of: key), default: []].append(key) }
        for shard in 0..<ShardedStore.shardCount {
            let keys = shards[shard] ?? []
            let changed = Set(keys) != (storedShards[shard] ?? []) || keys.contains { spilled[$0] != nil }
            guard changed else { continue }
            if keys.isEmpty {
                unlink(shardURL(shard).path)
                continue
            }
            var bytes = header
            for key in keys.sorted() {
                guard let location = spilled[key] ?? stored[key], let record = ShardedStore.read(location) else { continue }
                ShardedStore.append(key, record, to: &bytes)
            }
            CacheFile.replace(shardURL(shard), with: bytes)
        }
        for fd in spills.values where fd >= 0 { close(fd) }
        for shard in spills.keys { unlink(spillURL(shard).path) }
        for fd in shardFiles { close(fd) }
        stored = [:]
        storedShards = [:]
        shardFiles = []
        spilled = [:]
        spills = [:]
        spillSizes = [:]
        used = []
    }

    private static func read(_ location: Location) -> ArraySlice<UInt8>? {
        var bytes = [UInt8](repeating: 0, count: location.length)
        var done = 0
        while done < location.length {
            let n = bytes.withUnsafeMutableBytes {
                pread(location.file, $0.baseAddress! + done, location.length - done, off_t(location.offset + done))
            }
            if n <= 0 { return nil }
            done += n
        }
        return bytes[...]
    }

    /// Appends one entry: the key, the record's length (4 bytes, little-endian), the record.
    private static func append(_ key: String, _ record: ArraySlice<UInt8>, to bytes: inout [UInt8]) {
        bytes += key.utf8
        let n = UInt32(record.count)
        for shift in [0, 8, 16, 24] as [UInt32] { bytes.append(UInt8(truncatingIfNeeded: n >> shift)) }
        bytes += record
    }

    private func spillURL(_ shard: Int) -> URL { folder.appendingPathComponent(String(format: "%02x.%d.spill", shard, getpid())) }

    /// Removes spill files that builds no longer running left behind (killed before they saved).
    private func removeStaleSpills() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasSuffix(".spill") {
            let parts = name.split(separator: ".")
            // `xx.spill` from older briefgen versions, or `xx.<pid>.spill` of a process that is gone.
            guard parts.count == 3, let pid = Int32(parts[1]) else {
                unlink(folder.appendingPathComponent(name).path)
                continue
            }
            if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH { unlink(folder.appendingPathComponent(name).path) }
        }
    }

    private func shardURL(_ shard: Int) -> URL { folder.appendingPathComponent(String(format: "%02x.bin", shard)) }

    private static func shard(of key: String) -> Int {
        Int(key.utf8.prefix(2).reduce(0) { $0 * 16 + Int(hexValue($1)) }) % shardCount
    }

    private static func hexValue(_ c: UInt8) -> UInt8 { c >= 0x61 ? c - 0x61 + 10 : c - 0x30 }
}
