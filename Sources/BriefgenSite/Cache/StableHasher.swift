/// A 128-bit hash that is the same in every process and on every run (Swift's `Hasher` is seeded per process), for
/// cache keys and page fingerprints. Not cryptographic: it guards against change, not against an adversary.
struct StableHasher {
    private var a: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F

    /// Adds bytes; each call is delimited by its length, so ("ab", "c") and ("a", "bc") differ.
    mutating func combine(bytes: UnsafeRawBufferPointer) {
        var i = 0
        let n = bytes.count
        while i + 8 <= n {
            mix(bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        var tail: UInt64 = 0, shift: UInt64 = 0
        while i < n {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        mix(tail)
        mix(UInt64(n) ^ 0xA076_1D64_78BD_642F)
    }

    mutating func combine(_ bytes: [UInt8]) { bytes.withUnsafeBytes { combine(bytes: $0) } }

    mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    mutating func combine(_ text: String?) {
        combine(text == nil ? 0 : 1)
        if let text { combine(text) }
    }

    mutating func combine(_ value: Int) { mix(UInt64(bitPattern: Int64(value))) }

    mutating func combine(_ value: UInt64) { mix(value) }

    mutating func combine(_ value: UInt64?) {
        combine(value == nil ? 0 : 1)
        if let value { mix(value) }
    }

    mutating func combine(_ value: Bool) { mix(value ? 0x5555 : 0xAAAA) }

    private mutating func mix(_ word: UInt64) {
        a = (a ^ word) &* 0xFF51_AFD7_ED55_8CCD
        a ^= a >> 33
        b = (b &+ word ^ (a >> 7)) &* 0xC4CE_B9FE_1A85_EC53
        b ^= b >> 29
    }

    /// 32 hexadecimal digits.
    func finalize() -> String {
        var x = a, y = b
        x = (x ^ (y >> 31)) &* 0x94D0_49BB_1331_11EB
        y = (y ^ (x >> 27)) &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 31
        y ^= y >> 31
        let hex = String(x, radix: 16), hey = String(y, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex + String(repeating: "0", count: 16 - hey.count) + hey
    }

    /// The hash as one 64-bit word (for digests kept by the thousand, where a string each would cost more than it
    /// saves).
    func finalizeWord() -> UInt64 {
        var x = a, y = b
        x = (x ^ (y >> 31)) &* 0x94D0_49BB_1331_11EB
        y = (y ^ (x >> 27)) &* 0xBF58_476D_1CE4_E5B9
        return (x ^ (x >> 31)) ^ (y ^ (y >> 31)) &* 0x9E37_79B9_7F4A_7C15
    }

    /// The hash of one string.
    static func hash(_ text: String) -> String {
        var h = StableHasher()
        h.combine(text)
        return h.finalize()
    }
}
