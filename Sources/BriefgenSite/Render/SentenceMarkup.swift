import BriefgenMarkdown

/// A source page's sentences as template Markdown, written directly rather than through Mustache, byte for byte what
/// this template fragment gives (a test renders both):
///
///     {{#sentences}}{span #s-{{index}} .sentence{{#hasFigure}} .has-figure{{/hasFigure}}{{#hasEvent}} .has-event{{/hasEvent}}}{{text}}{/span} {{/sentences}}
///
/// The directive becomes its sentinel characters here as ``TemplateDirectives`` would make them when loading a
/// template, and the text is escaped with ``MarkdownEscaper`` as Mustache's `MARKDOWN` content type does, so article
/// text can no more produce markup or a directive this way than through the template.
enum SentenceMarkup {
    /// Appends one sentence and the space after it.
    static func append(_ sentence: SentenceView, to markup: inout String) {
        markup.unicodeScalars.append(Directive.open)
        markup += "span #s-"
        markup += String(sentence.index)
        markup += " .sentence"
        if sentence.hasFigure { markup += " .has-figure" }
        if sentence.hasEvent { markup += " .has-event" }
        markup.unicodeScalars.append(Directive.end)
        markup += MarkdownEscaper.escape(sentence.text)
        markup += closeSpan
        markup += " "
    }

    /// `{/span}` compiled.
    private static let closeSpan = TemplateDirectives.compile("{/span}")
}
