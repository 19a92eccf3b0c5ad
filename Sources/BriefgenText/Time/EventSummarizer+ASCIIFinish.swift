// MARK: - ``EventSummarizer/finish(_:)`` on the bytes of a summary in ASCII and news punctuation (most summaries)

extension EventSummarizer {
    /// ``finish(_:)`` of a summary in ASCII without a carriage return and the curly quotes and dashes of news text
    /// (`‘ ’ “ ” – —`), worked out on its bytes; nil for any other text.
    ///
    /// In such text every scalar is a character of its own (only `\r\n` would join two ASCII scalars; the six marks
    /// are neither extending nor prepended, and nothing here extends them), so splitting at spaces, counting scalars,
    /// lower- and upper-casing (the marks have no case) and the trims read the same on bytes as on characters. The
    /// words of the result are joined by single spaces, which is what ``finish(_:)`` gives whether or not the text
    /// spaced them so.
    func finishASCII(_ raw: String) -> String? {
        var copy = raw
        return copy.withUTF8 { bytes -> String? in
            guard let isASCII = Self.readsAsBytes(bytes) else { return nil }
            // The words, as byte ranges between spaces.
            var words: [Range<Int>] = []
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x20 {
                if start < i { words.append(start..<i) }
                start = i + 1
            }
            func string(_ range: Range<Int>, lowercased: Bool = false, droppingCommas: Bool = false) -> String {
                var result: [UInt8] = []
                result.reserveCapacity(range.count)
                for i in range where !(droppingCommas && bytes[i] == UInt8(ascii: ",")) {
                    let byte = bytes[i]
                    result.append(lowercased && byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                }
                return String(decoding: result, as: UTF8.self)
            }
            // The characters of a word: its bytes less the continuation bytes of the marks.
            func characters(_ range: Range<Int>) -> Int {
                isASCII ? range.count : range.reduce(0) { $0 + (bytes[$1] & 0xC0 == 0x80 ? 0 : 1) }
            }
            var first = 0
            while first < words.count,
                  Self.openers.contains(string(words[first], lowercased: true, droppingCommas: true))
                    || (words[first].count == 1 && bytes[words[first].lowerBound] == UInt8(ascii: ",")) {
                first += 1
            }
            if first < words.count, ["the", "a"].contains(string(words[first], lowercased: true)) { first += 1 }
            var end = first
            var length = 0
            while end < words.count {
                let next = end == first ? characters(words[end]) : length + 1 + characters(words[end])
                if next > Self.maximumLength { break }
                length = next
                end += 1
            }
            // The kept words joined by single spaces.
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count)
            for w in first..<end {
                if w > first { kept.append(0x20) }
                kept.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[words[w]]))
            }
            let isShortened = kept.count < bytes.count
            var upper = kept.count
            while true {
                while upper > 0, let trailing = Self.trailingMarkLength(kept, upper) { upper -= trailing }
                var wordStart = upper
                while wordStart > 0, kept[wordStart - 1] != 0x20 { wordStart -= 1 }
                guard wordStart < upper else { break }
                let lastWord = kept[wordStart..<upper]
                let lower = String(decoding: lastWord.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
                let isDangling = Self.dangling.contains(lower)
                // `'s` or `’s` (E2 80 99 73).
                let isPossessive = lastWord.count >= 2 && lastWord[upper - 1] == UInt8(ascii: "s")
                    && (lastWord[upper - 2] == UInt8(ascii: "'")
                        || lastWord.count >= 4 && lastWord[upper - 4] == 0xE2 && lastWord[upper - 3] == 0x80
                            && lastWord[upper - 2] == 0x99)
                guard isShortened || isDangling, isDangling || isPossessive else { break }
                upper = wordStart
            }
            guard upper > 0 else { return "" }
            if kept[0] >= 0x61 && kept[0] <= 0x7A { kept[0] -= 0x20 }
            return String(decoding: kept[0..<upper], as: UTF8.self)
        }
    }

    /// Whether `bytes` are ASCII other than a carriage return and the marks `‘ ’ “ ” – —` (E2 80 98, 99, 9C, 9D, 93,
    /// 94): true when all ASCII, false when some marks, nil for any other text.
    static func readsAsBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var isASCII = true
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                guard byte != 0x0D else { return nil }
                i += 1
                continue
            }
            guard byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 else { return nil }
            switch bytes[i + 2] {
            case 0x98, 0x99, 0x9C, 0x9D, 0x93, 0x94: break
            default: return nil
            }
            isASCII = false
            i += 3
        }
        return isASCII
    }

    /// The length in bytes of the mark ``finish(_:)`` trims off the end of `kept[..<upper]` (a space, `.,;:-(`, or an en
    /// or em dash, E2 80 93/94), nil when the text does not end in one. Only those dashes end in 0x93 or 0x94 here.
    @inline(__always) private static func trailingMarkLength(_ kept: [UInt8], _ upper: Int) -> Int? {
        switch kept[upper - 1] {
        case 0x20, 0x2E, 0x2C, 0x3B, 0x3A, 0x2D, 0x28: return 1
        case 0x93, 0x94: return 3
        default: return nil
        }
    }
}
