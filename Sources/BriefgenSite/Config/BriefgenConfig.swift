import BriefgenText
import Foundation
import TOMLKit

/// The briefing's settings from `briefgen.toml`; every setting has a default, and the file is optional.
public struct BriefgenConfig: Sendable, Hashable {
    /// The briefing's title.
    public var title = "Conflict briefing"
    /// A one-line description shown under the title.
    public var description: String? = nil
    /// Language of the site (BCP 47).
    public var language = "en"
    /// The as-of date (ISO); default: the newest article date.
    public var asOf: String? = nil
    /// Absolute base URL of the published site, for feed and sitemap links.
    public var baseURL: String? = nil
    /// How many sources `feed.xml` lists, newest first (0: every source).
    public var feedEntries = 50
    /// Input folder.
    public var input = "seeds"
    /// Output folder.
    public var output = "public"
    /// Templates folder.
    public var templates = "Templates"
    /// Publication dates set per article file name (for articles whose text and front matter give none).
    public var published: [String: String] = [:]

    /// The defaults.
    public init() {}

    /// Reads `briefgen.toml`; unknown keys and wrong types are diagnostics with their line.
    public static func load(from url: URL, displayPath: String) throws(BuildFailure) -> (BriefgenConfig, [Diagnostic]) {
        var config = BriefgenConfig()
        guard FileManager.default.fileExists(atPath: url.path) else { return (config, []) }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw BuildFailure([Diagnostic(path: displayPath, severity: .error, stage: .config,
                                           message: "cannot be read as UTF-8 text", hint: "save it as UTF-8")])
        }
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch let error as TOMLParseError {
            throw BuildFailure([Diagnostic(path: displayPath, line: Int(error.source.begin.line),
                                           column: Int(error.source.begin.column), severity: .error, stage: .config,
                                           message: "not valid TOML: \(error.description)", hint: "see the commented example from 'briefgen init'")])
        } catch {
            throw BuildFailure([Diagnostic(path: displayPath, severity: .error, stage: .config,
                                           message: "not valid TOML: \(error)", hint: nil)])
        }
        var diagnostics: [Diagnostic] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        /// The line that sets `key` (bare, "quoted" or 'quoted', then `=`), 0 when not found.
        func line(of key: String) -> Int {
            let spellings = [key, "\"\(key)\"", "'\(key)'"]
            let index = lines.firstIndex { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return spellings.contains { spelling in
                    trimmed.hasPrefix(spelling) && trimmed.dropFirst(spelling.count).drop { $0 == " " || $0 == "\t" }.first == "="
                }
            }
            return (index ?? -1) + 1
        }
        func warn(_ key: String, _ message: String) {
            diagnostics.append(Diagnostic(path: displayPath, line: line(of: key), column: 1, severity: .warning,
                                          stage: .config, message: message, hint: "see 'briefgen init' for every setting"))
        }
        for key in table.keys.sorted() {
            let value = table[key]!
            switch key {
            case "title", "description", "language", "as_of", "base_url", "input", "output", "templates":
                guard let string = value.string else { warn(key, "'\(key)' must be a string"); continue }
                switch key {
                case "title": config.title = string
                case "description": config.description = string
                case "language": config.language = string
                case "as_of":
                    if let iso = ISODateText.normalize(string) { config.asOf = iso } else { warn(key, "'as_of' must be a date like 2025-04-25") }
                case "base_url":
                    if URLPolicy.isWebURL(string) { config.baseURL = string.hasSuffix("/") ? string : string + "/" }
                    else { warn(key, "'base_url' must be an http(s) URL") }
                case "input": config.input = string
                case "output": config.output = string
                default: config.templates = string
                }
            case "feed_entries":
                guard let count = value.int, count >= 0 else { warn(key, "'feed_entries' must be a whole number (0 for every source)"); continue }
                config.feedEntries = count
            case "published":
                guard let dates = value.table else { warn(key, "'published' must be a table of file = \"date\""); continue }
                for file in dates.keys.sorted() {
                    if let string = dates[file]?.string, let iso = ISODateText.normalize(string) { config.published[file] = iso }
                    else { warn(file, "published date for '\(file)' must be a date like 2025-04-25") }
                }
            default: warn(key, "unknown setting '\(key)'")
            }
        }
        return (config, diagnostics)
    }
}
