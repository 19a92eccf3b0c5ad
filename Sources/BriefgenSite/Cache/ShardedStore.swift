import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Records (any bytes) on disk by article key (see ``BuildCache/key(for:fallbackDate:)``).
///
/// Stored in 64 shard files by the key's first characters, each a header line, then entries (the 32-character key,
/// the record's length as 4 little-endian bytes, the record), then an index of the entries (see ``index(of:after:)``),
/// so a rebuild that changes one article rewrites one small shard. Shard files are mapped into memory when opened:
/// the index is read in place, and a record is read where it lies, never copied into a buffer of its own. (Holding the
/// records was about 20 KB an article: a gigabyte for a rebuild of 50,000 articles; only where each lies is kept.)
/// Fresh records go to a spill file per shard, which has the shard's own layout, as soon as they are made, and can be
/// read back from it at once. ``save()`` gives a spill file its index and renames it into place when it holds exactly
/// the shard's records (every shard of a first build: nothing is copied), and merges the others one shard at a time.
/// Records no article used in a build are dropped when it saves.
final class ShardedStore: @unchecked Sendable {
    /// A key as two words: the 32 lower-case hexadecimal digits of a cache key, parsed once. (Kept as strings, the
    /// 10,000 keys of each of a rebuild's six stores were 60,000 allocations to open them and as many string hashes
    /// to see which shards changed.) Ordered as the digits are.
    struct Key: Hashable, Comparable {
        let high: UInt64
        let low: UInt64

        init(high: UInt64, low: UInt64) {
            self.high = high
            self.low = low
        }

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
    /// are only ever replaced whole (renamed over), never cut short, so a mapping stays valid while it lives: until
    /// ``save()`` or, for records read in place with their owner, until the last thing
    /// made from them is released.
    private var mappings: [Int32: MappedFile] = [:]
    /// Records put by this build, in the spill files.
    private var spilled: [Key: Location] = [:]
    /// Spill file per shard: -1 not opened yet, -2 failed (not used again this build).
    private var spills: [Int: Int32] = [:]
    private var spillSizes: [Int: Int] = [:]
    /// Entries written to each spill file, in the order of their places (a key put twice is there twice).
    private var spillEntries: [Int: [(key: Key, offset: Int, length: Int)]] = [:]
    private var used: Set<Key> = []

    static let shardCount = 64
    private static let keyLength = 32

    private let header: [UInt8]

