import BriefgenMarkdown
import Foundation
import Mustache

/// The templates a build renders with: the built-ins, overridden file by file by the project's `Templates/`.
///
/// `.md` templates and partials use the `MARKDOWN` content type (values Markdown-escaped) and directive syntax;
/// `layout.html` uses HTML escaping. Parse errors and missing partials are reported as `Templates/name:line:col`.
struct TemplateSet: Sendable {
    let library: MustacheLibrary
    let layout: MustacheTemplate
    let assets: [String: String]
    /// Whether the layout mentions `pageTitle` only as `{{pageTitle}}`, `{{{pageTitle}}}` or `{{&pageTitle}}`, and has
    /// no partial, block or delimiter change: then a page's title changes nothing but that text, and the layout is
    /// rendered once per page kind and depth (see ``LayoutShells``).
    let layoutShowsTitlePlainly: Bool
    /// Whether source pages are written by ``SourcePageMarkdown`` (their templates are the ones it mirrors) instead of
    /// rendered through Mustache.
    var writesSourcePagesDirectly = false
    /// Whether category pages are written by ``CategoryPageMarkdown`` (see there).
    var writesCategoryPagesDirectly = false
    /// Whether timeline pages are written by ``TimelinePageMarkdown`` (see there).
    var writesTimelinePagesDirectly = false

    static let pageTemplates = ["index", "source", "sources", "timeline", "statistics", "about", "search", "category"]

    /// Loads templates; `folder` may be nil or missing (built-ins only).
    static func load(folder: URL?, displayFolder: String) throws(BuildFailure) -> TemplateSet {
        MarkdownContentType.register()
        var sources = BuiltinTemplates.files
        var origins = Dictionary(uniqueKeysWithValues: sources.keys.map { ($0, "(built-in) " + $0) })
        if let folder, FileManager.default.fileExists(atPath: folder.path) {
            for (name, text) in readFolder(folder) {
                sources[name] = text
                origins[name] = displayFolder + "/" + name
            }
        }
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        var layout: MustacheTemplate?
        var assets: [String: String] = [:]
        let partialNames = Set(sources.keys.filter { $0.hasPrefix("partials/") && $0.hasSuffix(".md") }
            .map { String($0.dropFirst("partials/".count).dropLast(3)) })
        for name in sources.keys.sorted() {
            let text = sources[name]!
            let origin = origins[name]!
            if name.hasPrefix("assets/") { assets[name] = text; continue }
            guard name.hasSuffix(".md") || name == "layout.html" else { continue }
            for reference in partialReferences(in: text) where !partialNames.contains(reference.name) {
                diagnostics.append(Diagnostic(path: origin, line: reference.line, column: reference.column, severity: .error,
                                              stage: .render, message: "partial '\(reference.name)' does not exist",
                                              hint: "add partials/\(reference.name).md or fix the name"))
            }
            do {
                if name == "layout.html" {
                    layout = try MustacheTemplate(string: text)
                } else {
                    let template = try MustacheTemplate(string: TemplateDirectives.compile(text))
                    let key = name.hasPrefix("partials/") ? String(name.dropFirst("partials/".count).dropLast(3)) : String(name.dropLast(3))
                    library.register(template, named: key)
                }
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(path: origin, line: error.context.lineNumber, column: error.context.columnNumber,
                                              severity: .error, stage: .render, message: "template syntax error: \(error.error)",
                                              hint: "check the {{…}} tags on this line"))
            } catch {
                diagnostics.append(Diagnostic(path: origin, severity: .error, stage: .render, message: "template error: \(error)"))
            }
        }
        for page in pageTemplates where library.getTemplate(named: page) == nil && !diagnostics.contains(where: { $0.path.hasSuffix(page + ".md") }) {
            diagnostics.append(Diagnostic(path: displayFolder + "/" + page + ".md", severity: .error, stage: .render,
                                          message: "page template is missing", hint: "restore it with 'briefgen init --templates'"))
        }
        if layout == nil, !diagnostics.contains(where: { $0.path.hasSuffix("layout.html") }) {
            diagnostics.append(Diagnostic(path: displayFolder + "/layout.html", severity: .error, stage: .render, message: "layout is missing"))
        }
        guard diagnostics.isEmpty, let layout else { throw BuildFailure(diagnostics.sorted()) }
        return TemplateSet(library: library, layout: layout, assets: assets,
                           layoutShowsTitlePlainly: showsTitlePlainly(sources["layout.html"] ?? ""),
                           writesSourcePagesDirectly: SourcePageMarkdown.mirrors(sources),
                           writesCategoryPagesDirectly: CategoryPageMarkdown.mirrors(sources),
                           writesTimelinePagesDirectly: TimelinePageMarkdown.mirrors(sources))
    }

    /// See ``layoutShowsTitlePlainly``: checked on the layout's text, conservatively (`{{ pageTitle }}`, with spaces,
    /// counts as another mention).
    static func showsTitlePlainly(_ layout: String) -> Bool {
        if ["{{>", "{{<", "{{$", "{{="].contains(where: { layout.contains($0) }) { return false }
        var rest = layout
        for plain in ["{{{pageTitle}}}", "{{pageTitle}}", "{{&pageTitle}}"] { rest = rest.replacingOccurrences(of: plain, with: "") }
        return !rest.contains("pageTitle")
    }

    private static func readFolder(_ folder: URL) -> [(String, String)] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        var result: [(String, String)] = []
        let base = folder.standardizedFileURL.path + "/"
        for case let url as URL in enumerator {
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base), let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            result.append((String(path.dropFirst(base.count)), text))
        }
        return result.sorted { $0.0 < $1.0 }
    }

    /// `{{> name}}` references with their 1-based line and column (in characters). A scan by hand: the same matches
    /// as the pattern `\{\{>\s*([^}\s]+)\s*\}\}` on each line, whose regex was built anew per line, a sixth of
    /// the time a one-article rebuild spent before its first article.
    static func partialReferences(in text: String) -> [(name: String, line: Int, column: Int)] {
        var result: [(String, Int, Int)] = []
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.contains("{{>") {
            let characters = Array(line)
            var i = 0
            while i + 2 < characters.count {
                guard characters[i] == "{", characters[i + 1] == "{", characters[i + 2] == ">" else {
                    i += 1
                    continue
                }
                var j = i + 3
                while j < characters.count, characters[j].isWhitespace { j += 1 }
                let nameStart = j
                while j < characters.count, characters[j] != "}", !characters[j].isWhitespace { j += 1 }
                let name = String(characters[nameStart..<j])
                while j < characters.count, characters[j].isWhitespace { j += 1 }
                if !name.isEmpty, j + 1 < characters.count, characters[j] == "}", characters[j + 1] == "}" {
                    result.append((name, lineIndex + 1, i + 1))
                    i = j + 2
                } else {
                    i += 1
                }
            }
        }
        return result
    }
}

/// The `MARKDOWN` Mustache content type: values are escaped with ``MarkdownEscaper``.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkdownEscaper.escape(text) }

    private static let registration: Void = { MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN") }()

    /// Registers the content type once, before any template is parsed.
    static func register() { _ = registration }
}
