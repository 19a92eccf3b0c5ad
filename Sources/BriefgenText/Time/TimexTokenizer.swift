/// Splits a span of an article into ``TimexToken``s in one pass over its scalars.
struct TimexTokenizer: Sendable {
    /// Tokens of `text` between the scalar offsets `start` and `end`.
    func tokens(_ text: ScalarText, from start: Int, to end: Int) -> [TimexToken] {
        // The scalars are fetched once: `text.scalars` retains its array on every call, and a call per word showed.
        let s = text.scalars
        var tokens: [TimexToken] = []
        // About a token every five scalars in news text: growing the array by doubling copied every token again.
        tokens.reserveCapacity((end - start) / 5 + 1)
        // Read through a buffer pointer (no bounds check per scalar); `end` as the array's reads would allow it.
        precondition(start >= 0 && end <= s.count || start >= end, "token span outside the text")
        s.withUnsafeBufferPointer { b in
            var i = start
            while i < end {
                let c = b[i]
                if isSpace(c) { i += 1; continue }
                let first = i
                if isLetter(c) {
                    while i < end, isLetter(b[i]) || (isApostrophe(b[i]) && i + 1 < end && isLetter(b[i + 1])
                                                                      && !isPossessive(b, i, end)) {
                        i += 1
                    }
                    tokens.append(asciiWord(b, first, i) ?? word(text, s, first, i))
                } else if isDigit(c) {
                    while i < end, isDigit(b[i]) || ((b[i] == "," || b[i] == ".") && i + 1 < end && isDigit(b[i + 1])) {
                        i += 1
                    }
                    let digitsEnd = i
                    while i < end, isLetter(b[i]), i - digitsEnd < 2 { i += 1 }
                    let suffix = slice(text, s, digitsEnd, i, lowercased: true)
                    if !["s", "st", "nd", "rd", "th"].contains(suffix) || (i < end && isLetter(b[i])) { i = digitsEnd }
                    tokens.append(number(text, s, first, digitsEnd, i))
                } else {
                    i += 1
                    let mark = String(c)
                    tokens.append(TimexToken(kind: .punctuation, start: first, end: i, text: mark, base: mark,
                                             integer: nil, suffix: "", isCapitalized: false))
                }
            }
        }
        return tokens
    }