    /// Opens the store of `kind` in `folder`. With `populate`, its shard files are mapped with their pages at once (a
    /// store whose every record a build reads); without, pages are mapped as they are first read (a store a rebuild
    /// may not read at all: the CSV and search-index entries when those files are taken as they were).
    init(folder: URL, kind: String, stamp: String, populate: Bool = true) {
        self.folder = folder
        header = Array("briefgen-\(kind) 5 \(stamp)\n".utf8)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        removeStaleFiles()
        for shard in 0..<ShardedStore.shardCount {
            let fd = open(shardURL(shard).path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            var info = stat()
            let size = fstat(fd, &info) == 0 ? Int(info.st_size) : 0
            // Mapped with its pages at once (`MAP_POPULATE`) when the build reads every record (the analyses, the export
            // records): one call maps them for less than a fault per 64 KB as they are first read.
            let flags = MAP_PRIVATE | (populate ? MAP_POPULATE : 0)
            guard size >= header.count, let base = mmap(nil, size, PROT_READ, flags, fd, 0), base != MAP_FAILED else {
                close(fd)
                continue
            }
            let mapped = MappedFile(base: base, count: size)
            let file = mapped.bytes
            guard file.prefix(header.count).elementsEqual(header) else {
                close(fd)
                continue
            }
            shardFiles.append(fd)
            mappings[fd] = mapped
            let headLength = ShardedStore.keyLength + 4
            func note(_ key: Key, at offset: Int, length: Int) {
                if key.shard == shard, stored.updateValue(Location(file: fd, offset: offset, length: length), forKey: key) == nil {
                    storedCounts[shard] += 1
                }
            }
            if let index = ShardedStore.index(of: file, after: header.count) {
                // Room for every shard's entries at once (shards are about equal): growing the table entry by entry was
                // a third of opening the stores of 50,000 articles.
                if stored.isEmpty { stored.reserveCapacity(index.count * ShardedStore.shardCount * 5 / 4) }
                for entry in index { note(entry.key, at: entry.offset, length: entry.length) }
                continue
            }
            // No index (the file was cut short, a full disk): the entries' heads are walked in place, and the entries
            // before the cut are kept.
            var at = header.count
            while size - at >= headLength {
                guard let key = Key(digits: UnsafeRawBufferPointer(rebasing: file[at..<(at + ShardedStore.keyLength)])) else { break }
                let n = ShardedStore.uint32(file, at: at + ShardedStore.keyLength)
                guard size - at - headLength >= n else { break }
                note(key, at: at + headLength, length: n)
                at += headLength + n
            }
        }
    }

    /// The index a shard file ends with: a `~` (no key starts with it, so a walk of the entries stops there), then per
    /// entry, in file order, the key's 32 digits, the record's offset (8 bytes) and length (4 bytes), little-endian;
    /// then the entry count (4 bytes) and ``indexMark``.
    private static let indexMark = Array("BGINDEX1".utf8)
    private static let indexEntryLength = keyLength + 12

    /// The index at the end of `file`, if it is there and every entry lies between the header and the index, in order;
    /// nil otherwise.
    private static func index(of file: UnsafeRawBufferPointer, after headerLength: Int) -> [(key: Key, offset: Int, length: Int)]? {
        let size = file.count, tail = 4 + indexMark.count
        guard size - headerLength >= tail, file[(size - indexMark.count)...].elementsEqual(indexMark) else { return nil }
        let count = uint32(file, at: size - tail)
        guard count <= (size - headerLength - tail - 1) / indexEntryLength else { return nil }
        let start = size - tail - count * indexEntryLength
        guard file[start - 1] == 0x7E else { return nil }
        var entries: [(key: Key, offset: Int, length: Int)] = []
        entries.reserveCapacity(count)
        var end = headerLength
        for n in 0..<count {
            let at = start + n * indexEntryLength
            guard let key = Key(digits: UnsafeRawBufferPointer(rebasing: file[at..<(at + keyLength)])) else { return nil }
            let offset = uint32(file, at: at + keyLength) | uint32(file, at: at + keyLength + 4) << 32
            let length = uint32(file, at: at + keyLength + 8)
            guard offset - end >= keyLength + 4, length <= start - 1 - offset else { return nil }
            entries.append((key, offset, length))
            end = offset + length
        }
        return entries
    }

    /// ``index(of:after:)``'s bytes for entries at these places.
    private static func indexBytes(_ entries: [(key: Key, offset: Int, length: Int)]) -> [UInt8] {
        var bytes: [UInt8] = [0x7E]
        bytes.reserveCapacity(1 + entries.count * indexEntryLength + 4 + indexMark.count)
        for entry in entries {
            entry.key.appendDigits(to: &bytes)
            appendUInt32(entry.offset & 0xFFFF_FFFF, to: &bytes)
            appendUInt32(entry.offset >> 32, to: &bytes)
            appendUInt32(entry.length, to: &bytes)
        }
        appendUInt32(entries.count, to: &bytes)
        return bytes + indexMark
    }

    deinit {
        // A build that ended before saving (it failed): nothing of this store may outlive it in a long-running process
        // (its mappings go with the last record read from them).
        for fd in shardFiles { close(fd) }
        for fd in spills.values where fd >= 0 { close(fd) }
        for shard in spills.keys { unlink(spillURL(shard).path) }
    }

    /// The record for `key` — put by this build, else stored by the last one — or nil.
    func record(_ key: String) -> ArraySlice<UInt8>? {
        withRecord(key) { ArraySlice($0) }
    }

    /// `body` over the record for `key` (put by this build, else stored by the last one), read in place where the
    /// store's file is mapped; nil when there is no such record, it cannot be read or `body` throws.
    func withRecord<T>(_ key: String, _ body: (UnsafeRawBufferPointer) throws -> T) -> T? {
        guard let key = Key(key) else { return nil }
        return withRecord(key, body)
    }

    /// ``withRecord(_:_:)`` for a parsed key.
    func withRecord<T>(_ key: Key, _ body: (UnsafeRawBufferPointer) throws -> T) -> T? {
        withRecord(key) { bytes, _ in try body(bytes) }
    }

    /// `body` over the record for `key` as ``withRecord(_:_:)`` reads it, with the object that keeps the bytes mapped
    /// when they lie in a mapped shard file (they stay valid, and unchanged, as long as it lives, even after
    /// ``save()``); nil as owner when the record was read into a buffer that lasts only for the call.
    func withRecord<T>(_ key: String, _ body: (UnsafeRawBufferPointer, AnyObject?) throws -> T) -> T? {
        guard let key = Key(key) else { return nil }
        return withRecord(key, body)
    }

    /// ``withRecord(_:_:)`` with the owner, for a parsed key.
    func withRecord<T>(_ key: Key, _ body: (UnsafeRawBufferPointer, AnyObject?) throws -> T) -> T? {
        let (location, mapped) = lock.withLock { () -> (Location?, MappedFile?) in
            if let fresh = spilled[key] { return (fresh, nil) }
            guard let old = stored[key] else { return (nil, nil) }
            return (old, mappings[old.file])
        }
        guard let location else { return nil }
        if let mapped {
            let file = mapped.bytes
            guard location.offset >= 0, location.length <= file.count - location.offset else { return nil }
            return try? body(UnsafeRawBufferPointer(rebasing: file[location.offset..<(location.offset + location.length)]), mapped)
        }
        guard let bytes = ShardedStore.read(location) else { return nil }
        return try? bytes.withUnsafeBytes { try body($0, nil) }
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
            if let mapping = mappings[old.file]?.bytes, old.offset >= 0, old.length <= mapping.count - old.offset,
               let base = mapping.baseAddress {
                bytes.mapped = UInt(bitPattern: base + old.offset)
            }
            return bytes
        }
    }

