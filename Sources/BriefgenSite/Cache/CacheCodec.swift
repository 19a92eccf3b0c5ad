import BriefgenText

/// A compact binary form for cache records: variable-length integers, length-prefixed UTF-8 strings, a flag byte
/// before optionals. Decoding JSON was a quarter of a rebuild that changed one article (every unchanged article's
/// analysis is read back); this form decodes several times faster. It is private to the cache, whose files carry
/// briefgen's stamp, so the layout can change with any build; ``CacheReader`` still checks every length and tag and
/// throws on anything malformed (the entry is then analysed again).
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    /// A signed integer, zigzag-encoded then written 7 bits a byte.
    mutating func int(_ value: Int) {
        var v = UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1))))
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// The double's bit pattern, little-endian.
    mutating func double(_ value: Double) {
        let bits = value.bitPattern
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
    }

    /// A 64-bit word, little-endian.
    mutating func word(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    mutating func string(_ value: String) {
        var s = value
        s.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optional<T>(_ value: T?, _ write: (inout CacheWriter, T) -> Void) {
        guard let value else { return bool(false) }
        bool(true)
        write(&self, value)
    }

    mutating func array<T>(_ values: [T], _ write: (inout CacheWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }

    /// An enum case by its raw string, so reordering cases cannot change what a record means.
    mutating func raw<T: RawRepresentable>(_ value: T) where T.RawValue == String { string(value.rawValue) }
}

/// Reads what ``CacheWriter`` wrote, checking bounds; throws ``CacheReader/Malformed`` on anything unexpected.
struct CacheReader {
    struct Malformed: Error {}

    private let bytes: UnsafeRawBufferPointer
    private var position = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func byte() throws -> UInt8 {
        guard position < bytes.count else { throw Malformed() }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func int() throws -> Int {
        var v: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw Malformed() }
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        let signed = Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1)))
        return Int(signed)
    }

    /// A non-negative count, bounded by what is left to read (each element takes at least a byte).
    mutating func count() throws -> Int {
        let n = try int()
        guard n >= 0, n <= bytes.count - position else { throw Malformed() }
        return n
    }

    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Malformed()
        }
    }

    mutating func double() throws -> Double {
        guard bytes.count - position >= 8 else { throw Malformed() }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(bytes[position + i]) << UInt64(i * 8) }
        position += 8
        return Double(bitPattern: bits)
    }

    mutating func word() throws -> UInt64 {
        guard bytes.count - position >= 8 else { throw Malformed() }
        var value: UInt64 = 0
        for i in 0..<8 { value |= UInt64(bytes[position + i]) << UInt64(i * 8) }
        position += 8
        return value
    }

    mutating func string() throws -> String {
        let n = try count()
        defer { position += n }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + n)]), as: UTF8.self)
    }

    /// A string written by ``CacheWriter/string(_:)``, left where it lies: `owner` keeps the reader's bytes valid.
    mutating func external(owner: AnyObject) throws -> ExternalUTF8 {
        let n = try count()
        defer { position += n }
        return ExternalUTF8(bytes: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + n)]), owner: owner)
    }

    mutating func optional<T>(_ read: (inout CacheReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func array<T>(_ read: (inout CacheReader) throws -> T) throws -> [T] {
        let n = try count()
        var values: [T] = []
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(try read(&self)) }
        return values
    }

    mutating func raw<T: RawRepresentable>(_: T.Type) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw Malformed() }
        return value
    }
}

extension CacheWriter {
    /// A publication date, every field as it is (the analysis and the article as read both keep one).
    mutating func publicationDate(_ p: PublicationDate) {
        optional(p.value) { $0.string($1) }
        raw(p.source)
        optional(p.evidence) { $0.string($1) }
        optional(p.precision) { $0.raw($1) }
        bool(p.isLowerBound)
    }
}

extension CacheReader {
    /// What ``CacheWriter/publicationDate(_:)`` wrote.
    mutating func publicationDate() throws -> PublicationDate {
        let value = try optional { try $0.string() }
        let source = try raw(PublicationDate.Source.self)
        let evidence = try optional { try $0.string() }
        let precision = try optional { try $0.raw(PublicationDate.Precision.self) }
        var date = PublicationDate(value: value, source: source, evidence: evidence, precision: precision, isLowerBound: try bool())
        date.precision = precision  // as stored, even where the initializer would derive one
        return date
    }
}
