import BriefgenText
import Foundation

/// Builds analysis inputs for statistic tests without depending on the sentence splitter under development.
enum StatisticTestSupport {
    /// One sentence per string, joined by single spaces, all in paragraph 0.
    static func text(_ parts: [String]) -> (ScalarText, [Sentence]) {
        var sentences: [Sentence] = []
        var offset = 0
        for part in parts {
            let length = part.unicodeScalars.count
            sentences.append(Sentence(start: offset, end: offset + length, paragraph: 0))
            offset += length + 1
        }
        return (ScalarText(parts.joined(separator: " ")), sentences)
    }

    /// The figures of the given sentences (entities recognized, no timexes unless given).
    static func statistics(_ parts: String..., timexes: [Timex] = []) -> [Statistic] {
        let (text, sentences) = text(parts)
        let entities = EntityRecognizer().recognize(text, sentences: sentences)
        return StatisticExtractor().extract(text, sentences: sentences, timexes: timexes, entities: entities)
    }

    /// The numbers the parser reads in one sentence.
    static func numbers(_ sentence: String) -> [NumberMention] {
        NumberParser().mentions(in: WordTokenizer().tokens(ScalarText(sentence)))
    }

    /// A seed article's body (metadata lines removed) and its sentences, split on sentence-final punctuation followed
    /// by a capital, except after initialisms (`U.S.`) and common abbreviations; lines without final punctuation are
    /// headings and hold no sentences.
    static func seed(_ name: String) throws -> (ScalarText, [Sentence]) {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let raw = try String(contentsOf: root.appendingPathComponent("seeds/\(name)"), encoding: .utf8)
        let lines = raw.components(separatedBy: "\n").map { line -> String in
            guard let range = line.range(of: "image source from:") else { return line }
            return String(line[..<range.lowerBound])
        }
        let body = lines.joined(separator: "\n")
        let text = ScalarText(body)
        var sentences: [Sentence] = []
        let s = text.scalars
        var paragraph = 0
        var lineStart = 0
        for index in 0...s.count where index == s.count || s[index] == "\n" {
            defer { lineStart = index + 1 }
            var start = lineStart, end = index
            while start < end, s[start].properties.isWhitespace { start += 1 }
            while end > start, s[end - 1].properties.isWhitespace { end -= 1 }
            guard end > start else { continue }
            defer { paragraph += 1 }
            guard ".!?’”'\"".unicodeScalars.contains(s[end - 1]) else { continue }
            var sentenceStart = start
            var i = start
            while i < end {
                if ".!?".unicodeScalars.contains(s[i]) {
                    var j = i + 1
                    while j < end, "’”'\"".unicodeScalars.contains(s[j]) { j += 1 }
                    if j + 1 < end, s[j] == " ", s[j + 1].properties.isUppercase, !isAbbreviation(s, before: i, from: sentenceStart) {
                        sentences.append(Sentence(start: sentenceStart, end: j, paragraph: paragraph))
                        sentenceStart = j + 1
                    }
                    i = j
                } else {
                    i += 1
                }
            }
            sentences.append(Sentence(start: sentenceStart, end: end, paragraph: paragraph))
        }
        return (text, sentences)
    }

    private static func isAbbreviation(_ s: [Unicode.Scalar], before period: Int, from start: Int) -> Bool {
        var wordStart = period
        while wordStart > start, !s[wordStart - 1].properties.isWhitespace { wordStart -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[wordStart..<period])
        let word = String(view)
        return word.contains(".") || (word.count == 1 && word.first!.isUppercase)
            || ["Mr", "Mrs", "Ms", "Dr", "Gen", "St", "No", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"].contains(word)
    }
}
