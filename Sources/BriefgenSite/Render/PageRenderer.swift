import BriefgenMarkdown
import Foundation
import Mustache

/// Renders a page: its Markdown template → cmark-gfm → directives and widgets → the HTML layout.
struct PageRenderer: Sendable {
    let templates: TemplateSet
    let markdown = MarkdownRenderer()
    /// The layout rendered once per page kind and depth (see ``LayoutShells``).
    let shells = LayoutShells()

    func render(_ page: PageSpec, site: SiteView) -> OutputFile {
        let rendered: [UInt8]
        if templates.writesSourcePagesDirectly, page.template == "source", case .lazySource(let maker) = page.content {
            rendered = markdown.htmlBytes(fromUTF8: SourcePageMarkdown.markdown(of: maker.article, site: maker.site, assembler: maker.assembler))
        } else if templates.writesCategoryPagesDirectly, page.template == "category", case .lazy(let lazy) = page.content,
                  let category = lazy.category {
            rendered = markdown.htmlBytes(fromUTF8: CategoryPageMarkdown.markdown(of: category, library: templates.library))
        } else if templates.writesTimelinePagesDirectly, page.template == "timeline", case .lazy(let lazy) = page.content,
                  let timeline = lazy.timeline {
            rendered = markdown.htmlBytes(fromUTF8: TimelinePageMarkdown.markdown(of: timeline, library: templates.library))
        } else {
            rendered = markdown.htmlBytes(from: templates.library.render(page.content.object, withTemplate: page.template) ?? "")
        }
        let body = HTMLDirectives.applying(toBytes: rendered, widgets: page.widgets)
        if templates.layoutShowsTitlePlainly, !page.title.unicodeScalars.contains("\u{E00F}"),
           let pieces = shells.pieces(for: page.path.root + "\u{0}" + page.template, site: site, render: {
               templates.layout.render(layoutView(page, site: site, title: LayoutShells.titleMarker), library: templates.library)
           }) {
            return OutputFile(path: page.path, contents: LayoutShells.assemble(pieces, body: body, title: page.title))
        }
        var layout = layoutView(page, site: site, title: page.title)
        let shell = templates.layout.render(layout, library: templates.library)
        if !layout.holdsMarkerCharacter, let spliced = PageRenderer.splice(body, into: shell) { return OutputFile(path: page.path, contents: spliced) }
        layout.content = String(decoding: body, as: UTF8.self)
        let html = templates.layout.render(layout, library: templates.library)
        return OutputFile(path: page.path, contents: Array(html.utf8))
    }

    /// What the layout sees for `page`, with ``contentMarker`` as its content.
    private func layoutView(_ page: PageSpec, site: SiteView, title: String) -> LayoutView {
        LayoutView(
            root: page.path.root, site: site, pageTitle: title, content: PageRenderer.contentMarker, kind: page.template,
            isIndex: page.template == "index", isTimeline: page.template == "timeline",
            isStatistics: page.template == "statistics", isSources: page.template == "sources" || page.template == "source",
            isAbout: page.template == "about", isSearch: page.template == "search")
    }

    /// What the layout is first rendered with in place of the page's content: the body's bytes then go where it
    /// stands, instead of the body becoming a string, being copied into the layout's string and that copied to bytes
    /// (three copies of every page, and a check of its UTF-8). Private-use characters around an `&`, which HTML
    /// escaping changes, and letters every string transform changes (`lowercased`, `uppercased`, `capitalized`,
    /// `reversed`): a layout showing the content escaped or transformed does not hold the marker as it stands, and is
    /// rendered the old way, as is a page whose other layout values hold the private-use character.
    static let contentMarker = "\u{E00F}bRiefgen&content\u{E00F}"

    /// The layout with `body` where the marker stands, or nil when the marker is not there exactly once (a layout
    /// without `{{{content}}}`, or with it twice); the caller then renders the layout with the body as a string.
    static func splice(_ body: [UInt8], into shell: String) -> [UInt8]? {
        let marker = Array(contentMarker.utf8)
        var shell = shell
        return shell.withUTF8 { bytes -> [UInt8]? in
            guard let at = firstIndex(of: marker, in: bytes, from: 0),
                  firstIndex(of: marker, in: bytes, from: at + marker.count) == nil else { return nil }
            var page: [UInt8] = []
            page.reserveCapacity(bytes.count - marker.count + body.count)
            page += bytes[..<at]
            page += body
            page += bytes[(at + marker.count)...]
            return page
        }
    }

    private static func firstIndex(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// Renders pages in parallel (at most one task per core at a time), in page order: bytes never depend on scheduling.
    func renderAll(_ pages: ArraySlice<PageSpec>, site: SiteView) async -> [OutputFile] {
        let base = pages.startIndex
        var results = [OutputFile?](repeating: nil, count: pages.count)
        let width = Concurrently.width
        await withTaskGroup(of: (Int, OutputFile).self) { group in
            var next = base
            func submit() {
                let index = next
                let page = pages[index]
                next += 1
                group.addTask { (index - base, render(page, site: site)) }
            }
            while next < min(base + width * 2, pages.endIndex) { submit() }
            for await (index, file) in group {
                results[index] = file
                if next < pages.endIndex { submit() }
            }
        }
        return results.compactMap { $0 }
    }
}

extension LayoutView {
    /// Whether a value shown besides the content holds the content marker's character (then a layout showing it
    /// unescaped could look like holding the marker).
    var holdsMarkerCharacter: Bool {
        [pageTitle, root, kind, site.title, site.description ?? "", site.asOf, site.language, site.version].contains {
            $0.unicodeScalars.contains("\u{E00F}")
        }
    }
}
