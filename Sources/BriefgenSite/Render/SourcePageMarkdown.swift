import BriefgenMarkdown
import BriefgenText

/// A source page's Markdown written straight from its article as UTF-8 bytes: byte for byte what the built-in
/// `source.md` (with `partials/figure.md` and `partials/event.md`) renders through Mustache from
/// ``SiteAssembler/sourcePageView(_:site:)``, without the page view (a string per sentence, per paragraph's markup)
/// or Mustache's lookups; figures and events are written from the analysis, not from their views. Source pages are most of a site's pages; building their views and rendering them through
/// Mustache was about a third of the render stage.
///
/// Used only while those three templates are the texts this mirrors (``mirrors(_:)``, checked by digest when the
/// templates are loaded): a project that overrides any of them renders through Mustache. `SourcePageMarkdownTests`
/// compare both ways on the seeds and on awkward text. Every value is escaped with ``MarkdownEscaper`` as the
/// `MARKDOWN` content type escapes it, and values inserted unescaped by the template (`{{{href}}}`, `{{{sourceURL}}}`)
/// are inserted unescaped here too: nothing from an article gains markup this way that it could not through the
/// template.
enum SourcePageMarkdown {
    /// The page's Markdown (directives already as sentinels, as ``TemplateDirectives`` compiles a template).
    static func markdown(of a: AnalyzedArticle, site: SiteView, assembler: SiteAssembler) -> [UInt8] {
        var w = MarkdownBytes()
        w.out.reserveCapacity(a.analysis.text.string.utf8.count * 3 / 2 + 4096)
        w.sourcePage(a, assembler: assembler)
        return w.out
    }

    /// StableHasher digest of the three template texts this writer mirrors (`source.md`, `partials/figure.md`,
    /// `partials/event.md`, in that order). A test fails when the built-in templates change: update the writer, then
    /// this digest.
    static let mirroredDigest = "cb2798541163a96314136592ee88a728"

    /// Whether `templates` (template file name → text, after overrides) hold exactly the texts this writer mirrors.
    static func mirrors(_ templates: [String: String]) -> Bool {
        digest(templates) == mirroredDigest
    }

    static func digest(_ templates: [String: String]) -> String {
        var hasher = StableHasher()
        for name in ["source.md", "partials/figure.md", "partials/event.md"] { hasher.combine(templates[name]) }
        return hasher.finalize()
    }
}

extension MarkdownBytes {
    /// The Markdown of `a`'s page (see ``SourcePageMarkdown``).
    mutating func sourcePage(_ a: AnalyzedArticle, assembler: SiteAssembler) {
        let root = OutputPath("sources", a.article.id, "index.html").root
        let analysis = a.analysis
        let card = assembler.card(a, root: root)
        let metadata = a.article.metadata
        text("# ")
        escaped(card.headline)
        text("\n\n")
        if card.headlineGenerated {
            directive(Directive.attributes, ".note")
            text(" ")
            open("span .generated-mark")
            text("Generated headline")
            close()
            text(" The article has no title; briefgen wrote this headline from its lead.\n\n")
        }
        if let dek = card.dek {
            directive(Directive.attributes, ".dek")
            text(" ")
            escaped(dek)
            text("\n\n")
        }
        text("\n")
        containerOpen("section .source-meta #about-source")
        text("## About this source\n\n- **Published:** ")
        escaped(card.published)
        text(" — ")
        escaped(assembler.publishedSourceText(analysis.published))
        text("\n")
        if let evidence = analysis.published.evidence {
            text("- **Date evidence:** “")
            escaped(evidence)
            text("”\n")
        }
        if let outlet = card.outlet {
            text("- **Outlet:** ")
            escaped(outlet)
            text("\n")
        }
        if let author = metadata.author {
            text("- **Author:** ")
            escaped(author)
            text("\n")
        }
        if let url = metadata.sourceURL {
            text("- **Original:** [")
            escaped(url)
            text("](")
            raw(url)
            text(")\n")
        }
        if let sourceText = metadata.sourceText {
            text("- **Source given as:** ")
            escaped(sourceText)
            text(" (not a web address, so not linked)\n")
        }
        for image in metadata.imageSources {
            text("- **Image source:** ")
            escaped(image)
            text("\n")
        }
        text("- **File:** ")
        escaped(a.article.publishedPath)
        text(" · ")
        number(card.figureCount)
        text(" figures · ")
        number(card.eventCount)
        text(" events\n")
        containerClose()
        text("\n")
        if card.sections.count > 2 {
            containerOpen("nav .outline #outline")
            text("## Contents\n\n")
            for link in card.sections {
                text("- [")
                escaped(link.title)
                text("](")
                raw(link.href)
                text(")")
                if link.generated { generatedTitle() }
                text("\n")
            }
            containerClose()
        }
        text("\n")
        containerOpen("section .article-text #text")
        text("## Full text\n\n")
        sections(a)
        containerClose()
        text("\n")
        containerOpen("section #figures")
        text("## Figures in this article\n\n")
        let link = SentenceLink(root: root, id: a.article.id)
        for statistic in analysis.statistics { figure(statistic, link: link) }
        if analysis.statistics.isEmpty { text("No figures found.\n") }
        containerClose()
        text("\n")
        containerOpen("section #events")
        text("## Dated events in this article\n\n")
        let events = analysis.events
        let label = assembler.shortLabel(a)
        var dated = 0
        for event in events where !(event.date ?? "").isEmpty {
            self.event(event, label: label, link: link)
            dated += 1
        }
        if dated == 0 { text("No dated events found.\n") }
        for event in events where (event.date ?? "").isEmpty {
            text("- ")
            directive(Directive.attributes, ".event .relative")
            text(" ")
            open("span .event-date")
            text("“")
            escaped(SiteAssembler.dateText(event))
            text("”")
            close()
            text(" ")
            open("span .event-body")
            open("span .event-summary")
            escaped(event.summary)
            close()
            text(" ")
            open("span .event-sources")
            text("[relative to an unknown publication date: sentence](")
            link.write(sentence: event.sentence, to: &out)
            text(")")
            close()
            close()
            text("\n")
        }
        containerClose()
    }

