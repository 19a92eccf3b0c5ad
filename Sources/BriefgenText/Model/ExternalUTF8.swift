/// UTF-8 text that lies outside any `String` — a record of a cache file mapped into memory — with the object that
/// keeps it there.
///
/// A rebuild reads thousands of unchanged articles back from its cache and needs only slices of their text (the
/// sentences a changed page quotes): making each a `String` copied and validated every byte (57 MB for 10,000
/// articles, a twelfth of such a rebuild). The bytes are read as they lie. They are expected to be valid UTF-8 (what
/// a `String` held when they were written) but are never trusted to be: everything made from them as text
/// (``string``, ``ScalarText/slice(_:_:)``) goes through `String(decoding:as:)`, which repairs invalid sequences.
public struct ExternalUTF8: @unchecked Sendable {
    /// The bytes; valid as long as ``owner`` lives, and never changed while it does.
    public let bytes: UnsafeRawBufferPointer
    /// What keeps ``bytes`` valid (a mapping that is undone when it is released).
    public let owner: AnyObject

    /// Wraps `bytes`, which `owner` keeps valid and unchanged for as long as it lives.
    public init(bytes: UnsafeRawBufferPointer, owner: AnyObject) {
        self.bytes = bytes
        self.owner = owner
    }

    /// The text as a `String` (a copy; invalid UTF-8 repaired).
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// `body` over the bytes as UTF-8 code units.
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try withExtendedLifetime(owner) {
            try body(UnsafeBufferPointer(start: bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), count: bytes.count))
        }
    }
}