    private func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    /// Letters, with an ASCII fast path (Unicode properties are slow to look up).
    private func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return (c.value | 0x20) >= 97 && (c.value | 0x20) <= 122 }
        return ScalarClass.isLetterBeyondASCII(c)
    }

    private func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return c == " " || c == "\n" || c == "\t" || c == "\r" }
        return ScalarClass.isSpaceBeyondASCII(c.value)
    }

    private func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "’" }

    /// Whether the apostrophe at `i` starts a possessive `'s` that ends the word (`Friday's` → `Friday` + `'s`).
    private func isPossessive(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ end: Int) -> Bool {
        i + 1 < end && (s[i + 1] == "s" || s[i + 1] == "S") && (i + 2 >= end || !isLetter(s[i + 2]))
    }

    /// The text between two offsets (`s` is `text.scalars`); ASCII (most tokens) is copied byte by byte into a stack
    /// buffer, which is much faster than a generic slice.
    private func slice(_ text: ScalarText, _ s: [Unicode.Scalar], _ start: Int, _ end: Int, lowercased: Bool = false) -> String {
        let ascii = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: end - start) { bytes -> String? in
            for i in start..<end {
                let v = s[i].value
                guard v < 128 else { return nil }
                bytes[i - start] = lowercased && v >= 65 && v <= 90 ? UInt8(v + 32) : UInt8(v)
            }
            return Self.string(ascii: UnsafeBufferPointer(bytes))
        }
        if let ascii { return ascii }
        let general = text.slice(start, end)
        return lowercased ? general.lowercased() : general
    }

    /// A string of ASCII bytes. Written into the string's own storage: a string of up to 15 ASCII bytes is then made
    /// without the UTF-8 validation `String(decoding:as:)` runs (most tokens are that short).
    private static func string(ascii bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { storage in
            _ = storage.initialize(fromContentsOf: bytes)
            return bytes.count
        }
    }

    /// A word beyond ASCII (``asciiWord(_:_:_:)`` takes the others).
    private func word(_ text: ScalarText, _ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> TimexToken {
        if let token = apostropheWord(s, start, end) { return token }
        return generalWord(text, s, start, end)
    }

    /// ``word(_:_:_:_:)`` for any word, through strings (the reference for the faster paths).
    func generalWord(_ text: ScalarText, _ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> TimexToken {
        let written = slice(text, s, start, end)
        var base = slice(text, s, start, end, lowercased: true)
        if base.unicodeScalars.contains("’") { base = String(base.unicodeScalars.map { $0 == "’" ? "'" : Character($0) }) }
        if base.hasSuffix("'s") { base.removeLast(2) }
        let first = s[start]
        let capitalized = first.value < 128 ? (65...90).contains(first.value) : first.properties.isUppercase
        return TimexToken(kind: .word, start: start, end: end, text: written, base: base, integer: nil, suffix: "",
                          isCapitalized: capitalized)
    }

    /// ``generalWord(_:_:_:_:)`` for an all-ASCII word (most words): no Unicode lookups, each string written straight
    /// from the scalars into its own storage (no buffer between, no closure returning the token: copying the token out
    /// of one stalled on its parts); nil for any other word.
    private func asciiWord(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> TimexToken? {
        let n = end - start
        var hasUpperCase = false
        for k in start..<end {
            let value = scalars[k].value
            guard value < 0x80 else { return nil }
            hasUpperCase = hasUpperCase || (value >= 0x41 && value <= 0x5A)
        }
        // A final `'s` or `'S` leaves the base (the lower case reads `'s` either way).
        var baseCount = n
        if n >= 2, scalars[end - 2] == "'", scalars[end - 1] == "s" || scalars[end - 1] == "S" { baseCount -= 2 }
        let written = String(unsafeUninitializedCapacity: n) { bytes in
            for k in 0..<n { bytes[k] = UInt8(truncatingIfNeeded: scalars[start + k].value) }
            return n
        }
        // A word written in lower case without `'s` is its own base (most words): the same string, made once.
        let base = !hasUpperCase && baseCount == n ? written : String(unsafeUninitializedCapacity: baseCount) { bytes in
            for k in 0..<baseCount {
                let value = scalars[start + k].value
                bytes[k] = UInt8(truncatingIfNeeded: value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
            }
            return baseCount
        }
        let first = scalars[start].value
        return TimexToken(kind: .word, start: start, end: end, text: written, base: base, integer: nil,
                          suffix: "", isCapitalized: first >= 65 && first <= 90)
    }

    /// ``word(_:_:_:_:)`` for a word of ASCII and curly apostrophes (`don’t`, `O’Brien`; the commonest words beyond
    /// ASCII in news text), on bytes: the apostrophe has no case and is the only scalar lower-casing leaves alone here,
    /// so the base is the ASCII lower case with `’` made `'`, less a final `'s`, as the string steps give it; nil for
    /// any other word.
    func apostropheWord(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> TimexToken? {
        var written: [UInt8] = []
        var base: [UInt8] = []
        written.reserveCapacity(3 * (end - start))
        base.reserveCapacity(end - start)
        for k in start..<end {
            let value = scalars[k].value
            if value < 0x80 {
                let byte = UInt8(truncatingIfNeeded: value)
                written.append(byte)
                base.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            } else if value == 0x2019 {
                written.append(contentsOf: [0xE2, 0x80, 0x99])
                base.append(UInt8(ascii: "'"))
            } else {
                return nil
            }
        }
        if base.count >= 2, base[base.count - 2] == UInt8(ascii: "'"), base[base.count - 1] == UInt8(ascii: "s") {
            base.removeLast(2)
        }
        let first = scalars[start].value
        return TimexToken(kind: .word, start: start, end: end, text: String(decoding: written, as: UTF8.self),
                          base: String(decoding: base, as: UTF8.self), integer: nil, suffix: "",
                          isCapitalized: first >= 65 && first <= 90)
    }

    private func number(_ text: ScalarText, _ s: [Unicode.Scalar], _ start: Int, _ digitsEnd: Int, _ end: Int) -> TimexToken {
        let digits = slice(text, s, start, digitsEnd)
        let plain = digits.unicodeScalars.allSatisfy(isDigit)
        return TimexToken(kind: .number, start: start, end: end, text: slice(text, s, start, end), base: digits,
                          integer: plain && digits.count <= 9 ? Int(digits) : nil,
                          suffix: slice(text, s, digitsEnd, end, lowercased: true), isCapitalized: false)
    }
}
