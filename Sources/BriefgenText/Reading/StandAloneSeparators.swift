extension String {
    /// The pieces between ASCII separators (empty pieces left out), found on the UTF-8 bytes instead of the characters:
    /// what `split(whereSeparator:)` with a test for those one-scalar characters gives, as long as every separator is a
    /// character of its own. Nil when one is not: joined to a scalar before it (`\r` before `\n`, a prepended mark) or
    /// after it (a combining mark written after a space); character splitting then parts the text differently.
    func piecesBetweenStandAlone(separators isSeparator: (UInt8) -> Bool) -> [Substring]? {
        var copy = self
        let utf8 = self.utf8
        return copy.withUTF8 { bytes -> [Substring]? in
            var pieces: [Substring] = []
            var pieceStart = 0
            for i in bytes.indices where bytes[i] < 0x80 && isSeparator(bytes[i]) {
                let separator = Unicode.Scalar(bytes[i])
                if i > 0, !Self.breaks(Self.scalar(in: bytes, endingAt: i), separator) { return nil }
                if i + 1 < bytes.count, !Self.breaks(separator, Self.scalar(in: bytes, startingAt: i + 1)) { return nil }
                if pieceStart < i {
                    pieces.append(self[utf8.index(utf8.startIndex, offsetBy: pieceStart)..<utf8.index(utf8.startIndex, offsetBy: i)])
                }
                pieceStart = i + 1
            }
            if pieceStart < bytes.count { pieces.append(self[utf8.index(utf8.startIndex, offsetBy: pieceStart)...]) }
            return pieces
        }
    }

    /// The scalar whose UTF-8 starts at byte `start` of valid UTF-8.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, startingAt start: Int) -> Unicode.Scalar {
        if bytes[start] < 0x80 { return Unicode.Scalar(bytes[start]) }
        var iterator = bytes[start...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return "\u{FFFD}" }
        return scalar
    }

    /// The scalar whose UTF-8 ends just before byte `end` of valid UTF-8.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Unicode.Scalar {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(in: bytes, startingAt: start)
    }

    /// Whether two scalars written together make two characters (of ASCII pairs, only `\r\n` is one).
    private static func breaks(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        if isLoner(a) && isLoner(b) { return !(a == "\r" && b == "\n") }
        var pair = String.UnicodeScalarView()
        pair.append(a)
        pair.append(b)
        return String(pair).count == 2
    }

    /// Scalars that join no neighbour into one character but `\r` and `\n` each other: those before the combining
    /// diacritics (U+0300; ASCII and Latin-1), and the dashes, quotation marks and ellipsis of General Punctuation
    /// (U+2010–U+2027), which news text writes beside spaces. Neither range holds an extending, spacing or prepended
    /// mark or a joiner, so only the grapheme rules for `\r\n` and controls (which always part) apply to them.
    private static func isLoner(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x300 || (0x2010...0x2027).contains(scalar.value)
    }
}
