import BriefgenMarkdown
import Foundation
import Mustache

/// Renders a page: its Markdown template → cmark-gfm → directives and widgets → the HTML layout.
struct PageRenderer: Sendable {
    let templates: TemplateSet
    let markdown = MarkdownRenderer()

    func render(_ page: PageSpec, site: SiteView) -> OutputFile {
        let source = templates.library.render(page.content.object, withTemplate: page.template) ?? ""
        let body = HTMLDirectives.apply(toBytes: markdown.htmlBytes(from: source), widgets: page.widgets)
        let layout = LayoutView(
            root: page.path.root, site: site, pageTitle: page.title, content: body, kind: page.template,
            isIndex: page.template == "index", isTimeline: page.template == "timeline",
            isStatistics: page.template == "statistics", isSources: page.template == "sources" || page.template == "source",
            isAbout: page.template == "about", isSearch: page.template == "search")
        let html = templates.layout.render(layout, library: templates.library)
        return OutputFile(path: page.path, contents: Array(html.utf8))
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
