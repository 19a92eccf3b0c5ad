/// Feeds an `Encodable` value straight into a ``StableHasher``: the fingerprint of a page's view without writing the
/// view out as JSON first (encoding the timeline and statistics views to JSON, only to hash the text, was a tenth of a
/// rebuild that changed one article).
///
/// Every key, string and container is fed with its length or an open and close mark, so two different values cannot
/// feed the same sequence: `["a", "b"]` and `["ab"]`, a missing key and a nil, an empty list and no list all differ.
/// Values are fed in the order their `encode(to:)` writes them, which is fixed for a type.
enum HashingEncoder {
    /// Combines `value` into `hasher`.
    static func combine<T: Encodable>(_ value: T, into hasher: inout StableHasher) throws {
        let sink = HashSink(hasher)
        try value.encode(to: HashingEncoderImpl(sink: sink))
        hasher = sink.hasher
    }
}

/// The hasher every container of one encoding feeds (containers are value types handed out by the encoder).
private final class HashSink {
    var hasher: StableHasher
    init(_ hasher: StableHasher) { self.hasher = hasher }

    enum Mark: Int { case keyed = -101, unkeyed = -102, end = -103, null = -104, int = -105, double = -106, string = -107, bool = -108 }

    func mark(_ m: Mark) { hasher.combine(m.rawValue) }
    func string(_ s: String) {
        mark(.string)
        hasher.combine(s)
    }
}

private struct HashingEncoderImpl: Encoder {
    let sink: HashSink
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        sink.mark(.keyed)
        return KeyedEncodingContainer(KeyedHashContainer<Key>(sink: sink))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        sink.mark(.unkeyed)
        return UnkeyedHashContainer(sink: sink)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleHashContainer(sink: sink) }
}

/// Scalars shared by the three container kinds.
private protocol HashScalars {
    var sink: HashSink { get }
}

extension HashScalars {
    func feedNil() { sink.mark(.null) }
    func feed(_ value: Bool) {
        sink.mark(.bool)
        sink.hasher.combine(value)
    }
    func feed(_ value: String) { sink.string(value) }
    func feed(_ value: Double) {
        sink.mark(.double)
        sink.hasher.combine(Int(bitPattern: UInt(value.bitPattern)))
    }
    func feed<I: BinaryInteger>(_ value: I) {
        sink.mark(.int)
        if let small = Int(exactly: value) { sink.hasher.combine(small) } else { sink.string(String(value)) }
    }
    /// Scalars directly; anything else through its own `encode(to:)`, closed by an end mark.
    func feed<T: Encodable>(value: T) throws {
        switch value {
        case let v as String: feed(v)
        case let v as Int: feed(v)
        case let v as Bool: feed(v)
        case let v as Double: feed(v)
        default:
            try value.encode(to: HashingEncoderImpl(sink: sink))
            sink.mark(.end)
        }
    }
}

private struct KeyedHashContainer<Key: CodingKey>: KeyedEncodingContainerProtocol, HashScalars {
    let sink: HashSink
    var codingPath: [any CodingKey] { [] }

    private func key(_ key: Key) { sink.string(key.stringValue) }

