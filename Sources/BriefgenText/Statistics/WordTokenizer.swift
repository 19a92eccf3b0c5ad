/// Cuts text into ``WordToken``s in one linear pass over its scalars.
public struct WordTokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// The tokens of `text` between two scalar offsets.
    public func tokens(_ text: ScalarText, from start: Int = 0, to end: Int? = nil) -> [WordToken] {
        // Read through a buffer pointer: no bounds check or reference count per scalar.
        text.scalars.withUnsafeBufferPointer { tokens($0, from: start, to: end) }
    }

    private func tokens(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int?) -> [WordToken] {
        let limit = min(end ?? s.count, s.count)
        var tokens: [WordToken] = []
        var i = max(0, start)
        tokens.reserveCapacity(max(0, limit - i) / 5)
        var sawSpace = true
        let lists = WordClasses.lists // read once here, not through a lazy global's check for every token
        while i < limit {
            let c = s[i]
            if Self.isSpace(c) {
                sawSpace = true
                i += 1
                continue
            }
            let begin = i
            let kind: WordToken.Kind
            if Self.isDigit(c) {
                kind = .number
                i = scanNumber(s, from: i, limit: limit)
            } else if Self.isLetter(c) {
                kind = .word
                i = scanWord(s, from: i, limit: limit)
            } else {
                kind = .symbol
                i += 1
            }
            tokens.append(makeToken(kind, s, begin, i, spaceBefore: sawSpace, lists: lists))
            sawSpace = false
        }
        return tokens
    }

    // MARK: - Scanning

    private func scanNumber(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, limit: Int) -> Int {
        var i = start
        while i < limit, Self.isDigit(s[i]) { i += 1 }
        var sawDecimal = false
        while i + 1 < limit {
            if s[i] == ",", !sawDecimal, i + 3 < limit + 1, (1...3).allSatisfy({ i + $0 < limit && Self.isDigit(s[i + $0]) }),
               i + 4 >= limit || !Self.isDigit(s[i + 4]) {
                i += 4
            } else if s[i] == ".", !sawDecimal, Self.isDigit(s[i + 1]) {
                sawDecimal = true
                i += 1
                while i < limit, Self.isDigit(s[i]) { i += 1 }
            } else {
                break
            }
        }
        return i
    }

    private func scanWord(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, limit: Int) -> Int {
        var i = start
        while i < limit {
            let c = s[i]
            if Self.isLetter(c) || Self.isDigit(c) {
                i += 1
            } else if (c == "'" || c == "’"), i + 1 < limit, Self.isLetter(s[i + 1]) {
                i += 1
            } else if c == ".", i + 1 < limit, Self.isUpper(s[i + 1]), i - start == 1, Self.isUpper(s[start]) {
                // An initialism: U.N., U.S., U.K. (single letters joined by periods, with the final period).
                i += 2
                while i + 1 < limit, s[i] == ".", Self.isUpper(s[i + 1]) { i += 2 }
                if i < limit, s[i] == "." { i += 1 }
                return i
            } else {
                break
            }
        }
        return i
    }

    private func makeToken(_ kind: WordToken.Kind, _ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, spaceBefore: Bool,
                           lists: WordLookup<WordClasses.ListedWord>) -> WordToken {
        let text: String
        let lower: String
        var classes: WordClasses = []
        var hasUpper = false
        var isASCII = true
        var hash = WordHash.start // of the lower-cased bytes, for the word lists' lookup
        for index in start..<end {
            let v = s[index].value
            if v >= 128 {
                isASCII = false
                break
            }
            if v >= 65 && v <= 90 { hasUpper = true }
            hash = WordHash.adding(WordHash.lowercasedASCII(v), to: hash)
        }
        if isASCII {
            let count = end - start
            if count == 1 {
                // A one-byte token (a comma, `a`, `5`): its strings and classes from tables made once.
                let v = UInt8(truncatingIfNeeded: s[start].value)
                let lowered = v >= 65 && v <= 90 ? v + 32 : v
                text = Self.oneByteStrings[Int(v)]
                lower = Self.oneByteStrings[Int(lowered)]
                classes = WordClasses.ofASCII(lowered)
            } else if kind == .number, !WordClasses.hasNumberKey {
                // Digits, commas and periods: no upper case, on no list.
                text = String(unsafeUninitializedCapacity: count) { buffer in
                    for offset in 0..<count { buffer[offset] = UInt8(truncatingIfNeeded: s[start + offset].value) }
                    return count
                }
                lower = text
            } else {
                (text, lower, classes) = asciiSpellings(s, start, count, hasUpper: hasUpper, hash: hash, lists: lists)
            }
        } else {
            (text, lower) = spellings(s, start, end)
            classes = WordClasses.of(lower)
        }
        let capitalized = kind == .word && Self.isUpper(s[start])
        return WordToken(kind: kind, start: start, end: end, text: text, lower: lower, spaceBefore: spaceBefore,
                         capitalized: capitalized, classes: classes, mark: WordToken.mark(kind, s[start]))
    }

    /// Every one-byte ASCII string, by its byte (a token of one byte takes its text from here).
    private static let oneByteStrings: [String] = (0..<128).map { String(decoding: [UInt8($0)], as: UTF8.self) }

    /// The token as written and lower-cased, with the classes of its lower-cased form, for an ASCII token of `count`
    /// bytes from `start` whose lower-cased bytes hash to `hash`. A listed word (`the`, `said`, `officials`) is found
    /// from the scalars themselves and takes the listed spelling, made once, as its lower-cased text rather than a new
    /// `String` (equal, so every comparison answers the same); another word makes its own.
    private func asciiSpellings(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ count: Int,
                                hasUpper: Bool, hash: UInt64, lists: WordLookup<WordClasses.ListedWord>) -> (String, String, WordClasses) {
        let lower: String
        let classes: WordClasses
        if let listed = lists.value(lowercasingASCII: UnsafeBufferPointer(rebasing: s[start..<(start + count)]), hash: hash) {
            (lower, classes) = (listed.spelling, listed.classes)
        } else {
            lower = String(unsafeUninitializedCapacity: count) { buffer in
                for offset in 0..<count { buffer[offset] = WordHash.lowercasedASCII(s[start + offset].value) }
                return count
            }
            classes = []
        }
        guard hasUpper else { return (lower, lower, classes) }
        let text = String(unsafeUninitializedCapacity: count) { buffer in
            for offset in 0..<count { buffer[offset] = UInt8(truncatingIfNeeded: s[start + offset].value) }
            return count
        }
        return (text, lower, classes)
    }

    /// The token as written and lower-cased (curly apostrophes made straight), for text beyond ASCII. The UTF-8 of
    /// both is written into one temporary buffer (on the stack for a token of common length), not into two arrays.
    private func spellings(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> (String, String) {
        let capacity = (end - start) * 4 // UTF-8 takes at most four bytes a scalar
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, capacity * 2)) { buffer in
            var count = 0 // the text's bytes, from 0
            var lowerCount = 0 // the lower-cased bytes, from `capacity`
            var isPlain = true
            for scalar in s[start..<end] {
                let v = scalar.value
                if v < 128 {
                    buffer[count] = UInt8(v)
                    count += 1
                    buffer[capacity + lowerCount] = v >= 65 && v <= 90 ? UInt8(v + 32) : UInt8(v)
                    lowerCount += 1
                } else {
                    let encoded = UTF8.encode(scalar)!
                    for byte in encoded {
                        buffer[count] = byte
                        count += 1
                    }
                    if scalar == "’" {
                        buffer[capacity + lowerCount] = 39
                        lowerCount += 1
                    } else {
                        isPlain = false
                        for byte in encoded {
                            buffer[capacity + lowerCount] = byte
                            lowerCount += 1
                        }
                    }
                }
            }
            let text = String(decoding: UnsafeMutableBufferPointer(rebasing: buffer[0..<count]), as: UTF8.self)
            let written = String(decoding: UnsafeMutableBufferPointer(rebasing: buffer[capacity..<(capacity + lowerCount)]), as: UTF8.self)
            return (text, isPlain ? written : written.lowercased())
        }
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    /// A letter, with an ASCII fast path (Unicode property lookups dominate the cost of tokenizing otherwise).
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return c.properties.isAlphabetic
    }

    /// An upper-case letter, with an ASCII fast path.
    static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v >= 65 && v <= 90 }
        return c.properties.isUppercase
    }

    /// White space, with an ASCII fast path.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return c.properties.isWhitespace
    }
}
