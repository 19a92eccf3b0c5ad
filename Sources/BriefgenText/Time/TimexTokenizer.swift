/// Splits a span of an article into ``TimexToken``s in one pass over its scalars.
struct TimexTokenizer: Sendable {
    /// Tokens of `text` between the scalar offsets `start` and `end`.
    func tokens(_ text: ScalarText, from start: Int, to end: Int) -> [TimexToken] {
        let s = text.scalars
        var tokens: [TimexToken] = []
        var i = start
        while i < end {
            let c = s[i]
            if c.properties.isWhitespace { i += 1; continue }
            let first = i
            if c.properties.isAlphabetic {
                while i < end, s[i].properties.isAlphabetic || (isApostrophe(s[i]) && i + 1 < end && s[i + 1].properties.isAlphabetic
                                                                  && !isPossessive(s, i, end)) {
                    i += 1
                }
                tokens.append(word(text, first, i))
            } else if isDigit(c) {
                while i < end, isDigit(s[i]) || ((s[i] == "," || s[i] == ".") && i + 1 < end && isDigit(s[i + 1])) {
                    i += 1
                }
                let digitsEnd = i
                while i < end, s[i].properties.isAlphabetic, i - digitsEnd < 2 { i += 1 }
                let suffix = text.slice(digitsEnd, i).lowercased()
                if !["s", "st", "nd", "rd", "th"].contains(suffix) || (i < end && s[i].properties.isAlphabetic) { i = digitsEnd }
                tokens.append(number(text, first, digitsEnd, i))
            } else {
                i += 1
                tokens.append(TimexToken(kind: .punctuation, start: first, end: i, text: String(c), base: String(c),
                                         integer: nil, suffix: "", isCapitalized: false))
            }
        }
        return tokens
    }

    private func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    private func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "’" }

    /// Whether the apostrophe at `i` starts a possessive `'s` that ends the word (`Friday's` → `Friday` + `'s`).
    private func isPossessive(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Bool {
        i + 1 < end && (s[i + 1] == "s" || s[i + 1] == "S") && (i + 2 >= end || !s[i + 2].properties.isAlphabetic)
    }

    private func word(_ text: ScalarText, _ start: Int, _ end: Int) -> TimexToken {
        let written = text.slice(start, end)
        var base = written.lowercased().replacingOccurrences(of: "’", with: "'")
        if base.hasSuffix("'s") { base.removeLast(2) }
        let capitalized = text.scalars[start].properties.isUppercase
        return TimexToken(kind: .word, start: start, end: end, text: written, base: base, integer: nil, suffix: "",
                          isCapitalized: capitalized)
    }

    private func number(_ text: ScalarText, _ start: Int, _ digitsEnd: Int, _ end: Int) -> TimexToken {
        let digits = text.slice(start, digitsEnd)
        let plain = digits.unicodeScalars.allSatisfy(isDigit)
        return TimexToken(kind: .number, start: start, end: end, text: text.slice(start, end), base: digits,
                          integer: plain && digits.count <= 9 ? Int(digits) : nil,
                          suffix: text.slice(digitsEnd, end).lowercased(), isCapitalized: false)
    }
}
