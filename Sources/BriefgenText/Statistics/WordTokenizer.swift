import Foundation

/// Cuts text into ``WordToken``s in one linear pass over its scalars.
public struct WordTokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// The tokens of `text` between two scalar offsets.
    public func tokens(_ text: ScalarText, from start: Int = 0, to end: Int? = nil) -> [WordToken] {
        let s = text.scalars
        let limit = min(end ?? s.count, s.count)
        var tokens: [WordToken] = []
        var i = max(0, start)
        var sawSpace = true
        while i < limit {
            let c = s[i]
            if c.properties.isWhitespace {
                sawSpace = true
                i += 1
                continue
            }
            let begin = i
            let kind: WordToken.Kind
            if Self.isDigit(c) {
                kind = .number
                i = scanNumber(s, from: i, limit: limit)
            } else if c.properties.isAlphabetic {
                kind = .word
                i = scanWord(s, from: i, limit: limit)
            } else {
                kind = .symbol
                i += 1
            }
            tokens.append(makeToken(kind, s, begin, i, spaceBefore: sawSpace))
            sawSpace = false
        }
        return tokens
    }

    // MARK: - Scanning

    private func scanNumber(_ s: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
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

    private func scanWord(_ s: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
        var i = start
        while i < limit {
            let c = s[i]
            if c.properties.isAlphabetic || Self.isDigit(c) {
                i += 1
            } else if (c == "'" || c == "’"), i + 1 < limit, s[i + 1].properties.isAlphabetic {
                i += 1
            } else if c == ".", i + 1 < limit, s[i + 1].properties.isUppercase, i - start == 1,
                      s[start].properties.isUppercase {
                // An initialism: U.N., U.S., U.K. (single letters joined by periods, with the final period).
                i += 2
                while i + 1 < limit, s[i] == ".", s[i + 1].properties.isUppercase { i += 2 }
                if i < limit, s[i] == "." { i += 1 }
                return i
            } else {
                break
            }
        }
        return i
    }

    private func makeToken(_ kind: WordToken.Kind, _ s: [Unicode.Scalar], _ start: Int, _ end: Int, spaceBefore: Bool) -> WordToken {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[start..<end])
        let text = String(view)
        let lower = text.lowercased().replacingOccurrences(of: "’", with: "'")
        return WordToken(kind: kind, start: start, end: end, text: text, lower: lower, spaceBefore: spaceBefore)
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
}
