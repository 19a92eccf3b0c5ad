/// The private-use characters that carry template directives through cmark.
///
/// Template authors write `{: #id .class}`, `{span .class}…{/span}` and `{widget name}`; when a template is
/// loaded these become sentinel characters. Article text can never contain them (``MarkdownEscaper`` replaces
/// them), so only a template can add an attribute, an element or a widget to the HTML.
public enum Directive {
    /// Opens an inline element: `open` + "tag attributes" + `end`.
    public static let open: Unicode.Scalar = "\u{E000}"
    /// Ends the header of a directive.
    public static let end: Unicode.Scalar = "\u{E001}"
    /// Closes the innermost inline element.
    public static let close: Unicode.Scalar = "\u{E002}"
    /// Attributes for the element just opened by cmark: `attributes` + "attributes" + `end`.
    public static let attributes: Unicode.Scalar = "\u{E003}"
    /// A widget placeholder: `widget` + "name" + `end`, alone in a paragraph.
    public static let widget: Unicode.Scalar = "\u{E004}"

    /// Opens a block container: `containerOpen` + "tag attributes" + `end`, alone in a paragraph.
    public static let containerOpen: Unicode.Scalar = "\u{E005}"
    /// Closes the innermost block container, alone in a paragraph.
    public static let containerClose: Unicode.Scalar = "\u{E006}"

    /// All sentinel scalars.
    public static let all: Set<Unicode.Scalar> = [open, end, close, attributes, widget, containerOpen, containerClose]

    /// Block containers a template may open with a `:::tag …` line and close with `:::`.
    public static let containerTags: Set<String> = [
        "section", "aside", "nav", "details", "figure", "div", "header", "footer", "article", "ol", "ul",
    ]

    /// Inline elements a template may open with `{tag …}`.
    public static let inlineTags: Set<String> = [
        "span", "time", "mark", "small", "abbr", "cite", "data", "sup", "a", "summary", "caption", "figcaption", "strong", "em",
    ]

    /// Inline elements that may not sit in a paragraph: a paragraph holding only one of them is unwrapped.
    public static let unwrappedTags: Set<String> = ["summary", "caption", "figcaption"]
}

/// An inline tag a template may open (``Directive/inlineTags``), looked up by its UTF-8 bytes.
struct InlineTag: Sendable {
    /// The tag's name.
    let name: String
    /// Whether it is one of ``Directive/unwrappedTags``.
    let unwraps: Bool

    /// The tags, with their bytes (a page opens one for every sentence: comparing a few short byte strings is cheaper
    /// than making a string and hashing it).
    private static let table: [(bytes: [UInt8], tag: InlineTag)] = Directive.inlineTags.sorted().map {
        (Array($0.utf8), InlineTag(name: $0, unwraps: Directive.unwrappedTags.contains($0)))
    }

    /// The inline tag spelled by `bytes` exactly, or nil.
    static func named<C: Collection<UInt8>>(_ bytes: C) -> InlineTag? {
        let count = bytes.count
        for entry in table where entry.bytes.count == count && entry.bytes.elementsEqual(bytes) { return entry.tag }
        return nil
    }
}
