// MARK: - The last step of a summary: openers and dangling words dropped, cut to length, capitalized

extension EventSummarizer {
    /// Trims openers, dangling words and punctuation, capitalizes, and cuts to the maximum length (in characters) at a
    /// word boundary.
    ///
    /// Words are split at spaces on the scalars and lengths added up word by word, which is what splitting and
    /// counting the characters gives whenever every space is a character of its own; where one is not (a combining
    /// mark written after it), the words are split and counted on characters.
    func finish(_ raw: String) -> String {
        finishASCII(raw) ?? finishCharacters(raw)
    }

    /// ``finish(_:)`` on the characters of any summary.
    func finishCharacters(_ raw: String) -> String {
        let bytewise = raw.piecesBetweenStandAlone { $0 == 0x20 }
        let standAlone = bytewise != nil
        let words = bytewise ?? raw.split(separator: " ")
        var first = 0
        while first < words.count,
              Self.openers.contains(words[first].lowercased().filter { $0 != "," }) || words[first] == "," {
            first += 1
        }
        if first < words.count, ["the", "a"].contains(words[first].lowercased()) { first += 1 }
        var end = first
        var length = 0
        while end < words.count {
            let next = !standAlone ? words[first...end].joined(separator: " ").count
                : end == first ? Self.length(words[end]) : length + 1 + Self.length(words[end])
            if next > Self.maximumLength { break }
            length = next
            end += 1
        }
        let result = Self.joined(words[first..<end], in: raw)
        let isShortened = standAlone ? result.utf8.count < raw.utf8.count : result.count < raw.count
        var trimmed = Substring(result)
        while true {
            while let last = trimmed.last, Self.isTrailingMark(last) { trimmed.removeLast() }
            let lastWord = trimmed[(trimmed.lastIndex(of: " ").map(trimmed.index(after:)) ?? trimmed.startIndex)...]
            guard !lastWord.isEmpty else { break }
            // A cut phrase must not end on a function word or a possessive (`… in Russia’s`).
            let isDangling = Self.dangling.contains(lastWord.lowercased())
            guard isShortened || isDangling, isDangling || lastWord.hasSuffix("’s") || lastWord.hasSuffix("'s") else { break }
            trimmed = trimmed[..<lastWord.startIndex]
        }
        guard let initial = trimmed.first else { return "" }
        return initial.uppercased() + trimmed.dropFirst()
    }

    /// Whether a summary's last character is trimmed off: a space or one of `.,;:—-–(`. An ASCII character equals only
    /// itself, so its byte is compared; any other is compared as a character (U+037E is a semicolon to `==`).
    private static func isTrailingMark(_ last: Character) -> Bool {
        if let byte = last.asciiValue, last.utf8.count == 1 { return " .,;:-(".utf8.contains(byte) }
        return ".,;:—-–(".contains(last)
    }

    /// `words`, slices of `raw` in order, joined by single spaces: the span of `raw` they cover when one space parts
    /// each from the next there (most text).
    private static func joined(_ words: ArraySlice<Substring>, in raw: String) -> String {
        guard let first = words.first, let last = words.last else { return "" }
        let span = raw[first.startIndex..<last.endIndex]
        let singleSpaced = span.utf8.count == words.reduce(words.count - 1) { $0 + $1.utf8.count }
        return singleSpaced ? String(span) : words.joined(separator: " ")
    }

    /// The number of characters of a word without spaces: its bytes when they are ASCII other than a carriage return.
    private static func length(_ word: Substring) -> Int {
        word.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? word.utf8.count : word.count
    }
}
