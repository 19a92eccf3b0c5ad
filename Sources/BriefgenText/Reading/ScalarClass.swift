/// Fast tests on single scalars for the hot loops: ASCII answered by comparison, the rest by Unicode properties.
enum ScalarClass {
    /// White space (space, tab, line breaks, no-break space and other Unicode spaces).
    @inline(__always) static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    /// A mark that may end a sentence: . ? ! … ‽ and the full-width forms.
    @inline(__always) static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x3F, 0x21, 0x2026, 0x203D, 0x3002, 0xFF01, 0xFF1F: return true
        default: return false
        }
    }

    /// An ASCII digit.
    @inline(__always) static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }
}
