/// The decision at one sentence-ending mark: where the sentence ends, where the next begins, where to read on.
struct BoundaryDecision {
    /// The sentence end (exclusive) and the start of the next sentence, when the mark ends a sentence.
    var boundary: (end: Int, next: Int)?
    /// The offset to continue scanning from.
    var resume: Int
}

extension SentenceBoundaryScanner {
    /// Decides whether the terminator run starting at `index` ends a sentence.
    func decide(at index: Int, end: Int, sentenceStart: Int) -> BoundaryDecision {
        let run = TerminatorRun(scalars: scalars, start: index, end: end)
        var after = run.end
        while after < end, Self.closers.contains(scalars[after]) { after += 1 }
        let none = BoundaryDecision(boundary: nil, resume: after)
        if index > sentenceStart, scalars[index - 1] == "[", after > run.end, scalars[run.end] == "]" { return none }
        guard after < end else { return none }
        guard scalars[after].isSpaceScalar else { return none }
        var next = after
        while next < end, scalars[next].isSpaceScalar { next += 1 }
        guard next < end else { return none }
        let upcoming = NextToken(scalars: scalars, start: next, end: end)
        guard upcoming.opensSentence else { return none }
        let boundary = BoundaryDecision(boundary: (after, next), resume: after)
        let detached = index > sentenceStart && scalars[index - 1].isSpaceScalar
        if run.isSpaced {
            if detached { return run.periods >= 4 ? boundary : none }
            // "compounds. . . . The": the first period ends the sentence, the ellipsis opens the next one.
            return BoundaryDecision(boundary: (index + 1, index + 2), resume: run.end)
        }
        if run.hasQuestionOrExclamation || run.periods > 1 || run.hasEllipsisCharacter || detached { return boundary }
        return periodDecision(at: index, sentenceStart: sentenceStart, upcoming: upcoming) ? boundary : none
    }

    /// Whether a single period at `index`, followed by a sentence-opening token, ends the sentence.
    private func periodDecision(at index: Int, sentenceStart: Int, upcoming: NextToken) -> Bool {
        var wordStart = index
        while wordStart > sentenceStart, !scalars[wordStart - 1].isSpaceScalar { wordStart -= 1 }
        let tokenStart = stripOpeners(wordStart, index)
        guard tokenStart < index else { return true }
        let kind = Abbreviations.kind(of: scalars[tokenStart..<index],
                                      afterCapitalizedWord: previousWordIsCapitalized(before: wordStart, limit: sentenceStart))
        switch kind {
        case nil: return true
        case .prepositive?: return false
        case .beforeNumber?, .ambiguous?:
            if upcoming.startsWithDigit { return false }
            return Abbreviations.isSentenceStarter(upcoming.word) && wordCount(sentenceStart, index, atLeast: 4)
        }
    }

    private func stripOpeners(_ start: Int, _ end: Int) -> Int {
        var index = start
        while index < end, Self.openers.contains(scalars[index]) { index += 1 }
        return index
    }

    private func previousWordIsCapitalized(before wordStart: Int, limit: Int) -> Bool {
        var index = wordStart - 1
        while index >= limit, scalars[index].isSpaceScalar { index -= 1 }
        guard index >= limit else { return false }
        while index > limit, !scalars[index - 1].isSpaceScalar { index -= 1 }
        let start = stripOpeners(index, wordStart)
        guard start < wordStart else { return false }
        let first = scalars[start]
        // ASCII's capitals are `A`-`Z`: compared, not looked up.
        return first.value < 0x80 ? first.value >= 0x41 && first.value <= 0x5A : first.properties.isUppercase
    }

    /// Whether `start..<end` holds at least `minimum` words (reads back at most that many words).
    private func wordCount(_ start: Int, _ end: Int, atLeast minimum: Int) -> Bool {
        var words = 0
        var inWord = false
        var index = end - 1
        while index >= start {
            let isSpace = scalars[index].isSpaceScalar
            if !isSpace, !inWord {
                words += 1
                if words >= minimum { return true }
            }
            inWord = !isSpace
            index -= 1
        }
        return false
    }

    /// The text between two offsets.
    func string(_ start: Int, _ end: Int) -> String { ScalarText.string(scalars[start..<end]) }
}

private extension Unicode.Scalar {
    var isSpaceScalar: Bool { ScalarClass.isSpace(self) }
}
