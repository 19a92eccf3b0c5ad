import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Records (any bytes) on disk by article key (see ``BuildCache/key(for:fallbackDate:)``).
///
/// Stored in 64 shard files by the key's first characters, each a header, the entry count, an index of entries (the
/// 32-character key, the record's length as 4 little-endian bytes) and then the records in that order, so a rebuild
/// that changes one article rewrites one small shard, and opening a shard is two reads. Memory holds only where each
/// record lies: a record is read from disk when asked for. (Holding them was about 20 KB an article: a gigabyte for a
/// rebuild of 50,000 articles.) Fresh records go to a spill file per shard as soon as they are made and can be read
/// back from it at once; ``save()`` merges one shard at a time. Records no article used in a build are dropped when
/// it saves.
final class ShardedStore: @unchecked Sendable {
    /// A key as two words: the 32 lower-case hexadecimal digits of a cache key, parsed once. (Kept as strings, the
    /// 10,000 keys of each of a rebuild's six stores were 60,000 allocations to open them and as many string hashes
    /// to see which shards changed.) Ordered as the digits are.
    struct Key: Hashable, Comparable {
        let high: UInt64
        let low: UInt64

        /// Nil unless `hex` is exactly 32 lower-case hexadecimal digits.
        init?(_ hex: String) {
            var hex = hex
            guard let parsed = hex.withUTF8({ Key(digits: UnsafeRawBufferPointer($0)) }) else { return nil }
            self = parsed
        }

        /// Nil unless `digits` are exactly 32 lower-case hexadecimal digits. (Parsed through a table: a rebuild parses
        /// a key for each of 70,000 index entries and each of as many lookups.)
        init?(digits: UnsafeRawBufferPointer) {
            guard digits.count == ShardedStore.keyLength else { return nil }
            func word(_ start: Int) -> UInt64? {
                var value: UInt64 = 0, bad: UInt8 = 0
                for i in start..<(start + 16) {
                    let v = Key.digitValues[Int(digits[i])]
                    bad |= v
                    value = value << 4 | UInt64(v & 0x0F)
                }
                return bad & 0x80 == 0 ? value : nil
            }
            guard let high = word(0), let low = word(16) else { return nil }
            (self.high, self.low) = (high, low)
        }

        /// Each byte's digit value (`0`–`9`, `a`–`f`), 0x80 for any other byte.
        private static let digitValues: [UInt8] = (0...255).map { c -> UInt8 in
            switch c {
            case 0x30...0x39: UInt8(c - 0x30)
            case 0x61...0x66: UInt8(c - 0x61 + 10)
            default: 0x80
            }
        }

        /// The shard: the first two digits, modulo the shard count.
        var shard: Int { Int(high >> 56) % ShardedStore.shardCount }

        /// The 32 digits, as written in a shard's index.
        func appendDigits(to bytes: inout [UInt8]) {
            for word in [high, low] {
                for shift in stride(from: 60, through: 0, by: -4) {
                    let v = UInt8((word >> UInt64(shift)) & 0xF)
                    bytes.append(v < 10 ? 0x30 + v : 0x61 + v - 10)
                }
            }
        }

        static func < (a: Key, b: Key) -> Bool { (a.high, a.low) < (b.high, b.low) }
    }

    private struct Location {
        var file: Int32
        var offset: Int
        var length: Int
    }

    private let folder: URL
    private let lock = NSLock()
    /// Records of the last build, in its shard files (kept open until ``save()``).
    private var stored: [Key: Location] = [:]
    /// How many records each shard file holds.
    private var storedCounts = [Int](repeating: 0, count: ShardedStore.shardCount)
    private var shardFiles: [Int32] = []
    /// Each open shard file mapped into memory (read only), by descriptor: a record is decoded where it lies, with no
    /// read call, copy or buffer of its own (reading 20,000 records was a fifth of a rebuild's system time). Shard files
    /// are only ever replaced whole (renamed over), never cut short, so a mapping stays valid until ``save()``.
    private var mappings: [Int32: UnsafeRawBufferPointer] = [:]
    /// Records put by this build, in the spill files.
    private var spilled: [Key: Location] = [:]
    /// Spill file per shard: -1 not opened yet, -2 failed (not used again this build).
    private var spills: [Int: Int32] = [:]
    private var spillSizes: [Int: Int] = [:]
    private var used: Set<Key> = []

    static let shardCount = 64
    private static let keyLength = 32

    private let header: [UInt8]

