import CCmarkGFM
import Foundation

/// Converts Markdown to HTML with libcmark-gfm (GFM tables, autolinks, strikethrough; safe mode on).
///
/// This is the only file in briefgen that touches cmark pointers; none leaves it.
///
/// cmark-gfm keeps process-global state that parsing with extensions mutates (design.md, pitfall 1): its tables of
/// special inline characters. Every `cmark_parser_finish` adds the extensions' characters (`~`, `:`, `w`) before it
/// parses a document's inlines and removes them after, and the table extension does the same around every row it
/// reads while the blocks are fed, whatever other parses are doing: one parse's removal made another lose its
/// strikethrough or links. So:
/// - `:` and `w` (autolinks) are added once, when the extensions are registered, and the autolink extension's list is
///   emptied: no parse adds or removes them again. Every parser in briefgen attaches the same three extensions, so
///   they are special in every parse anyway.
/// - `~` cannot be pinned: strikethrough finds itself by that list when it closes a `~~` run. But only a document
///   holding a `~` reads the table's entry for it, so a document with a `~` is parsed alone (the write side of a
///   readers–writer lock), and all others in parallel (the read side), their toggling of `~` harmless to each other.
///
/// Rendering the finished tree (`cmark_render_html`) touches no shared state and runs in parallel. (Before, every
/// `cmark_parser_finish` ran behind one lock, and the two cores of a 10,000-article build queued for it about 1,900
/// times; feeding blocks ran outside it, so a table row could still clear `~` from under another document's parse.)
/// `ConcurrencyTests` renders long GFM documents, with and without `~`, on many threads and compares them with serial
/// renders.
public struct MarkdownRenderer: Sendable {
    /// Creates a renderer; registers cmark-gfm's core extensions once per process.
    public init() {
        _ = MarkdownRenderer.registration
    }

    /// The HTML for a Markdown document. Raw HTML in the input is omitted and unsafe link schemes dropped (safe mode).
    public func html(from markdown: String) -> String {
        withDocument(markdown) { document, extensions in
            guard let rendered = cmark_render_html(document, CMARK_OPT_DEFAULT, extensions) else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        }
    }

    /// ``html(from:)`` as UTF-8 bytes, for a caller that works on bytes next (no check and copy into a `String`).
    public func htmlBytes(from markdown: String) -> [UInt8] {
        withDocument(markdown) { document, extensions in
            guard let rendered = cmark_render_html(document, CMARK_OPT_DEFAULT, extensions) else { return [] }
            defer { free(rendered) }
            return Array(UnsafeRawBufferPointer(start: rendered, count: strlen(rendered)))
        }
    }

    /// ``htmlBytes(from:)`` of a Markdown document given as UTF-8 bytes (a page written as bytes is not made a
    /// string first).
    public func htmlBytes(fromUTF8 markdown: [UInt8]) -> [UInt8] {
        withDocument(utf8: markdown) { document, extensions in
            guard let rendered = cmark_render_html(document, CMARK_OPT_DEFAULT, extensions) else { return [] }
            defer { free(rendered) }
            return Array(UnsafeRawBufferPointer(start: rendered, count: strlen(rendered)))
        }
    }

    /// The block structure of a Markdown article: headings and paragraphs as plain text, for analysis.
    public func blocks(from markdown: String) -> [MarkdownBlock] {
        withDocument(markdown) { document, _ in collectBlocks(document) }
    }

    // MARK: - cmark

    private static let extensionNames = ["table", "autolink", "strikethrough"]

    /// Registers the core extensions and adds the autolink extension's special characters (`:`, `w`) to cmark-gfm's
    /// table for good (see the type's documentation): a parser with it attached adds them, then its list is emptied, so
    /// no parse adds or removes them again.
    private static let registration: Void = {
        cmark_gfm_core_extensions_ensure_registered()
        guard let autolink = cmark_find_syntax_extension("autolink") else { return }
        let parser = cmark_parser_new(CMARK_OPT_DEFAULT)!
        defer { cmark_parser_free(parser) }
        cmark_parser_attach_syntax_extension(parser, autolink)
        cmark_manage_extensions_special_characters(parser, 1)
        cmark_syntax_extension_set_special_inline_chars(autolink, nil)
    }()

