import Foundation

/// A fixed list of ASCII needles for ``TextSearch/containsAny(_:in:)-(NeedleSet,_)``, indexed by first byte, so that
/// one pass over a text tries at each byte only the needles that start with it (instead of one pass a needle).
struct NeedleSet: Sendable {
    /// The needles as given, for text that takes Foundation's search.
    let needles: [String]
    /// The needles' bytes, sorted by first byte; those starting with byte `b` are `bytes[firsts[b]..<firsts[b + 1]]`.
    private let bytes: [[UInt8]]
    private let firsts: [Int]

    /// A set of needles (empty ones are never found, as Foundation finds no empty string).
    init(_ needles: [String]) {
        self.needles = needles
        let sorted = needles.map { Array($0.utf8) }.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }
        bytes = sorted
        var firsts = [Int](repeating: sorted.count, count: 257)
        for (index, needle) in sorted.enumerated().reversed() { firsts[Int(needle[0])] = index }
        // A byte no needle starts with points at the next byte's first needle, so its range is empty.
        for byte in stride(from: 255, through: 0, by: -1) where firsts[byte] > firsts[byte + 1] { firsts[byte] = firsts[byte + 1] }
        self.firsts = firsts
    }

    /// Whether a needle occurs in `text`, as a byte search over each needle answers.
    func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while start < text.count {
            let first = Int(text[start])
            var index = firsts[first]
            let end = firsts[first + 1]
            while index < end {
                let needle = bytes[index]
                if needle.count <= text.count - start {
                    var offset = 1
                    while offset < needle.count, text[start + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
                index += 1
            }
            start += 1
        }
        return false
    }
}

extension TextSearch {
    /// Whether any of `needles` occurs in `text`, as `needles.needles.contains { text.contains($0) }` answers (see
    /// ``containsAny(_:in:)-([String],_)``), in one pass over plain text.
    static func containsAny(_ needles: NeedleSet, in text: String) -> Bool {
        var text = text
        let answer: Bool? = text.withUTF8 { bytes in isPlain(bytes) ? needles.occurs(in: bytes) : nil }
        return answer ?? needles.needles.contains { text.contains($0) }
    }
}