    init(folder: URL, kind: String, stamp: String) {
        self.folder = folder
        header = Array("briefgen-\(kind) 3 \(stamp)\n".utf8)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        removeStaleFiles()
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
            if info.st_size > 0, let base = mmap(nil, Int(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED {
                mappings[fd] = UnsafeRawBufferPointer(start: base, count: Int(info.st_size))
            }
            // The shard's index (each key and its record's length) is read in one call; records are read when asked
            // for. (Reading each entry's head on its own was 60,000 reads for a rebuild of 10,000 articles.)
            let size = Int(info.st_size)
            let entrySize = ShardedStore.keyLength + 4
            guard let countBytes = ShardedStore.read(Location(file: fd, offset: header.count, length: 4)) else { continue }
            let count = ShardedStore.uint32(countBytes, at: countBytes.startIndex)
            let indexAt = header.count + 4
            guard count <= (size - indexAt) / entrySize,
                  let index = ShardedStore.read(Location(file: fd, offset: indexAt, length: count * entrySize)) else { continue }
            var at = indexAt + count * entrySize
            stored.reserveCapacity(stored.count + count)
            index.withUnsafeBytes { raw in
                for entry in 0..<count {
                    let head = entry * entrySize
                    let n = ShardedStore.uint32(index, at: index.startIndex + head + ShardedStore.keyLength)
                    guard size - at >= n else { break }  // cut short: keep what came before
                    if let key = Key(digits: UnsafeRawBufferPointer(rebasing: raw[head..<(head + ShardedStore.keyLength)])),
                       key.shard == shard {
                        stored[key] = Location(file: fd, offset: at, length: n)
                        storedCounts[shard] += 1
                    }
                    at += n
                }
            }
        }
    }

    deinit {
        // A build that ended before saving (it failed): nothing of this store may outlive it in a long-running process.
        for mapping in mappings.values { munmap(UnsafeMutableRawPointer(mutating: mapping.baseAddress), mapping.count) }
        for fd in shardFiles { close(fd) }
        for fd in spills.values where fd >= 0 { close(fd) }
        for shard in spills.keys { unlink(spillURL(shard).path) }
    }

    /// The record for `key` — put by this build, else stored by the last one — or nil.
    func record(_ key: String) -> ArraySlice<UInt8>? {
        guard let key = Key(key), let location = lock.withLock({ spilled[key] ?? stored[key] }) else { return nil }
        return ShardedStore.read(location)
    }

    /// `body` over the record for `key` (put by this build, else stored by the last one), read in place where the
    /// store's file is mapped; nil when there is no such record, it cannot be read or `body` throws.
    func withRecord<T>(_ key: String, _ body: (UnsafeRawBufferPointer) throws -> T) -> T? {
        guard let key = Key(key) else { return nil }
        return withRecord(key, body)
    }

    /// ``withRecord(_:_:)`` for a parsed key.
    func withRecord<T>(_ key: Key, _ body: (UnsafeRawBufferPointer) throws -> T) -> T? {
        let (location, mapped) = lock.withLock { () -> (Location?, UnsafeRawBufferPointer?) in
            if let fresh = spilled[key] { return (fresh, nil) }
            guard let old = stored[key] else { return (nil, nil) }
            return (old, mappings[old.file])
        }
        guard let location else { return nil }
        if let mapped {
            guard location.offset >= 0, location.length <= mapped.count - location.offset else { return nil }
            return try? body(UnsafeRawBufferPointer(rebasing: mapped[location.offset..<(location.offset + location.length)]))
        }
        guard let bytes = ShardedStore.read(location) else { return nil }
        return try? bytes.withUnsafeBytes { try body($0) }
    }

    /// Where the record for `key` lies (put by this build, else stored by the last one), for copying it file to file
    /// without reading it; valid until ``save()``.
    func stored(_ key: String) -> StoredBytes? {
        guard let key = Key(key) else { return nil }
        return stored(key)
    }

    /// ``stored(_:)`` for a parsed key.
    func stored(_ key: Key) -> StoredBytes? {
        lock.withLock {
            if let fresh = spilled[key] { return StoredBytes(file: fresh.file, offset: fresh.offset, length: fresh.length) }
            guard let old = stored[key] else { return nil }
            var bytes = StoredBytes(file: old.file, offset: old.offset, length: old.length)
            if let mapping = mappings[old.file], old.offset >= 0, old.length <= mapping.count - old.offset, let base = mapping.baseAddress {
                bytes.mapped = UInt(bitPattern: base + old.offset)
            }
            return bytes
        }
    }

    /// Whether a record for `key` is there (without reading it).
    func contains(_ key: String) -> Bool {
        guard let key = Key(key) else { return false }
        return contains(key)
    }

    /// ``contains(_:)`` for a parsed key.
    func contains(_ key: Key) -> Bool {
        lock.withLock { spilled[key] != nil || stored[key] != nil }
    }

    /// Keeps `key`'s stored record in the store when it is saved.
    func markUsed(_ key: String) {
        guard let key = Key(key) else { return }
        markUsed(key)
    }

    /// ``markUsed(_:)`` for a parsed key.
    func markUsed(_ key: Key) {
        lock.withLock { _ = used.insert(key) }
    }

    /// Remembers a fresh record (written by ``save()``; readable by ``record(_:)`` at once); false when it could not
    /// be kept.
    @discardableResult
    func put(_ key: String, _ record: [UInt8]) -> Bool {
        guard let key = Key(key), record.count <= Int(UInt32.max) else { return false }
        var line: [UInt8] = []
        line.reserveCapacity(ShardedStore.keyLength + 4 + record.count)
        ShardedStore.append(key, record[...], to: &line)
        let shard = key.shard
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
        // A shard changed when this build put a record in it, or did not use every record it held. (Every key used
        // is one that was stored or put: counting the stored ones used, per shard, says whether any was left out.)
        var shards = [[Key]](repeating: [], count: ShardedStore.shardCount)
        var usedStored = [Int](repeating: 0, count: ShardedStore.shardCount)
        var put = [Bool](repeating: false, count: ShardedStore.shardCount)
        for key in used {
            let shard = key.shard
            shards[shard].append(key)
            if spilled[key] != nil { put[shard] = true } else if stored[key] != nil { usedStored[shard] += 1 }
        }
        // The shards are written on all cores (at the end of a full build this was a few hundredths of a second on
        // one core, the other idle). A shard's fresh records are read from its spill file in one read, not one each.
        // (The closure reads this store's tables, which nothing changes until it is done: the lock is held.)
        let byShard = shards, putIn = put, usedStoredIn = usedStored
        _ = Concurrently.map(ShardedStore.shardCount) { shard in
            let keys = byShard[shard]
            guard putIn[shard] || usedStoredIn[shard] != self.storedCounts[shard] else { return }
            if keys.isEmpty {
                unlink(self.shardURL(shard).path)
                return
            }
            let spillFile = self.spills[shard] ?? -1
            let spill = spillFile >= 0 ? ShardedStore.read(Location(file: spillFile, offset: 0, length: self.spillSizes[shard] ?? 0)) : nil
            // Header, entry count, index (key, record length), then the records in the index's order.
            var records: [(key: Key, record: ArraySlice<UInt8>)] = []
            records.reserveCapacity(keys.count)
            for key in keys.sorted() {
                if let location = self.spilled[key], let spill, location.file == spillFile, location.offset + location.length <= spill.count {
                    records.append((key, spill[location.offset..<(location.offset + location.length)]))
                    continue
                }
                guard let location = self.spilled[key] ?? self.stored[key], let record = ShardedStore.read(location) else { continue }
                records.append((key, record))
            }
            var bytes = self.header
            bytes.reserveCapacity(self.header.count + 4 + records.reduce(0) { $0 + ShardedStore.keyLength + 4 + $1.record.count })
            ShardedStore.appendUInt32(records.count, to: &bytes)
            for (key, record) in records {
                key.appendDigits(to: &bytes)
                ShardedStore.appendUInt32(record.count, to: &bytes)
            }
            for (_, record) in records { bytes += record }
            CacheFile.replace(self.shardURL(shard), with: bytes)
        }
        for fd in spills.values where fd >= 0 { close(fd) }
        for shard in spills.keys { unlink(spillURL(shard).path) }
        for mapping in mappings.values { munmap(UnsafeMutableRawPointer(mutating: mapping.baseAddress), mapping.count) }
        mappings = [:]
        for fd in shardFiles { close(fd) }
        stored = [:]
        storedCounts = [Int](repeating: 0, count: ShardedStore.shardCount)
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

    /// Appends one spill entry: the key, the record's length (4 bytes, little-endian), the record.
    private static func append(_ key: Key, _ record: ArraySlice<UInt8>, to bytes: inout [UInt8]) {
        key.appendDigits(to: &bytes)
        appendUInt32(record.count, to: &bytes)
        bytes += record
    }

    private static func appendUInt32(_ value: Int, to bytes: inout [UInt8]) {
        let n = UInt32(value)
        for shift in [0, 8, 16, 24] as [UInt32] { bytes.append(UInt8(truncatingIfNeeded: n >> shift)) }
    }

    private static func uint32(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int {
        (0..<4).reduce(0) { $0 | Int(bytes[index + $1]) << ($1 * 8) }
    }

    private func spillURL(_ shard: Int) -> URL { folder.appendingPathComponent(String(format: "%02x.%d.spill", shard, getpid())) }

    /// Removes spill files that builds no longer running left behind (killed before they saved), and shard files of
    /// an earlier format.
    private func removeStaleFiles() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        // `xx.jsonl`: the shards of the JSON-lines format of earlier versions, never read since (a tenth of a
        // gigabyte a store at 10,000 articles, left behind by every upgrade).
        for name in names where name.hasSuffix(".jsonl") { unlink(folder.appendingPathComponent(name).path) }
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

}
