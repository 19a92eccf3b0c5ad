import BriefgenMarkdown
import Mustache

/// Renders a page: its Markdown template → cmark-gfm → directives and widgets → the HTML layout.
struct PageRenderer: Sendable {
    let templates: TemplateSet
    let markdown = MarkdownRenderer()

    func render(_ page: PageSpec, site: SiteView) -> OutputFile {
        let source = templates.library.render(page.content.object, withTemplate: page.template) ?? ""
        let body = HTMLDirectives.apply(to: markdown.html(from: source), widgets: page.widgets)
        let layout = LayoutView(
            root: page.path.root, site: site, pageTitle: page.title, content: body, kind: page.template,
            isIndex: page.template == "index", isTimeline: page.template == "timeline",
            isStatistics: page.template == "statistics", isSources: page.template == "sources" || page.template == "source",
            isAbout: page.template == "about", isSearch: page.template == "search")
        let html = templates.layout.render(layout, library: templates.library)
        return OutputFile(path: page.path, contents: Array(html.utf8))
    }

    /// Renders every page, in parallel, in page order.
    func renderAll(_ pages: [PageSpec], site: SiteView) async -> [OutputFile] {
        var results = [OutputFile?](repeating: nil, count: pages.count)
        await withTaskGroup(of: (Int, OutputFile).self) { group in
            for (index, page) in pages.enumerated() {
                group.addTask { (index, render(page, site: site)) }
            }
            for await (index, file) in group { results[index] = file }
        }
        return results.compactMap { $0 }
    }
}
