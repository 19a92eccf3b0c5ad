import CCmarkGFM
import Foundation

/// Converts Markdown to HTML with libcmark-gfm (GFM tables, autolinks, strikethrough; safe mode on).
///
/// This is the only file in briefgen that touches cmark pointers; none leaves it.
///
/// cmark-gfm keeps process-global state that parsing with extensions mutates (design.md, pitfall 1): its table of
/// special inline characters, which `cmark_parser_finish` fills with the extensions' characters (`~`, `:`, `w`) before
/// it parses a document's inlines and empties again after, whatever other parses are doing. Only that step is
/// serialized, behind one lock: reading the blocks (`cmark_parser_feed`) and rendering the finished tree
/// (`cmark_render_html`) touch no shared state and run in parallel. With every step behind the lock, cmark was a
/// serial stretch of about 400 ms in a 1,000-article build that other threads queued for. `ConcurrencyTests` renders
/// long GFM documents on many threads and compares them with serial renders (they fail within a round with no lock).
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

    private static let lock = NSLock()
    private static let registration: Void = { cmark_gfm_core_extensions_ensure_registered() }()
    private static let extensionNames = ["table", "autolink", "strikethrough"]

    private func withDocument<T>(_ markdown: String, _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> T) -> T {
        withParser({ parser in
            let length = markdown.utf8.count
            if length > 0 {
                markdown.withCString { cmark_parser_feed(parser, $0, length) }
            }
        }, body)
    }

    private func withDocument<T>(utf8 markdown: [UInt8], _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> T) -> T {
        withParser({ parser in
            markdown.withUnsafeBufferPointer { bytes in
                guard let base = bytes.baseAddress, bytes.count > 0 else { return }
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { cmark_parser_feed(parser, $0, bytes.count) }
            }
        }, body)
    }

    /// A parser with the extensions attached, fed by `feed`; `body` gets the finished document.
    private func withParser<T>(_ feed: (OpaquePointer) -> Void, _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> T) -> T {
        let parser = cmark_parser_new(CMARK_OPT_DEFAULT)!
        defer { cmark_parser_free(parser) }
        for name in MarkdownRenderer.extensionNames {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        feed(parser)
        let document = MarkdownRenderer.lock.withLock { cmark_parser_finish(parser)! }
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
