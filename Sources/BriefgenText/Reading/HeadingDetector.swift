/// Decides which paragraphs are headings: declared ones (Markdown), else short title-like lines.
public struct HeadingDetector: Sendable {
    /// Creates a detector.
    public init() {}

    /// Returns `paragraphs` with heading kinds set.
    /// - Parameter declared: paragraph index → level, from the source markup; nil to detect from the text.
    public func classify(_ text: ScalarText, paragraphs: [TextParagraph], declared: [Int: Int]?) -> [TextParagraph] {
        var result = paragraphs
        if let declared {
            for (index, level) in declared where index < result.count { result[index].kind = .heading(level: level) }
            return result
        }
        for index in result.indices where index + 1 < result.count && looksLikeHeading(text.text(of: result[index])) {
            result[index].kind = .heading(level: 2)
        }
        return result
    }

    private func looksLikeHeading(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard (1...12).contains(words.count), let last = line.unicodeScalars.last else { return false }
        if ".!?:;,\"”’'…".unicodeScalars.contains(last) { return false }
        let capitalized = words.filter { $0.first?.isUppercase == true }.count
        return capitalized * 2 >= words.count
    }
}
