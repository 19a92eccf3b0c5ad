extension String {
    /// The pieces between ASCII separators (empty pieces left out), found on the scalars instead of the characters:
    /// what `split(whereSeparator:)` with a test for those one-scalar characters gives, as long as every separator is a
    /// character of its own. Nil when one is not: joined to a scalar before it (`\r` before `\n`, a prepended mark) or
    /// after it (a combining mark written after a space); character splitting then parts the text differently.
    func piecesBetweenStandAlone(separators isSeparator: (UInt8) -> Bool) -> [Substring]? {
        var pieces: [Substring] = []
        let scalars = unicodeScalars
        var pieceStart = scalars.startIndex
        var index = scalars.startIndex
        var previous: (scalar: Unicode.Scalar, isSeparator: Bool)?
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let isSeparatorHere = scalar.isASCII && isSeparator(UInt8(truncatingIfNeeded: scalar.value))
            if let previous, previous.isSeparator || isSeparatorHere, !Self.breaks(previous.scalar, scalar) { return nil }
            let next = scalars.index(after: index)
            if isSeparatorHere {
                if pieceStart < index { pieces.append(self[pieceStart..<index]) }
                pieceStart = next
            }
            previous = (scalar, isSeparatorHere)
            index = next
        }
        if pieceStart < endIndex { pieces.append(self[pieceStart...]) }
        return pieces
    }

    /// Whether two scalars written together make two characters (of ASCII pairs, only `\r\n` is one).
    private static func breaks(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        if a.isASCII && b.isASCII { return !(a == "\r" && b == "\n") }
        var pair = String.UnicodeScalarView()
        pair.append(a)
        pair.append(b)
        return String(pair).count == 2
    }
}
