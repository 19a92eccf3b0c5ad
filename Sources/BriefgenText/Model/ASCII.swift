/// ASCII fast paths for the hot loops: most news text is ASCII, and answering by comparison avoids Unicode property
/// lookups and `String` work. Callers fall back to the general (Unicode) path when a helper returns nil.
enum ASCII {
    /// The scalars in lower case as ASCII bytes, nil when any scalar is not ASCII.
    @inline(__always) static func lowercasedBytes(_ scalars: ArraySlice<Unicode.Scalar>) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars {
            let value = scalar.value
            guard value < 0x80 else { return nil }
            bytes.append(value >= 0x41 && value <= 0x5A ? UInt8(value + 0x20) : UInt8(value))
        }
        return bytes
    }

    /// A string of ASCII (or any valid UTF-8) bytes.
    @inline(__always) static func string<C: Collection<UInt8>>(_ bytes: C) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// An ASCII digit byte.
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
