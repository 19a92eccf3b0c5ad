/// What the analysis reads: an article body and what its metadata already says.
public struct ArticleInput: Sendable {
    /// The body: one paragraph per line, `\n` line endings, metadata removed.
    public var text: String
    /// Paragraph indices (lines) the source format marks as headings, with their level (Markdown `#`);
    /// nil when the format has no markup, so headings are detected from the text.
    public var declaredHeadings: [Int: Int]?
    /// The front matter's title, if any.
    public var title: String?
    /// The publication date from front matter or configuration, if any.
    public var published: PublicationDate?

    /// Creates an input.
    public init(text: String, declaredHeadings: [Int: Int]? = nil, title: String? = nil, published: PublicationDate? = nil) {
        self.text = text
        self.declaredHeadings = declaredHeadings
        self.title = title
        self.published = published
    }
}
