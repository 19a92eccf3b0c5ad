/// An article's tokens in blocks, one per paragraph, with each sentence's token range.
///
/// Recognition runs over whole paragraphs, so a sentence splitter's false break (`at 10 p.m. Wednesday`,
/// `Daniel P. Davison Feb. 1`) cuts neither an expression nor the clause its tense is read from.
struct TokenBlocks: Sendable {
    /// Tokens of each block.
    var blocks: [TimexRecognizer.Tokens]
    /// For each sentence: its block and its token range in that block.
    var sentenceBlock: [Int]
    var sentenceRange: [Range<Int>]
    /// The first sentence of each block.
    var blockFirstSentence: [Int]

    /// Tokenizes the sentences of `text`, grouping consecutive sentences of one paragraph into a block.
    init(_ text: ScalarText, sentences: [Sentence]) {
        let tokenizer = TimexTokenizer()
        blocks = []
        sentenceBlock = []
        sentenceRange = []
        blockFirstSentence = []
        var n = 0
        while n < sentences.count {
            var last = n
            while last + 1 < sentences.count, sentences[last + 1].paragraph == sentences[n].paragraph { last += 1 }
            let tokens = tokenizer.tokens(text, from: sentences[n].start, to: sentences[last].end)
            var cursor = 0
            for s in n...last {
                let lower = cursor
                while cursor < tokens.count, tokens[cursor].start < sentences[s].end { cursor += 1 }
                sentenceBlock.append(blocks.count)
                sentenceRange.append(lower..<cursor)
            }
            blockFirstSentence.append(n)
            blocks.append(TimexRecognizer.Tokens(all: tokens))
            n = last + 1
        }
    }

    /// The tokens of sentence `s` (at `span`) exactly as ``TimexTokenizer`` gives them for the sentence alone: its
    /// block's tokens, when no token of the block straddles the sentence's start or end; nil otherwise. Then a scan of
    /// the sentence alone starts where the block's scan had a token boundary, and every test the tokenizer makes past
    /// a token's last scalar (`i + 1 < end`, a letter after the digits, a possessive's `i + 2 >= end`) can only differ
    /// at the span's end, where a token would straddle it; so the two scans make the same tokens.
    func sentenceTokens(_ s: Int, span: Sentence) -> [TimexToken]? {
        let all = blocks[sentenceBlock[s]].all
        let range = sentenceRange[s]
        if range.lowerBound > 0, all[range.lowerBound - 1].end > span.start { return nil }
        if range.upperBound < all.count, all[range.upperBound].start < span.end { return nil }
        for token in all[range] where token.start < span.start || token.end > span.end { return nil }
        // A sentence that is its whole block (most paragraphs of news are one sentence) shares the block's array: no
        // copy of each token (and of the references to its strings).
        if range == all.indices { return all }
        return Array(all[range])
    }

    /// The sentence holding token `index` of block `block`.
    func sentence(ofToken index: Int, inBlock block: Int) -> Int {
        var found = blockFirstSentence[block]
        while found + 1 < sentenceBlock.count, sentenceBlock[found + 1] == block, sentenceRange[found + 1].lowerBound <= index {
            found += 1
        }
        return found
    }
}