    /// Held for reading by every parse of a document with no `~`, for writing by a parse of one with a `~`.
    private static let tildeLock = ReadersWriterLock()

    private func withDocument<T>(_ markdown: String, _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> T) -> T {
        withParser(holdsTilde: MarkdownRenderer.holdsTilde(markdown.utf8), { parser in
            let length = markdown.utf8.count
            if length > 0 {
                markdown.withCString { cmark_parser_feed(parser, $0, length) }
            }
        }, body)
    }

    private func withDocument<T>(utf8 markdown: [UInt8], _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> T) -> T {
        withParser(holdsTilde: MarkdownRenderer.holdsTilde(markdown), { parser in
            markdown.withUnsafeBufferPointer { bytes in
                guard let base = bytes.baseAddress, bytes.count > 0 else { return }
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { cmark_parser_feed(parser, $0, bytes.count) }
            }
        }, body)
    }

    /// Whether `bytes` hold a `~` (`memchr`: a page's Markdown is tens of kilobytes).
    private static func holdsTilde<C: Collection<UInt8>>(_ bytes: C) -> Bool {
        bytes.withContiguousStorageIfAvailable { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, 0x7E, buffer.count) != nil
        } ?? bytes.contains(0x7E)
    }

    /// A parser with the extensions attached, fed by `feed`; `body` gets the finished document. `holdsTilde`: whether
    /// the document has a `~` (then it is parsed alone, see the type's documentation).
    private func withParser<T>(holdsTilde: Bool, _ feed: (OpaquePointer) -> Void,
                               _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> T) -> T {
        let parser = cmark_parser_new(CMARK_OPT_DEFAULT)!
        defer { cmark_parser_free(parser) }
        for name in MarkdownRenderer.extensionNames {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        let document = MarkdownRenderer.tildeLock.with(exclusively: holdsTilde) {
            feed(parser)
            return cmark_parser_finish(parser)!
        }
        defer { cmark_node_free(document) }
        return body(document, cmark_parser_get_syntax_extensions(parser))
    }

    private func collectBlocks(_ document: OpaquePointer) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        var text = ""
        var depth = 0
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            switch (type, event) {
            case (CMARK_NODE_PARAGRAPH, CMARK_EVENT_ENTER), (CMARK_NODE_HEADING, CMARK_EVENT_ENTER):
                depth += 1
                if depth == 1 { text = "" }
            case (CMARK_NODE_PARAGRAPH, CMARK_EVENT_EXIT), (CMARK_NODE_HEADING, CMARK_EVENT_EXIT):
                depth -= 1
                if depth == 0 {
                    let level = type == CMARK_NODE_HEADING ? Int(cmark_node_get_heading_level(node)) : nil
                    let line = Int(cmark_node_get_start_line(node))
                    blocks.append(MarkdownBlock(text: text, headingLevel: level, line: line))
                }
            case (CMARK_NODE_TEXT, _), (CMARK_NODE_CODE, _):
                if depth > 0, let literal = cmark_node_get_literal(node) { text += String(cString: literal) }
            case (CMARK_NODE_SOFTBREAK, _), (CMARK_NODE_LINEBREAK, _):
                if depth > 0 { text += " " }
            case (CMARK_NODE_CODE_BLOCK, CMARK_EVENT_ENTER):
                break
            default:
                break
            }
        }
        return blocks
    }
}

/// One block of a Markdown article, reduced to plain text.
public struct MarkdownBlock: Sendable, Hashable {
    /// The block's text, inline markup removed.
    public var text: String
    /// The heading level, or nil for a paragraph.
    public var headingLevel: Int?
    /// The 1-based line where the block starts in the Markdown source.
    public var line: Int

    /// Creates a block.
    public init(text: String, headingLevel: Int?, line: Int) {
        self.text = text
        self.headingLevel = headingLevel
        self.line = line
    }
}
