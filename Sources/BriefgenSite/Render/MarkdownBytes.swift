import BriefgenMarkdown

/// A template's Markdown written as bytes: literal text, values escaped as the `MARKDOWN` content type escapes
/// them, and directive sentinels.
struct MarkdownBytes {
    var out: [UInt8] = []

    mutating func text(_ literal: StaticString) {
        out.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// `{{value}}`: Markdown-escaped.
    mutating func escaped(_ value: String) { MarkdownEscaper.escape(value, appendingTo: &out) }

    /// `{{{value}}}`, or text rendered already: as it is.
    mutating func raw(_ value: String) {
        var value = value
        value.withUTF8 { out.append(contentsOf: $0) }
    }

    /// A sentinel (U+E000…U+E006: EE 80 8x).
    mutating func sentinel(_ scalar: Unicode.Scalar) {
        out.append(0xEE)
        out.append(0x80)
        out.append(UInt8(0x80 + scalar.value - 0xE000))
    }

    /// A directive with literal text (`kind`, `body`, then the end sentinel), as ``TemplateDirectives`` compiles
    /// `{.lede}`, `{{widget density}}` and the like.
    mutating func directive(_ kind: Unicode.Scalar, _ body: StaticString) {
        sentinel(kind)
        text(body)
        sentinel(Directive.end)
    }

    /// An integer as Mustache shows it (`String(describing:)`, then escaped: a minus sign gets its backslash).
    mutating func number(_ value: Int) { escaped(String(value)) }

    /// A `:::tag attributes` line as ``TemplateDirectives`` compiles it: a blank line, the sentinel line, a blank line.
    mutating func containerOpen(_ header: StaticString) {
        text("\n")
        sentinel(Directive.containerOpen)
        text(header)
        sentinel(Directive.end)
        text("\n\n")
    }

    /// A `:::` line, compiled.
    mutating func containerClose() {
        text("\n")
        sentinel(Directive.containerClose)
        text("\n\n")
    }

    /// `{tag attributes}` compiled.
    mutating func open(_ header: StaticString) {
        sentinel(Directive.open)
        text(header)
        sentinel(Directive.end)
    }

    /// `{/tag}` compiled.
    mutating func close() { sentinel(Directive.close) }
}

extension MarkdownBytes {
    /// The start of `partials/event.md` for one event — its list item and classes, its date and its summary — up to
    /// the opened `event-sources` span (what goes in it differs between a source page and a timeline page).
    mutating func eventHead(precision: String, isRange: Bool, date: String, summary: String) {
        text("- ")
        sentinel(Directive.attributes)
        text(".event .precision-")
        escaped(precision)
        if isRange { text(" .is-range") }
        sentinel(Directive.end)
        text(" ")
        open("span .event-date")
        escaped(date)
        close()
        text(" ")
        open("span .event-body")
        open("span .event-summary")
        escaped(summary)
        close()
        text(" ")
        open("span .event-sources")
    }
}
