/// Eight-scalar tests for the scans that pass over every scalar of an article (sentence ends, list markers): a chunk
/// that cannot hold what a scan looks for is skipped with a few vector comparisons instead of eight branches.
///
/// Each test is a superset of the exact one: a chunk it answers `false` for holds no match, and a chunk it answers
/// `true` for is scanned scalar by scalar as before, so the scans find exactly what they found one scalar at a time.
enum ScalarChunks {
    /// Scalars per chunk.
    static let width = 8

    /// The eight scalars at `offset` of `buffer` (the caller keeps `offset + 8` within the buffer).
    @inline(__always) static func load(_ buffer: UnsafeBufferPointer<Unicode.Scalar>, _ offset: Int) -> SIMD8<UInt32> {
        UnsafeRawPointer(buffer.baseAddress! + offset).loadUnaligned(as: SIMD8<UInt32>.self)
    }

    // The tests below keep each lane's answer in its high bit (the other bits are noise) and use only wrapping
    // arithmetic and bit operations, which compile to vector instructions (the `.==` and `.<` of `SIMD` went lane by
    // lane). A scalar's value is below 2^21, so adding to it never carries out of its lane.

    /// High bit set in the lanes whose scalar is `c` or above.
    @inline(__always) private static func atLeast(_ v: SIMD8<UInt32>, _ c: UInt32) -> SIMD8<UInt32> {
        v &+ SIMD8(repeating: 0x8000_0000 &- c)
    }

    /// High bit set in the lanes whose scalar is `c`.
    @inline(__always) private static func equal(_ v: SIMD8<UInt32>, _ c: UInt32) -> SIMD8<UInt32> {
        ~((v ^ SIMD8(repeating: c)) &+ SIMD8(repeating: 0x7FFF_FFFF))
    }

    /// Whether any lane has its high bit set.
    @inline(__always) private static func any(_ flags: SIMD8<UInt32>) -> Bool {
        let words = unsafeBitCast(flags, to: (UInt64, UInt64, UInt64, UInt64).self)
        return (words.0 | words.1 | words.2 | words.3) & 0x8000_0000_8000_0000 != 0
    }

    /// Whether a chunk may hold a terminator of ``ScalarClass/isTerminator(_:)``: `.`, `?`, `!` or any scalar from
    /// U+2026 (the lowest of the others) up.
    @inline(__always) static func mayHoldTerminator(_ v: SIMD8<UInt32>) -> Bool {
        any(equal(v, 0x2E) | equal(v, 0x3F) | equal(v, 0x21) | atLeast(v, 0x2026))
    }

    /// Whether a chunk may hold the first scalar of a list marker that a space precedes (``ListMarkerScanner``): `prev`,
    /// `current` and `next` are the chunks one scalar before, at and one after the positions tested. A lane may when
    /// the scalar before it may be a space (` `, `\t`…`\r`, or not ASCII) and it is a digit, a bullet (every bullet is
    /// U+2013 or above) or a lower-case ASCII letter before `.` or `)`.
    @inline(__always) static func mayHoldListMarker(prev: SIMD8<UInt32>, current: SIMD8<UInt32>, next: SIMD8<UInt32>) -> Bool {
        let space = equal(prev, 0x20) | (atLeast(prev, 0x09) & ~atLeast(prev, 0x0E)) | atLeast(prev, 0x80)
        let digit = atLeast(current, 0x30) & ~atLeast(current, 0x3A)
        let letter = atLeast(current, 0x61) & ~atLeast(current, 0x7B) & (equal(next, 0x2E) | equal(next, 0x29))
        return any(space & (digit | letter | atLeast(current, 0x2013)))
    }
}
