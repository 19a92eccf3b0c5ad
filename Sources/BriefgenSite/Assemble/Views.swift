/// The values templates see. Plain structs of strings, flags and arrays: Mustache reads their properties.
///
/// Every string here is raw text; the template's content type escapes it (Markdown in `.md`, HTML in `layout.html`).

/// The site-wide values every page sees as `site`.
struct SiteView: Sendable, Encodable, Equatable {
    var title: String
    var description: String?
    var asOf: String
    var asOfISO: String
    var language: String
    var articleCount: Int
    var version: String
    var hasAsOf: Bool
    var hasFeed: Bool
}

/// One figure, ready to show.
struct FigureView: Sendable, Encodable {
    var amount: String
    var what: String
    var place: String?
    var period: String?
    var who: String
    var verb: String?
    var verification: String
    var verificationLabel: String
    var category: String
    var categoryLabel: String
    var href: String
    var sourceID: String
    var sourceTitle: String
    var sourceLabel: String
    var sentenceText: String
    var sentence: Int
    /// The figure's value.
    var value: Double
    /// `value` as fixed-width text that sorts like the number (a table's `data-sort`); made only when a template asks.
    var sortValue: String { Self.sortText(value) }

    /// `String(format: "%020.4f", value)`, with whole numbers (nine figures in ten) written without Foundation's
    /// formatter, which was a tenth of a figure table's render time: the digits, `.0000`, zeros in front to twenty
    /// characters, after the sign. Fractions, negative zero, huge and non-finite values still go to the formatter.
    static func sortText(_ value: Double) -> String {
        guard value.isFinite, value.magnitude < 1e15, value == value.rounded(.towardZero), !(value == 0 && value.sign == .minus)
        else { return String(format: "%020.4f", value) }
        let whole = Int64(value)
        let body = String(whole.magnitude) + ".0000"
        let sign = whole < 0 ? "-" : ""
        return sign + String(repeating: "0", count: max(0, 20 - sign.count - body.count)) + body
    }
}

/// One dated event, ready to show.
struct EventView: Sendable, Encodable {
    var date: String
    var dateISO: String
    var endISO: String?
    var precision: String
    var summary: String
    var href: String
    var sourceTitle: String
    var sentenceText: String
    var isRange: Bool
    var wording: String?
    var sources: [EventSourceView]
}

/// One source of a merged timeline entry.
struct EventSourceView: Sendable, Encodable {
    var title: String
    /// A short name for the link: the outlet, else the headline shortened.
    var label: String
    var href: String
}

/// A source card on the briefing page and the sources index.
struct SourceCardView: Sendable, Encodable {
    var id: String
    var href: String
    var headline: String
    var headlineGenerated: Bool
    var dek: String?
    var published: String
    var publishedNote: String?
    var outlet: String?
    var figureCount: Int
    var eventCount: Int
    var sections: [SectionLinkView]
}

/// A link to a section of a source page.
struct SectionLinkView: Sendable, Encodable {
    var title: String
    var generated: Bool
    var href: String
}

/// A section of a source page's text.
struct SectionTextView: Sendable, Encodable {
    var title: String
    var generated: Bool
    var anchor: String
    var paragraphs: [ParagraphView]
}

/// A paragraph of sentences with anchors.
struct ParagraphView: Sendable, Encodable {
    var sentences: [SentenceView]
    /// The paragraph as the default template writes it, ready to insert with `{{{markup}}}`: each sentence in
    /// `{span #s-N .sentence}` (plus `.has-figure`, `.has-event`), its text Markdown-escaped, a space after each (see
    /// ``SentenceMarkup``). Rendering sentence by sentence through Mustache was most of a source page's render time;
    /// a template that wants other markup still loops over `sentences`.
    var markup: String
}

/// A sentence with its anchor index.
struct SentenceView: Sendable, Encodable {
    var index: Int
    var text: String
    var hasFigure: Bool
    var hasEvent: Bool
}

/// Figures of one category.
struct FigureGroupView: Sendable, Encodable {
    var label: String
    var anchor: String
    var figures: [FigureView]
    /// How many figures the category has in all.
    var total: Int
    /// The category's own pages, when this group shows only the first figures.
    var moreHref: String?
}

/// Figures that count the same thing but disagree.
struct ConflictView: Sendable, Encodable {
    var what: String
    var figures: [FigureView]
}

/// A month of timeline entries.
struct MonthView: Sendable, Encodable {
    var label: String
    var anchor: String
    var events: [EventView]
}

/// A year of timeline entries.
struct YearView: Sendable, Encodable {
    var label: String
    var anchor: String
    var months: [MonthView]
}
