import Foundation

/// Encodes an `Encodable` value to the same bytes as Foundation's `JSONEncoder` with `[.sortedKeys,
/// .withoutEscapingSlashes]` (compact; keys sorted by their UTF-8 bytes; `"`, `\` and control characters escaped;
/// whole doubles without ".0"), but writes scalars straight to bytes instead of building a tree of boxed values
/// first: the data exports and the analysis cache encode every record of every article, and Foundation's encoder
/// was a seventh of a full build.
///
/// Why not a library: none of the mirrored packages encodes `Encodable` faster than Foundation; this is the one
/// format briefgen writes, so a small encoder of its own is cheaper than the dependency. A test checks it against
/// `JSONEncoder` on every record kind.
enum SortedJSONEncoder {
    /// The JSON bytes of `value`.
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        if let scalar = JSONScalar.bytes(of: value) { return scalar }
        let root = JSONNode()
        try value.encode(to: StreamingJSONEncoder(node: root))
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        try root.write(into: &out)
        return out
    }
}

/// One container being encoded (or a scalar a single-value container wrote): members are kept until the end, when
/// an object's keys are sorted. Scalar members are written at once into the node's own ``buffer`` and kept as a range
/// of it; only nested containers are nodes of their own (a node per scalar was most of the encoder's allocations).
final class JSONNode {
    enum Kind { case empty, scalar, object, array }
    enum Member {
        case inline(start: Int, end: Int)
        case child(JSONNode)
    }

    var kind: Kind = .empty
    /// The scalar's bytes (kind `.scalar`), or the bytes of a container's scalar members.
    var buffer: [UInt8] = []
    /// An object's keys, one per member.
    var keys: [String] = []
    var members: [Member] = []

    init() {}
    init(kind: Kind) { self.kind = kind }

    /// Adds a scalar member written by `write` (with its key, in an object).
    @inline(__always) func addScalar(key: String?, _ write: (inout [UInt8]) throws -> Void) rethrows {
        let start = buffer.count
        try write(&buffer)
        members.append(.inline(start: start, end: buffer.count))
        if let key { keys.append(key) }
    }

    /// Adds a member that is a container (or a value that encodes itself).
    func addChild(key: String?, _ child: JSONNode) {
        members.append(.child(child))
        if let key { keys.append(key) }
    }

    /// Adds any encodable member: scalars inline, anything else through its own `encode(to:)`.
    func add<T: Encodable>(key: String?, _ value: T, codingPath: [any CodingKey]) throws {
        switch value {
        case let v as String: addScalar(key: key) { JSONScalar.appendString(v, to: &$0) }
        case let v as Int: addScalar(key: key) { JSONScalar.appendInteger(v, to: &$0) }
        case let v as Double: try addScalar(key: key) { try JSONScalar.appendNumber(v, to: &$0) }
        case let v as Bool: addScalar(key: key) { $0 += v ? JSONScalar.trueBytes : JSONScalar.falseBytes }
        default:
            let child = JSONNode()
            try value.encode(to: StreamingJSONEncoder(node: child, codingPath: codingPath))
            addChild(key: key, child)
        }
    }

    /// Makes this node a scalar written by `write` (a single-value container).
    func setScalar(_ write: (inout [UInt8]) throws -> Void) rethrows {
        kind = .scalar
        buffer.removeAll(keepingCapacity: true)
        keys = []
        members = []
        try write(&buffer)
    }

    func write(into out: inout [UInt8]) throws {
        switch kind {
        case .empty:
            out.append(contentsOf: [0x7B, 0x7D])  // {} as JSONEncoder writes for a value that encodes nothing
        case .scalar:
            out += buffer
        case .object:
            out.append(0x7B)
            var order = Array(members.indices)
            if order.count > 1 {
                // Stable: a key encoded twice keeps its order, and the last one wins below, as in JSONEncoder.
                order.sort { a, b in
                    keys[a] == keys[b] ? a < b : keys[a].utf8.lexicographicallyPrecedes(keys[b].utf8)
                }
            }
            var first = true
            for (position, index) in order.enumerated() {
                if position + 1 < order.count, keys[order[position + 1]] == keys[index] { continue }
                if !first { out.append(0x2C) }
                first = false
                JSONScalar.appendString(keys[index], to: &out)
                out.append(0x3A)
                try writeMember(index, into: &out)
            }
            out.append(0x7D)
        case .array:
            out.append(0x5B)
            for index in members.indices {
                if index > 0 { out.append(0x2C) }
                try writeMember(index, into: &out)
            }
            out.append(0x5D)
        }
    }

    private func writeMember(_ index: Int, into out: inout [UInt8]) throws {
        switch members[index] {
        case .inline(let start, let end): out += buffer[start..<end]
        case .child(let node): try node.write(into: &out)
        }
    }
}

