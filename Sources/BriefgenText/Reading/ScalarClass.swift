/// Fast tests on single scalars for the hot loops: ASCII answered by comparison, the rest by Unicode properties.
enum ScalarClass {
    /// White space (space, tab, line breaks, no-break space and other Unicode spaces).
    @inline(__always) static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return isSpaceBeyondASCII(value)
    }

    /// Whether a scalar beyond ASCII is white space (`properties.isWhitespace`): the White_Space scalars beyond ASCII,
    /// listed, since a property lookup for every curly quote and dash showed. (``ScalarClassTests`` checks the list
    /// against the property for every scalar.)
    @inline(__always) static func isSpaceBeyondASCII(_ value: UInt32) -> Bool {
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Whether a scalar beyond ASCII is a letter (`properties.isAlphabetic`), without the lookup for the General
    /// Punctuation block (U+2000-206F: spaces, dashes, curly quotes, ellipsis; no letter among them).
    @inline(__always) static func isLetterBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value >= 0x2000 && scalar.value < 0x2070 { return false }
        return scalar.properties.isAlphabetic
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
