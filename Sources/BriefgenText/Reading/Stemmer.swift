/// A light English suffix stripper ("negotiations" → "negoti", "attacks" → "attack", "injured" → "injur"):
/// enough to match inflected forms of one word in term vectors; stems are not shown to readers.
enum Stemmer {
    /// The stem of `word` (lower case).
    static func stem(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return ASCII.string(stem(ascii: Array(word.utf8))) }
        var scalars = Array(word.unicodeScalars)
        guard scalars.count > 3 else { return word }
        for suffix in suffixes {
            let tail = Array(suffix.unicodeScalars)
            if scalars.count - tail.count >= 3, scalars.suffix(tail.count).elementsEqual(tail) {
                scalars.removeLast(tail.count)
                break
            }
        }
        if let last = scalars.last, last == "e" || last == "y" || last == "i", scalars.count > 3 { scalars.removeLast() }
        if scalars.count > 3, let last = scalars.last, scalars[scalars.count - 2] == last, !"aeiouls".unicodeScalars.contains(last) {
            scalars.removeLast()
        }
        return ScalarText.string(scalars[...])
    }

    /// The stem of an ASCII word (lower case), as bytes: the same rules as ``stem(_:)`` without any `String` work.
    static func stem(ascii word: [UInt8]) -> [UInt8] {
        var bytes = word
        guard bytes.count > 3 else { return bytes }
        for tail in asciiSuffixes where bytes.count - tail.count >= 3 && bytes.suffix(tail.count).elementsEqual(tail) {
            bytes.removeLast(tail.count)
            break
        }
        if let last = bytes.last, last == UInt8(ascii: "e") || last == UInt8(ascii: "y") || last == UInt8(ascii: "i"),
           bytes.count > 3 {
            bytes.removeLast()
        }
        if bytes.count > 3, let last = bytes.last, bytes[bytes.count - 2] == last, !keptDoubles.contains(last) {
            bytes.removeLast()
        }
        return bytes
    }

    /// Suffixes tried longest first.
    private static let suffixes = [
        "ational", "ization", "fulness", "iveness", "ations", "ation", "ments", "ment", "ities", "ity", "ings", "ing",
        "ies", "ied", "ers", "er", "ed", "es", "ly", "s",
    ]
    private static let asciiSuffixes: [[UInt8]] = suffixes.map { Array($0.utf8) }
    /// Final letters that stay doubled (`all`, `less`, `zoo`).
    private static let keptDoubles: [UInt8] = Array("aeiouls".utf8)
}
