/// The surface shape of one line (paragraph), as ``HeadingDetector`` sees it.
struct LineShape {
    /// The words, split at spaces.
    let words: [Substring]
    /// The line's first and last scalars.
    let first: Unicode.Scalar?
    let last: Unicode.Scalar?
    /// Number of scalars.
    let length: Int
    /// The line.
    let line: String

    /// Longest line (in scalars) that can be a heading or title line; longer lines are body text.
    static let longestHeading = 140
    /// A line too long to be a heading, standing for any such line without measuring it.
    static let longBody = LineShape(String(repeating: "body ", count: 17) + ".")

    /// Measures `line`.
    init(_ line: String) {
        self.line = line
        // Split on the bytes when every space and tab stands alone (the same pieces as splitting the characters).
        words = line.piecesBetweenStandAlone { $0 == 0x20 || $0 == 0x09 } ?? line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        first = line.unicodeScalars.first
        last = line.unicodeScalars.last
        length = line.unicodeScalars.count
    }

    /// Running text: ends like a sentence, or is too long to be a heading.
    var isBody: Bool {
        guard let last else { return false }
        return Self.sentenceEnds.contains(last) || words.count > 16
    }

    /// A section heading: short, title-like, no final punctuation.
    var isSectionHeading: Bool {
        words.count <= 12 && length <= 100 && hasHeadingPunctuation && !isBylineOrDateline && !isMetadata && isTitleCased
    }

    /// A title line at the top: short, opening with a capital, without final punctuation (or ending in "?" or "!"
    /// when title-cased). At the very top of an article such a line is a title even in sentence case
    /// ("Ukraine poised to sign minerals deal with US").
    var isTitleLine: Bool {
        guard words.count >= 2, words.count <= 16, length <= Self.longestHeading, !isBylineOrDateline, !isMetadata,
              let head = words.first, startsUpper(head) else { return false }
        return hasHeadingPunctuation || (isTitleCased && (last == "?" || last == "!"))
    }

    /// "By Jane Doe", "KYIV, Ukraine (AP) —", "Updated 5:32 PM".
    var isBylineOrDateline: Bool {
        if let head = words.first, head == "By" || head == "BY", words.count <= 8 { return true }
        // Searched on bytes where that gives Foundation's answer (``TextSearch``).
        if line.unicodeScalars.contains("("), TextSearch.containsAny(["(AP)", "(Reuters)", "(AFP)"], in: line) {
            return true
        }
        if let last, Self.dashes.contains(last) { return true }
        if let head = words.first, head.count > 2, head.hasSuffix(","), head.dropLast().allSatisfy({ $0.isUppercase || $0 == "-" }) {
            return true
        }
        return false
    }

    private var isMetadata: Bool {
        TextSearch.containsAny(["://"], in: line) || TextSearch.containsAny(["@"], in: line)
            || words.first.map { $0.hasSuffix(":") } == true || TextSearch.containsAny([":"], in: line) && words.count <= 4
    }

    private var hasHeadingPunctuation: Bool {
        guard let first, let last else { return false }
        if Self.quotes.contains(first) || Self.quotes.contains(last) { return false }
        return !Self.sentenceEnds.contains(last) && !Self.trailingMarks.contains(last) && !Self.dashes.contains(last)
    }

    /// Every word capitalized except short function words after the first; short lines (≤ 3 words) may be in
    /// sentence case.
    private var isTitleCased: Bool {
        guard let head = words.first, startsUpper(head) else { return false }
        if words.count <= 3, !words.contains(where: { Self.clauseWords.contains($0.lowercased()) }) { return true }
        for word in words.dropFirst() {
            let bare = word.drop(while: { !$0.isLetter && !$0.isNumber })
            guard let initial = bare.first else { continue }
            if Self.minorWords.contains(bare.lowercased()) { continue }
            if !(initial.isUppercase || initial.isNumber) { return false }
        }
        return true
    }

    private func startsUpper(_ word: Substring) -> Bool {
        guard let initial = word.first(where: { $0.isLetter || $0.isNumber }) else { return false }
        return initial.isUppercase || initial.isNumber
    }

    private static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "…", "\"", "”", "’", "'", ")"]
    private static let trailingMarks: Set<Unicode.Scalar> = [",", ";", ":"]
    private static let dashes: Set<Unicode.Scalar> = ["-", "–", "—", "_"]
    private static let quotes: Set<Unicode.Scalar> = ["\"", "“", "”", "‘", "’", "'", "«", "»"]
    private static let minorWords: WordSet = [
        "a", "an", "the", "and", "or", "but", "nor", "for", "of", "to", "in", "on", "at", "by", "with", "from", "as",
        "vs", "via", "per", "into", "over", "after", "amid", "up", "off", "out", "than", "is", "are", "be",
    ]
    private static let clauseWords: WordSet = [
        "i", "he", "she", "they", "we", "you", "it", "is", "are", "was", "were", "has", "have", "had", "will",
        "would", "said", "says", "do", "does", "did", "can", "could",
    ]
}
