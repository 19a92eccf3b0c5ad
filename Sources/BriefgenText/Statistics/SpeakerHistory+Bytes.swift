/// ``SpeakerHistory/isPerson(_:)`` for a source written in ASCII (nearly all are), on its bytes.
///
/// The general rule lower-cases the source, splits it into `String` words and hashes each into several word sets; for
/// ASCII text, lower-casing is a byte map and each word's sets are one ``WordClasses`` lookup of its bytes, with the
/// same answers (the word lists are ASCII, and ASCII text has no other canonical form).
extension SpeakerHistory {
    /// Most words a source is read with on this path; a longer source takes the general rule.
    private static let maxASCIIWords = 32

    /// Whether an ASCII source is a person by its words alone (as ``isPerson(_:)`` without the people named so far):
    /// nil when `who` is not ASCII or too long for this path.
    static func isPersonASCII(_ who: String) -> Bool? {
        var who = who
        return who.withUTF8 { bytes -> Bool? in
            guard bytes.count <= 256 else { return nil }
            for byte in bytes where byte >= 0x80 { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { lower -> Bool? in
                for index in 0..<bytes.count {
                    let byte = bytes[index]
                    lower[index] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                }
                // The words: runs of bytes other than the space, as `split(separator: " ")` cuts them.
                var classes: [WordClasses] = []
                classes.reserveCapacity(8)
                var lastStart = -1
                var start = 0
                while start < bytes.count {
                    if lower[start] == 0x20 {
                        start += 1
                        continue
                    }
                    var end = start
                    while end < bytes.count, lower[end] != 0x20 { end += 1 }
                    guard classes.count < maxASCIIWords else { return nil }
                    classes.append(WordClasses.of(bytes: UnsafeBufferPointer(rebasing: lower[start..<end])))
                    lastStart = start
                    start = end
                }
                return judge(classes, lastWordCapitalized: lastStart >= 0 && bytes[lastStart] >= 0x41 && bytes[lastStart] <= 0x5A)
            }
        }
    }

    /// The rule of ``isPerson(_:)`` on the classes of a source's words, in order.
    private static func judge(_ words: [WordClasses], lastWordCapitalized: Bool) -> Bool {
        // The head noun: the word before the first link (`member` in `member of a local resistance group`); an empty
        // word (in no list) when the source opens with a link.
        let head: WordClasses = words.firstIndex(where: { $0.contains(.speakerLink) }).map { $0 > 0 ? words[$0 - 1] : [] }
            ?? (words.last ?? [])
        if head.contains(.personNoun) || head.contains(.title) { return true }
        if words.contains(where: { $0.contains(.title) }) { return !head.contains(.organizationWord) }
        guard lastWordCapitalized else { return false }
        return !words.contains { $0.contains(.organizationWord) || $0.contains(.place) || $0.contains(.body) }
            && !words.dropLast().contains { $0.contains(.speakerLink) }
    }
}
