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
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        try JSONNode.make(value).write(into: &out)
        return out
    }
}

/// One encoded value: bytes already written, or a container whose members are written (keys sorted) at the end.
final class JSONNode {
    enum Content {
        case empty
        case bytes([UInt8])
        case object([(key: String, node: JSONNode)])
        case array([JSONNode])
    }

    var content: Content = .empty

    init() {}
    init(bytes: [UInt8]) { content = .bytes(bytes) }

    static func make<T: Encodable>(_ value: T) throws -> JSONNode {
        if let scalar = JSONScalar.bytes(of: value) { return JSONNode(bytes: scalar) }
        let encoder = StreamingJSONEncoder(node: JSONNode())
        try value.encode(to: encoder)
        return encoder.node
    }

    func write(into out: inout [UInt8]) throws {
        switch content {
        case .empty:
            out.append(contentsOf: [0x7B, 0x7D])  // {} as JSONEncoder writes for a value that encodes nothing
        case .bytes(let bytes):
            out += bytes
        case .object(let members):
            out.append(0x7B)
            let sorted = members.count < 2 ? members : members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            var first = true
            for (index, (key, node)) in sorted.enumerated() {
                // A key encoded twice: the last value wins, as in JSONEncoder (the sort is stable).
                if index + 1 < sorted.count, sorted[index + 1].key == key { continue }
                if !first { out.append(0x2C) }
                first = false
                JSONScalar.appendString(key, to: &out)
                out.append(0x3A)
                try node.write(into: &out)
            }
            out.append(0x7D)
        case .array(let items):
            out.append(0x5B)
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(0x2C) }
                try item.write(into: &out)
            }
            out.append(0x5D)
        }
    }

    func append(key: String, _ node: JSONNode) {
        if case .object(var members) = content {
            content = .empty
            members.append((key, node))
            content = .object(members)
        } else {
            content = .object([(key, node)])
        }
    }

    func append(_ node: JSONNode) {
        if case .array(var items) = content {
            content = .empty
            items.append(node)
            content = .array(items)
        } else {
            content = .array([node])
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
        case let int as Int: return Array(String(int).utf8)
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
        if case .empty = node.content { node.content = .object([]) }
        return KeyedEncodingContainer(KeyedJSONContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .empty = node.content { node.content = .array([]) }
        return UnkeyedJSONContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleJSONContainer(node: node, codingPath: codingPath) }
}

struct KeyedJSONContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONNode
    var codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.append(key: key.stringValue, JSONNode(bytes: JSONScalar.null)) }
    mutating func encode(_ value: String, forKey key: Key) throws {
        var out: [UInt8] = []
        JSONScalar.appendString(value, to: &out)
        node.append(key: key.stringValue, JSONNode(bytes: out))
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { node.append(key: key.stringValue, JSONNode(bytes: Array(String(value).utf8))) }
    mutating func encode(_ value: Double, forKey key: Key) throws { node.append(key: key.stringValue, JSONNode(bytes: try JSONScalar.number(value))) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { node.append(key: key.stringValue, JSONNode(bytes: Array((value ? "true" : "false").utf8))) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { node.append(key: key.stringValue, JSONNode(bytes: Array(String(value).utf8))) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { node.append(key: key.stringValue, JSONNode(bytes: Array(String(value).utf8))) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { node.append(key: key.stringValue, JSONNode(bytes: Array(String(value).utf8))) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { node.append(key: key.stringValue, JSONNode(bytes: Array(String(value).utf8))) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { node.append(key: key.stringValue, JSONNode(bytes: Array(String(value).utf8))) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { node.append(key: key.stringValue, JSONNode(bytes: Array(String(value).utf8))) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { node.append(key: key.stringValue, JSONNode(bytes: Array(String(value).utf8))) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { node.append(key: key.stringValue, JSONNode(bytes: Array(String(value).utf8))) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { node.append(key: key.stringValue, JSONNode(bytes: Array(String(value).utf8))) }
    mutating func encode(_ value: Float, forKey key: Key) throws { node.append(key: key.stringValue, JSONNode(bytes: try JSONScalar.number(value))) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { node.append(key: key.stringValue, try JSONNode.make(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = JSONNode()
        child.content = .object([])
        node.append(key: key.stringValue, child)
        return KeyedEncodingContainer(KeyedJSONContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = JSONNode()
        child.content = .array([])
        node.append(key: key.stringValue, child)
        return UnkeyedJSONContainer(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        let child = JSONNode()
        node.append(key: "super", child)
        return StreamingJSONEncoder(node: child, codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let child = JSONNode()
        node.append(key: key.stringValue, child)
        return StreamingJSONEncoder(node: child, codingPath: codingPath + [key])
    }
}

struct UnkeyedJSONContainer: UnkeyedEncodingContainer {
    let node: JSONNode
    var codingPath: [any CodingKey]
    var count: Int {
        if case .array(let items) = node.content { return items.count }
        return 0
    }

    mutating func encodeNil() throws { node.append(JSONNode(bytes: JSONScalar.null)) }
    mutating func encode(_ value: String) throws {
        var out: [UInt8] = []
        JSONScalar.appendString(value, to: &out)
        node.append(JSONNode(bytes: out))
    }
    mutating func encode(_ value: Int) throws { node.append(JSONNode(bytes: Array(String(value).utf8))) }
    mutating func encode(_ value: Double) throws { node.append(JSONNode(bytes: try JSONScalar.number(value))) }
    mutating func encode(_ value: Int8) throws { node.append(JSONNode(bytes: Array(String(value).utf8))) }
    mutating func encode(_ value: Int16) throws { node.append(JSONNode(bytes: Array(String(value).utf8))) }
    mutating func encode(_ value: Int32) throws { node.append(JSONNode(bytes: Array(String(value).utf8))) }
    mutating func encode(_ value: Int64) throws { node.append(JSONNode(bytes: Array(String(value).utf8))) }
    mutating func encode(_ value: UInt) throws { node.append(JSONNode(bytes: Array(String(value).utf8))) }
    mutating func encode(_ value: UInt8) throws { node.append(JSONNode(bytes: Array(String(value).utf8))) }
    mutating func encode(_ value: UInt16) throws { node.append(JSONNode(bytes: Array(String(value).utf8))) }
    mutating func encode(_ value: UInt32) throws { node.append(JSONNode(bytes: Array(String(value).utf8))) }
    mutating func encode(_ value: UInt64) throws { node.append(JSONNode(bytes: Array(String(value).utf8))) }
    mutating func encode(_ value: Float) throws { node.append(JSONNode(bytes: try JSONScalar.number(value))) }
    mutating func encode(_ value: Bool) throws { node.append(JSONNode(bytes: Array((value ? "true" : "false").utf8))) }
    mutating func encode<T: Encodable>(_ value: T) throws { node.append(try JSONNode.make(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = JSONNode()
        child.content = .object([])
        node.append(child)
        return KeyedEncodingContainer(KeyedJSONContainer<NestedKey>(node: child, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = JSONNode()
        child.content = .array([])
        node.append(child)
        return UnkeyedJSONContainer(node: child, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        let child = JSONNode()
        node.append(child)
        return StreamingJSONEncoder(node: child, codingPath: codingPath)
    }
}

struct SingleJSONContainer: SingleValueEncodingContainer {
    let node: JSONNode
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.content = .bytes(JSONScalar.null) }
    mutating func encode(_ value: String) throws {
        var out: [UInt8] = []
        JSONScalar.appendString(value, to: &out)
        node.content = .bytes(out)
    }
    mutating func encode(_ value: Int) throws { node.content = .bytes(Array(String(value).utf8)) }
    mutating func encode(_ value: Double) throws { node.content = .bytes(try JSONScalar.number(value)) }
    mutating func encode(_ value: Bool) throws { node.content = .bytes(Array((value ? "true" : "false").utf8)) }
    mutating func encode(_ value: Int8) throws { node.content = .bytes(Array(String(value).utf8)) }
    mutating func encode(_ value: Int16) throws { node.content = .bytes(Array(String(value).utf8)) }
    mutating func encode(_ value: Int32) throws { node.content = .bytes(Array(String(value).utf8)) }
    mutating func encode(_ value: Int64) throws { node.content = .bytes(Array(String(value).utf8)) }
    mutating func encode(_ value: UInt) throws { node.content = .bytes(Array(String(value).utf8)) }
    mutating func encode(_ value: UInt8) throws { node.content = .bytes(Array(String(value).utf8)) }
    mutating func encode(_ value: UInt16) throws { node.content = .bytes(Array(String(value).utf8)) }
    mutating func encode(_ value: UInt32) throws { node.content = .bytes(Array(String(value).utf8)) }
    mutating func encode(_ value: UInt64) throws { node.content = .bytes(Array(String(value).utf8)) }
    mutating func encode(_ value: Float) throws { node.content = .bytes(try JSONScalar.number(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { node.content = try JSONNode.make(value).content }
}