/// Scalars as JSONEncoder writes them.
enum JSONScalar {
    static let null: [UInt8] = Array("null".utf8)

    /// The bytes of a scalar value (string, number, bool), or nil for anything else.
    static func bytes<T>(of value: T) -> [UInt8]? {
        switch value {
        case let string as String:
            var out: [UInt8] = []
            appendString(string, to: &out)
            return out
        case let int as Int:
            var out: [UInt8] = []
            appendInteger(int, to: &out)
            return out
        case let double as Double: return try? number(double)
        case let bool as Bool: return Array((bool ? "true" : "false").utf8)
        case let int as any BinaryInteger: return Array(String(int).utf8)
        default: return nil
        }
    }

    /// A finite number as JSONEncoder writes it: its shortest round-trip form, without a trailing ".0".
    static func number<F: BinaryFloatingPoint & LosslessStringConvertible>(_ value: F) throws -> [UInt8] {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "\(value) is not valid JSON"))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return Array(text.utf8)
    }

    static let trueBytes: [UInt8] = Array("true".utf8)
    static let falseBytes: [UInt8] = Array("false".utf8)

    /// An integer in decimal, written digit by digit (no intermediate `String`).
    static func appendInteger(_ value: Int, to out: inout [UInt8]) {
        if value == 0 { return out.append(0x30) }
        var magnitude = value.magnitude
        if value < 0 { out.append(0x2D) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            while magnitude > 0 {
                d[count] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            for i in stride(from: count - 1, through: 0, by: -1) { out.append(d[i]) }
        }
    }

    /// A finite number, appended (see ``number(_:)``).
    static func appendNumber<F: BinaryFloatingPoint & LosslessStringConvertible>(_ value: F, to out: inout [UInt8]) throws {
        out += try number(value)
    }

    /// Any integer type.
    static func appendInteger<I: BinaryInteger>(_ value: I, to out: inout [UInt8]) {
        if let small = Int(exactly: value) { appendInteger(small, to: &out) } else { out += Array(String(value).utf8) }
    }

    static func appendString(_ string: String, to out: inout [UInt8]) {
        out.append(0x22)
        var copy = string
        copy.withUTF8 { bytes in
            var start = 0
            for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                start = i + 1
                switch byte {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x08: out.append(contentsOf: [0x5C, 0x62])
                case 0x0C: out.append(contentsOf: [0x5C, 0x66])
                case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: out.append(contentsOf: [0x5C, 0x72])
                case 0x09: out.append(contentsOf: [0x5C, 0x74])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        out.append(0x22)
    }
}

/// The `Encoder` behind ``SortedJSONEncoder``: every container writes into ``node``. Every scalar type has its own
/// method in each container: the protocols' defaults for the sized integers and `Float` call the generic `encode`,
/// which would ask the value to encode itself again, forever.
struct StreamingJSONEncoder: Encoder {
    let node: JSONNode
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if node.kind == .empty { node.kind = .object }
        return KeyedEncodingContainer(KeyedJSONContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if node.kind == .empty { node.kind = .array }
        return UnkeyedJSONContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleJSONContainer(node: node, codingPath: codingPath) }
}

struct KeyedJSONContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONNode
    var codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.addScalar(key: key.stringValue) { $0 += JSONScalar.null } }
    mutating func encode(_ value: String, forKey key: Key) throws { node.addScalar(key: key.stringValue) { JSONScalar.appendString(value, to: &$0) } }
    mutating func encode(_ value: Bool, forKey key: Key) throws { node.addScalar(key: key.stringValue) { $0 += value ? JSONScalar.trueBytes : JSONScalar.falseBytes } }
    mutating func encode(_ value: Double, forKey key: Key) throws { try node.addScalar(key: key.stringValue) { try JSONScalar.appendNumber(value, to: &$0) } }
    mutating func encode(_ value: Float, forKey key: Key) throws { try node.addScalar(key: key.stringValue) { try JSONScalar.appendNumber(value, to: &$0) } }
    mutating func encode(_ value: Int, forKey key: Key) throws { node.addScalar(key: key.stringValue) { JSONScalar.appendInteger(value, to: &$0) } }
    mutating func encode(_ value: Int8, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { integer(value, key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try node.add(key: key.stringValue, value, codingPath: codingPath + [key]) }

    private func integer<I: BinaryInteger>(_ value: I, _ key: Key) { node.addScalar(key: key.stringValue) { JSONScalar.appendInteger(value, to: &$0) } }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = JSONNode(kind: .object)
        node.addChild(key: key.stringValue, child)
        return KeyedEncodingContainer(KeyedJSONContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = JSONNode(kind: .array)
        node.addChild(key: key.stringValue, child)
        return UnkeyedJSONContainer(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        let child = JSONNode()
        node.addChild(key: "super", child)
        return StreamingJSONEncoder(node: child, codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let child = JSONNode()
        node.addChild(key: key.stringValue, child)
        return StreamingJSONEncoder(node: child, codingPath: codingPath + [key])
    }
}

struct UnkeyedJSONContainer: UnkeyedEncodingContainer {
    let node: JSONNode
    var codingPath: [any CodingKey]
    var count: Int { node.kind == .array ? node.members.count : 0 }

    mutating func encodeNil() throws { node.addScalar(key: nil) { $0 += JSONScalar.null } }
    mutating func encode(_ value: String) throws { node.addScalar(key: nil) { JSONScalar.appendString(value, to: &$0) } }
    mutating func encode(_ value: Bool) throws { node.addScalar(key: nil) { $0 += value ? JSONScalar.trueBytes : JSONScalar.falseBytes } }
    mutating func encode(_ value: Double) throws { try node.addScalar(key: nil) { try JSONScalar.appendNumber(value, to: &$0) } }
    mutating func encode(_ value: Float) throws { try node.addScalar(key: nil) { try JSONScalar.appendNumber(value, to: &$0) } }
    mutating func encode(_ value: Int) throws { node.addScalar(key: nil) { JSONScalar.appendInteger(value, to: &$0) } }
    mutating func encode(_ value: Int8) throws { integer(value) }
    mutating func encode(_ value: Int16) throws { integer(value) }
    mutating func encode(_ value: Int32) throws { integer(value) }
    mutating func encode(_ value: Int64) throws { integer(value) }
    mutating func encode(_ value: UInt) throws { integer(value) }
    mutating func encode(_ value: UInt8) throws { integer(value) }
    mutating func encode(_ value: UInt16) throws { integer(value) }
    mutating func encode(_ value: UInt32) throws { integer(value) }
    mutating func encode(_ value: UInt64) throws { integer(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try node.add(key: nil, value, codingPath: codingPath) }

    private func integer<I: BinaryInteger>(_ value: I) { node.addScalar(key: nil) { JSONScalar.appendInteger(value, to: &$0) } }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = JSONNode(kind: .object)
        node.addChild(key: nil, child)
        return KeyedEncodingContainer(KeyedJSONContainer<NestedKey>(node: child, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = JSONNode(kind: .array)
        node.addChild(key: nil, child)
        return UnkeyedJSONContainer(node: child, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        let child = JSONNode()
        node.addChild(key: nil, child)
        return StreamingJSONEncoder(node: child, codingPath: codingPath)
    }
}

struct SingleJSONContainer: SingleValueEncodingContainer {
    let node: JSONNode
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.setScalar { $0 += JSONScalar.null } }
    mutating func encode(_ value: String) throws { node.setScalar { JSONScalar.appendString(value, to: &$0) } }
    mutating func encode(_ value: Bool) throws { node.setScalar { $0 += value ? JSONScalar.trueBytes : JSONScalar.falseBytes } }
    mutating func encode(_ value: Double) throws { try node.setScalar { try JSONScalar.appendNumber(value, to: &$0) } }
    mutating func encode(_ value: Float) throws { try node.setScalar { try JSONScalar.appendNumber(value, to: &$0) } }
    mutating func encode(_ value: Int) throws { node.setScalar { JSONScalar.appendInteger(value, to: &$0) } }
    mutating func encode(_ value: Int8) throws { integer(value) }
    mutating func encode(_ value: Int16) throws { integer(value) }
    mutating func encode(_ value: Int32) throws { integer(value) }
    mutating func encode(_ value: Int64) throws { integer(value) }
    mutating func encode(_ value: UInt) throws { integer(value) }
    mutating func encode(_ value: UInt8) throws { integer(value) }
    mutating func encode(_ value: UInt16) throws { integer(value) }
    mutating func encode(_ value: UInt32) throws { integer(value) }
    mutating func encode(_ value: UInt64) throws { integer(value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        switch value {
        case let v as String: try encode(v)
        case let v as Int: try encode(v)
        case let v as Double: try encode(v)
        case let v as Bool: try encode(v)
        default:
            // The value's own encoding replaces this node's content (a wrapper such as JSONNumber encodes one value).
            let inner = JSONNode()
            try value.encode(to: StreamingJSONEncoder(node: inner, codingPath: codingPath))
            node.kind = inner.kind
            node.buffer = inner.buffer
            node.keys = inner.keys
            node.members = inner.members
        }
    }

    private func integer<I: BinaryInteger>(_ value: I) { node.setScalar { JSONScalar.appendInteger(value, to: &$0) } }
}