    /// ` {span .generated-mark .small}generated title{/span}`
    fileprivate mutating func generatedTitle() {
        text(" ")
        open("span .generated-mark .small")
        text("generated title")
        close()
    }

    /// The sections with their paragraphs, each sentence as ``SentenceMarkup`` writes it.
    fileprivate mutating func sections(_ a: AnalyzedArticle) {
        let analysis = a.analysis
        var figureSentences = Set<Int>()
        for s in analysis.statistics { figureSentences.insert(s.sentence) }
        var eventSentences = Set<Int>()
        for e in analysis.events { eventSentences.insert(e.sentence) }
        let sentences = analysis.sentences
        for (index, section) in analysis.sections.enumerated() {
            text("\n")
            sentinel(Directive.containerOpen)
            text("section .text-section #")
            escaped("section-\(index + 1)")
            sentinel(Directive.end)
            text("\n\n### ")
            escaped(section.title)
            if section.titleSource == .generated { generatedTitle() }
            text("\n\n")
            var lastParagraph = -1
            var open = false
            for s in section.firstSentence...max(section.firstSentence, section.lastSentence) where sentences.indices.contains(s) {
                let sentence = sentences[s]
                if sentence.paragraph != lastParagraph {
                    if open { text("\n\n") }
                    open = true
                    lastParagraph = sentence.paragraph
                }
                sentinel(Directive.open)
                text("span #s-")
                out.append(contentsOf: String(s).utf8)
                text(" .sentence")
                if figureSentences.contains(s) { text(" .has-figure") }
                if eventSentences.contains(s) { text(" .has-event") }
                sentinel(Directive.end)
                analysis.text.withUTF8(sentence.start, sentence.end) { MarkdownEscaper.escape(utf8: $0, appendingTo: &out) }
                close()
                text(" ")
            }
            if open { text("\n\n") }
            containerClose()
        }
    }

    /// `partials/figure.md`, with what ``SiteAssembler/figureView(_:in:root:)`` would give it.
    fileprivate mutating func figure(_ f: Statistic, link: SentenceLink) {
        let verification = f.verification.rawValue
        let amount = DisplayFormat.amount(f)
        text("- ")
        sentinel(Directive.attributes)
        text(".figure .figure-")
        escaped(verification)
        sentinel(Directive.end)
        text(" ")
        open("span .figure-head")
        open("strong .amount")
        escaped(amount)
        close()
        text(" ")
        escaped(f.what)
        close()
        text(" ")
        open("span .figure-meta")
        if let place = f.place {
            escaped(place)
            text(" · ")
        }
        if let period = SiteAssembler.periodText(f) {
            escaped(period)
            text(" · ")
        }
        open("span .who")
        escaped(f.attribution?.who ?? "no source given")
        if let verb = f.attribution?.verb {
            text(" (")
            escaped(verb)
            text(")")
        }
        close()
        text(" ")
        sentinel(Directive.open)
        text("span .badge .badge-")
        escaped(verification)
        sentinel(Directive.end)
        escaped(DisplayFormat.verificationLabel(f.verification))
        close()
        text(" [Source sentence")
        open("span .visually-hidden")
        text(" for ")
        escaped(amount)
        text(" ")
        escaped(f.what)
        close()
        text("](")
        link.write(sentence: f.sentence, to: &out)
        text(")")
        close()
        text("\n")
    }

    /// `partials/event.md`, with what ``SiteAssembler/eventViews(of:root:)`` would give it (one source: the page's).
    fileprivate mutating func event(_ e: DatedEvent, label: String, link: SentenceLink) {
        eventHead(precision: e.precision.rawValue, isRange: e.end != nil, date: SiteAssembler.dateText(e), summary: e.summary)
        text("[")
        escaped(label)
        text("](")
        link.write(sentence: e.sentence, to: &out)
        text(")")
        close()
        close()
        text("\n")
    }
}

/// A link to a sentence of the page's article, `root + "sources/<id>/index.html#s-<n>"`, written as bytes.
fileprivate struct SentenceLink {
    let prefix: [UInt8]

    init(root: String, id: String) { prefix = Array((root + "sources/" + id + "/index.html#s-").utf8) }

    func write(sentence: Int, to out: inout [UInt8]) {
        out += prefix
        out += String(sentence).utf8
    }
}
