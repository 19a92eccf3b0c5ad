/// A list-item marker inside a paragraph ("1.", "2.)", "a)", "• 9."): a sentence starts at it.
struct ListMarker: Sendable, Equatable {
    /// How the marker is written; items of one list share a style.
    enum Style: Sendable, Equatable {
        case numberPeriod, numberPeriodParenthesis, numberParenthesis, letterPeriod, letterParenthesis
    }

    /// Where the item (and its sentence) starts: the bullet if any, else the marker.
    var start: Int
    /// The item's number (letters count from 1 for "a").
    var value: Int
    /// How the marker is written.
    var style: Style
    /// Offset of the marker's period, if it has one (not a sentence end).
    var period: Int?
}

/// Finds inline list markers that form a list: consecutive numbers or letters of one style, or a marker that opens
/// the paragraph ("1. The first item 2. The second item", "a. … b. … c. …").
struct ListMarkerScanner {
    /// The text's scalars.
    let scalars: [Unicode.Scalar]

    /// Markers of lists within `start..<end`, in order.
    func markers(from start: Int, to end: Int) -> [ListMarker] {
        var candidates: [ListMarker] = []
        // Only a token's first scalar can start a marker, so the space before it is checked first: most scalars are
        // then passed over with one test (read through a buffer pointer: no bounds check or reference count each).
        scalars.withUnsafeBufferPointer { s in
            var index = start
            while index < end {
                // Eight positions at a time while none can start a marker (``ScalarChunks``): the same ones are
                // passed over as one at a time below.
                if index > start, index + ScalarChunks.width < end, !ScalarChunks.mayHoldListMarker(
                    prev: ScalarChunks.load(s, index - 1), current: ScalarChunks.load(s, index),
                    next: ScalarChunks.load(s, index + 1)) {
                    index += ScalarChunks.width
                    continue
                }
                guard index == start || ScalarClass.isSpace(s[index - 1]) else {
                    index += 1
                    continue
                }
                let scalar = s[index]
                let isLetterMarker = scalar.value >= 0x61 && scalar.value <= 0x7A && index + 1 < end
                    && (s[index + 1] == "." || s[index + 1] == ")")
                if ScalarClass.isDigit(scalar) || isLetterMarker || Self.isBullet(scalar), let (marker, markerEnd) = marker(at: index, end: end) {
                    candidates.append(marker)
                    index = markerEnd
                } else {
                    index += 1
                }
            }
        }
        return lists(in: candidates, paragraphStart: start)
    }

    func lists(in candidates: [ListMarker], paragraphStart: Int) -> [ListMarker] {
        var accepted: [ListMarker] = []
        var chain: [ListMarker] = []
        func close() {
            guard let first = chain.first else { return }
            if chain.count >= 2 || first.start == paragraphStart, first.start == paragraphStart || first.value == 1 {
                accepted.append(contentsOf: chain)
            }
            chain = []
        }
        for candidate in candidates {
            if let last = chain.last, last.style == candidate.style, candidate.value == last.value + 1 {
                chain.append(candidate)
            } else {
                close()
                chain = [candidate]
            }
        }
        close()
        return accepted
    }

    /// The marker starting at `tokenStart` and the offset just past it, if one is there.
    func marker(at tokenStart: Int, end: Int) -> (ListMarker, Int)? {
        var index = tokenStart
        if Self.isBullet(scalars[index]) {
            index += 1
            while index < end, scalars[index] == " " { index += 1 }
        }
        guard index < end else { return nil }
        var value = 0
        var digits = 0
        var isLetter = false
        // ASCII decimal digits and lower-case letters are `0`-`9` and `a`-`z`: compared, not looked up as properties.
        while index < end, scalars[index].value >= 0x30 && scalars[index].value <= 0x39 {
            if digits < 4 { value = value * 10 + Int(scalars[index].value) - 48 }  // longer runs are not list markers
            digits += 1
            index += 1
        }
        if digits == 0 {
            let scalar = scalars[index]
            guard scalar.value >= 0x61 && scalar.value <= 0x7A else { return nil }
            value = Int(scalar.value) - Int(("a" as Unicode.Scalar).value) + 1
            isLetter = true
            index += 1
        } else if digits > 3 {
            return nil
        }
        guard index < end else { return nil }
        var period: Int? = nil
        var parenthesis = false
        if scalars[index] == "." { period = index; index += 1 }
        if index < end, scalars[index] == ")" { parenthesis = true; index += 1 }
        guard period != nil || parenthesis, index + 1 < end, scalars[index] == " " else { return nil }
        let next = scalars[index + 1]
        let isLowercase = next.value < 0x80 ? next.value >= 0x61 && next.value <= 0x7A : next.properties.isLowercase
        guard !ScalarClass.isSpace(next), !isLowercase else { return nil }
        let style: ListMarker.Style
        switch (isLetter, period != nil, parenthesis) {
        case (true, true, false): style = .letterPeriod
        case (true, false, true): style = .letterParenthesis
        case (true, _, _): return nil
        case (false, true, true): style = .numberPeriodParenthesis
        case (false, true, false): style = .numberPeriod
        default: style = .numberParenthesis
        }
        return (ListMarker(start: tokenStart, value: value, style: style, period: period), index)
    }

    /// • ⁃ ‣ ◦ ▪ ● –
    private static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2022, 0x2043, 0x2023, 0x25E6, 0x25AA, 0x25CF, 0x2013: return true
        default: return false
        }
    }
}