    mutating func encodeNil(forKey k: Key) throws { key(k); feedNil() }
    mutating func encode(_ value: Bool, forKey k: Key) throws { key(k); feed(value) }
    mutating func encode(_ value: String, forKey k: Key) throws { key(k); feed(value) }
    mutating func encode(_ value: Double, forKey k: Key) throws { key(k); feed(value) }
    mutating func encode(_ value: Float, forKey k: Key) throws { key(k); feed(Double(value)) }
    mutating func encode(_ value: Int, forKey k: Key) throws { key(k); feed(value) }
    mutating func encode(_ value: Int8, forKey k: Key) throws { key(k); feed(value) }
    mutating func encode(_ value: Int16, forKey k: Key) throws { key(k); feed(value) }
    mutating func encode(_ value: Int32, forKey k: Key) throws { key(k); feed(value) }
    mutating func encode(_ value: Int64, forKey k: Key) throws { key(k); feed(value) }
    mutating func encode(_ value: UInt, forKey k: Key) throws { key(k); feed(value) }
    mutating func encode(_ value: UInt8, forKey k: Key) throws { key(k); feed(value) }
    mutating func encode(_ value: UInt16, forKey k: Key) throws { key(k); feed(value) }
    mutating func encode(_ value: UInt32, forKey k: Key) throws { key(k); feed(value) }
    mutating func encode(_ value: UInt64, forKey k: Key) throws { key(k); feed(value) }
    mutating func encode<T: Encodable>(_ value: T, forKey k: Key) throws { key(k); try feed(value: value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey k: Key) -> KeyedEncodingContainer<NestedKey> {
        key(k)
        sink.mark(.keyed)
        return KeyedEncodingContainer(KeyedHashContainer<NestedKey>(sink: sink))
    }

    mutating func nestedUnkeyedContainer(forKey k: Key) -> any UnkeyedEncodingContainer {
        key(k)
        sink.mark(.unkeyed)
        return UnkeyedHashContainer(sink: sink)
    }

    mutating func superEncoder() -> any Encoder { HashingEncoderImpl(sink: sink) }
    mutating func superEncoder(forKey k: Key) -> any Encoder { key(k); return HashingEncoderImpl(sink: sink) }
}

private struct UnkeyedHashContainer: UnkeyedEncodingContainer, HashScalars {
    let sink: HashSink
    var codingPath: [any CodingKey] { [] }
    private(set) var count = 0

    init(sink: HashSink) { self.sink = sink }

    mutating func encodeNil() throws { count += 1; feedNil() }
    mutating func encode(_ value: Bool) throws { count += 1; feed(value) }
    mutating func encode(_ value: String) throws { count += 1; feed(value) }
    mutating func encode(_ value: Double) throws { count += 1; feed(value) }
    mutating func encode(_ value: Float) throws { count += 1; feed(Double(value)) }
    mutating func encode(_ value: Int) throws { count += 1; feed(value) }
    mutating func encode(_ value: Int8) throws { count += 1; feed(value) }
    mutating func encode(_ value: Int16) throws { count += 1; feed(value) }
    mutating func encode(_ value: Int32) throws { count += 1; feed(value) }
    mutating func encode(_ value: Int64) throws { count += 1; feed(value) }
    mutating func encode(_ value: UInt) throws { count += 1; feed(value) }
    mutating func encode(_ value: UInt8) throws { count += 1; feed(value) }
    mutating func encode(_ value: UInt16) throws { count += 1; feed(value) }
    mutating func encode(_ value: UInt32) throws { count += 1; feed(value) }
    mutating func encode(_ value: UInt64) throws { count += 1; feed(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { count += 1; try feed(value: value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        count += 1
        sink.mark(.keyed)
        return KeyedEncodingContainer(KeyedHashContainer<NestedKey>(sink: sink))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        count += 1
        sink.mark(.unkeyed)
        return UnkeyedHashContainer(sink: sink)
    }

    mutating func superEncoder() -> any Encoder { count += 1; return HashingEncoderImpl(sink: sink) }
}

private struct SingleHashContainer: SingleValueEncodingContainer, HashScalars {
    let sink: HashSink
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { feedNil() }
    mutating func encode(_ value: Bool) throws { feed(value) }
    mutating func encode(_ value: String) throws { feed(value) }
    mutating func encode(_ value: Double) throws { feed(value) }
    mutating func encode(_ value: Float) throws { feed(Double(value)) }
    mutating func encode(_ value: Int) throws { feed(value) }
    mutating func encode(_ value: Int8) throws { feed(value) }
    mutating func encode(_ value: Int16) throws { feed(value) }
    mutating func encode(_ value: Int32) throws { feed(value) }
    mutating func encode(_ value: Int64) throws { feed(value) }
    mutating func encode(_ value: UInt) throws { feed(value) }
    mutating func encode(_ value: UInt8) throws { feed(value) }
    mutating func encode(_ value: UInt16) throws { feed(value) }
    mutating func encode(_ value: UInt32) throws { feed(value) }
    mutating func encode(_ value: UInt64) throws { feed(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try feed(value: value) }
}
