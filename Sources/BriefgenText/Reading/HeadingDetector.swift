/// Decides which paragraphs are headings: the source's declared ones (Markdown `#`), else short title-like lines.
///
/// In plain text, a paragraph is a section heading (level 2) when it is a short title-case line without final
/// punctuation that is followed by body text; the first paragraph is a title line (level 1) when it looks like a
/// title and body text follows. One-line quotes, datelines ("KYIV, Ukraine (AP) —"), bylines ("By Jane Doe"),
/// metadata lines and short sentences in sentence case are never headings.
public struct HeadingDetector: Sendable {
    /// Creates a detector.
    public init() {}

    /// Returns `paragraphs` with heading kinds set.
    /// - Parameter declared: paragraph index → level, from the source markup; nil to detect from the text.
    public func classify(_ text: ScalarText, paragraphs: [TextParagraph], declared: [Int: Int]?) -> [TextParagraph] {
        var result = paragraphs
        if let declared {
            for index in declared.keys.sorted() where index >= 0 && index < result.count {
                result[index].kind = .heading(level: max(1, declared[index] ?? 2))
            }
            return result
        }
        let lines = paragraphs.map { paragraph in
            paragraph.end - paragraph.start > LineShape.longestHeading ? LineShape.longBody : LineShape(text.text(of: paragraph))
        }
        for index in lines.indices where lines[index].length <= LineShape.longestHeading {
            if index == 0, lines[0].isTitleLine, isFollowedByBody(0, lines) {
                result[0].kind = .heading(level: 1)
            } else if index > 0, lines[index].isSectionHeading, isFollowedByBody(index, lines) {
                result[index].kind = .heading(level: 2)
            }
        }
        return result
    }

    /// Whether body text follows paragraph `index` (a byline or dateline may come between).
    private func isFollowedByBody(_ index: Int, _ lines: [LineShape]) -> Bool {
        var next = index + 1
        while next < lines.count, next <= index + 2, lines[next].isBylineOrDateline { next += 1 }
        return next < lines.count && lines[next].isBody
    }
}