    /// Whether the store held no record when it was opened.
    var isEmpty: Bool { lock.withLock { stored.isEmpty } }

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
        var head: [UInt8] = []
        head.reserveCapacity(ShardedStore.keyLength + 4)
        key.appendDigits(to: &head)
        ShardedStore.appendUInt32(record.count, to: &head)
        let shard = key.shard
        // The entry's place in the spill file is taken under the lock and written outside it, so that the analyses
        // finishing on every core do not wait for each other's writes.
        let place: (file: Int32, offset: Int)? = lock.withLock {
            var fd = spills[shard] ?? -1
            if fd == -1 {
                // This process's own file (O_EXCL): the offsets kept in `spilled` are only right if no other build
                // (two started at once on one output, before one of them finds the output locked) writes to it.
                let path = spillURL(shard).path
                unlink(path)
                fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
                if fd >= 0, (try? FileBytes.writeAll(header, to: fd)) == nil {
                    close(fd)
                    unlink(path)
                    fd = -2
                }
                if fd < 0 { fd = -2 }
                spills[shard] = fd
                spillSizes[shard] = header.count
            }
            guard fd >= 0 else { return nil }
            let offset = spillSizes[shard] ?? header.count
            spillSizes[shard] = offset + head.count + record.count
            spillEntries[shard, default: []].append((key, offset + head.count, record.count))
            return (fd, offset)
        }
        guard let place else { return false }
        let written = ShardedStore.write([head, record], to: place.file, at: place.offset)
        return lock.withLock {
            guard written, spills[shard] == place.file else {
                // A failed write leaves a gap: this shard spills no more, and its spill file is never renamed into place.
                if spills[shard] == place.file {
                    close(place.file)
                    spills[shard] = -2
                }
                return false
            }
            spilled[key] = Location(file: place.file, offset: place.offset + head.count, length: record.count)
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
        // The shards are written on all cores. (The closure reads this store's tables, which nothing changes until it
        // is done: the lock is held.)
        let byShard = shards, putIn = put, usedStoredIn = usedStored
        let renamed = Concurrently.map(ShardedStore.shardCount) { shard -> Bool in
            let keys = byShard[shard]
            guard putIn[shard] || usedStoredIn[shard] != self.storedCounts[shard] else { return false }
            if keys.isEmpty {
                unlink(self.shardURL(shard).path)
                return false
            }
            let spillFile = self.spills[shard] ?? -1
            // Every record is this build's, each put once: the spill file, with its index, is the shard.
            if spillFile >= 0, usedStoredIn[shard] == 0, let entries = self.spillEntries[shard], entries.count == keys.count,
               ShardedStore.write([ShardedStore.indexBytes(entries.sorted { $0.offset < $1.offset })], to: spillFile,
                                  at: self.spillSizes[shard] ?? 0),
               rename(self.spillURL(shard).path, self.shardURL(shard).path) == 0 {
                return true
            }
            let spill = (spillFile >= 0 ? ShardedStore.read(Location(file: spillFile, offset: 0, length: self.spillSizes[shard] ?? 0)) : nil) ?? []
            // Header, then the entries in key order.
            var records: [(key: Key, record: UnsafeRawBufferPointer)] = []
            records.reserveCapacity(keys.count)
            var bytes = self.header
            return spill.withUnsafeBytes { spillBytes -> Bool in
                for key in keys.sorted() {
                    if let location = self.spilled[key] {
                        guard location.file == spillFile, location.offset + location.length <= spillBytes.count else { continue }
                        records.append((key, UnsafeRawBufferPointer(rebasing: spillBytes[location.offset..<(location.offset + location.length)])))
                    } else if let location = self.stored[key], let mapping = self.mappings[location.file]?.bytes,
                              location.offset + location.length <= mapping.count {
                        records.append((key, UnsafeRawBufferPointer(rebasing: mapping[location.offset..<(location.offset + location.length)])))
                    }
                }
                bytes.reserveCapacity(self.header.count + records.reduce(0) { $0 + ShardedStore.keyLength + 4 + $1.record.count }
                                      + records.count * ShardedStore.indexEntryLength + 16)
                var index: [(key: Key, offset: Int, length: Int)] = []
                index.reserveCapacity(records.count)
                for (key, record) in records {
                    key.appendDigits(to: &bytes)
                    ShardedStore.appendUInt32(record.count, to: &bytes)
                    index.append((key, bytes.count, record.count))
                    bytes += record
                }
                bytes += ShardedStore.indexBytes(index)
                CacheFile.replace(self.shardURL(shard), with: bytes)
                return false
            }
        }
        for fd in spills.values where fd >= 0 { close(fd) }
        for (shard, wasRenamed) in renamed.enumerated() where !wasRenamed && spills[shard] != nil { unlink(spillURL(shard).path) }
        // Unmapped now unless records read in place still need them (the two-argument ``withRecord(_:_:)``).
        mappings = [:]
        for fd in shardFiles { close(fd) }
        stored = [:]
        storedCounts = [Int](repeating: 0, count: ShardedStore.shardCount)
        shardFiles = []
        spilled = [:]
        spills = [:]
        spillSizes = [:]
        spillEntries = [:]
        used = []
    }

