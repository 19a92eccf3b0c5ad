/// Chooses or writes an article's headline and dek.
public struct HeadlineWriter: Sendable {
    /// A headline with its dek.
    public struct Lead: Sendable, Hashable {
        public var headline: Headline
        public var dek: String?
    }

    /// Creates a writer.
    public init() {}

    /// The front matter title when given, else a headline written from the lead sentence (marked generated).
    public func write(
        _ text: ScalarText, paragraphs: [TextParagraph], sentences: [Sentence], title: String?, statistics: [Statistic]
    ) -> Lead {
        let dek = sentences.count > 1 ? text.text(of: sentences[1]) : nil
        if let title, !title.isEmpty {
            return Lead(headline: Headline(text: title, source: .frontMatter), dek: sentences.first.map(text.text(of:)))
        }
        guard let first = sentences.first else {
            return Lead(headline: Headline(text: "Untitled article", source: .generated), dek: nil)
        }
        var words = text.text(of: first).split(separator: " ").prefix(12).joined(separator: " ")
        while let last = words.unicodeScalars.last, ".,;:".unicodeScalars.contains(last) { words.unicodeScalars.removeLast() }
        return Lead(headline: Headline(text: words, source: .generated, sentence: 0), dek: dek)
    }
}
