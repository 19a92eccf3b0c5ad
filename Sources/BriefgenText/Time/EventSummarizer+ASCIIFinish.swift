// MARK: - ``EventSummarizer/finish(_:)`` on the bytes of an ASCII summary (most summaries)

extension EventSummarizer {
    /// ``finish(_:)`` of a summary in ASCII without a carriage return, worked out on its bytes; nil for any other text.
    ///
    /// In such text every byte is a character of its own (only `\r\n` would join two), so splitting at spaces, counting,
    /// lower- and upper-casing and the trims read the same on bytes as on characters. The words of the result are
    /// joined by single spaces, which is what ``finish(_:)`` gives whether or not the text spaced them so.
    func finishASCII(_ raw: String) -> String? {
        var copy = raw
        return copy.withUTF8 { bytes -> String? in
            for byte in bytes where byte >= 0x80 || byte == 0x0D { return nil }
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
                let next = end == first ? words[end].count : length + 1 + words[end].count
                if next > Self.maximumLength { break }
                length = next
                end += 1
            }
            // The kept words joined by single spaces.
            var kept: [UInt8] = []
            kept.reserveCapacity(length)
            for w in first..<end {
                if w > first { kept.append(0x20) }
                kept.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[words[w]]))
            }
            let isShortened = kept.count < bytes.count
            var upper = kept.count
            while true {
                while upper > 0, Self.isTrailingByte(kept[upper - 1]) { upper -= 1 }
                var wordStart = upper
                while wordStart > 0, kept[wordStart - 1] != 0x20 { wordStart -= 1 }
                guard wordStart < upper else { break }
                let lastWord = kept[wordStart..<upper]
                let lower = String(decoding: lastWord.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
                let isDangling = Self.dangling.contains(lower)
                let isPossessive = lastWord.count >= 2 && lastWord[upper - 2] == UInt8(ascii: "'")
                    && lastWord[upper - 1] == UInt8(ascii: "s")
                guard isShortened || isDangling, isDangling || isPossessive else { break }
                upper = wordStart
            }
            guard upper > 0 else { return "" }
            if kept[0] >= 0x61 && kept[0] <= 0x7A { kept[0] -= 0x20 }
            return String(decoding: kept[0..<upper], as: UTF8.self)
        }
    }

    /// The ASCII marks ``finish(_:)`` trims off the end: a space and `.,;:-(`.
    @inline(__always) private static func isTrailingByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x2E, 0x2C, 0x3B, 0x3A, 0x2D, 0x28: return true
        default: return false
        }
    }
}