    /// Writes `parts` one after the other at `offset` of `file` (`pwritev`, retried until all is written).
    private static func write(_ parts: [[UInt8]], to file: Int32, at offset: Int) -> Bool {
        var done = 0
        let total = parts.reduce(0) { $0 + $1.count }
        while done < total {
            // The parts from `done` on, as one contiguous copy only when a write stopped part-way (rare).
            let rest = done == 0 ? parts : [Array(parts.joined().dropFirst(done))]
            let n = rest[0].withUnsafeBytes { first -> Int in
                guard rest.count > 1 else { return pwrite(file, first.baseAddress, first.count, off_t(offset + done)) }
                return rest[1].withUnsafeBytes { second -> Int in
                    var vectors = [iovec(iov_base: UnsafeMutableRawPointer(mutating: first.baseAddress), iov_len: first.count),
                                   iovec(iov_base: UnsafeMutableRawPointer(mutating: second.baseAddress), iov_len: second.count)]
                    return pwritev(file, &vectors, 2, off_t(offset + done))
                }
            }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return false }
            done += n
        }
        return true
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

    private static func appendUInt32(_ value: Int, to bytes: inout [UInt8]) {
        let n = UInt32(value)
        for shift in [0, 8, 16, 24] as [UInt32] { bytes.append(UInt8(truncatingIfNeeded: n >> shift)) }
    }

    private static func uint32(_ bytes: UnsafeRawBufferPointer, at index: Int) -> Int {
        Int(bytes[index]) | Int(bytes[index + 1]) << 8 | Int(bytes[index + 2]) << 16 | Int(bytes[index + 3]) << 24
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

/// A file mapped read-only into memory, unmapped when the last reference goes: the store holds one per open shard
/// file, and what is made from its records in place (an article's text) holds it too.
final class MappedFile: @unchecked Sendable {
    /// The file's bytes.
    let bytes: UnsafeRawBufferPointer

    /// Takes over the mapping of `count` bytes at `base`.
    init(base: UnsafeMutableRawPointer, count: Int) {
        bytes = UnsafeRawBufferPointer(start: base, count: count)
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }
}
