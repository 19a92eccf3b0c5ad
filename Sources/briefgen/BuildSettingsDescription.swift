import BriefgenSite
import Foundation

/// What `--verbose` prints before a build: where the configuration, articles, templates and output are.
enum BuildSettingsDescription {
    static func lines(for options: BuildOptions) -> [String] {
        let fm = FileManager.default
        func url(_ path: String) -> URL {
            path.hasPrefix("/") ? URL(fileURLWithPath: path) : options.workingDirectory.appendingPathComponent(path)
        }
        func exists(_ path: String) -> Bool { fm.fileExists(atPath: url(path).path) }
        let config = (try? BriefgenConfig.load(from: url(options.config), displayPath: options.config).0) ?? BriefgenConfig()
        let input = options.input ?? config.input, output = options.output ?? config.output
        let templates = options.templates ?? config.templates
        let overrides = exists(templates) ? (fm.enumerator(atPath: url(templates).path)?.allObjects.count ?? 0) : 0
        return [
            "config    \(options.config)" + (exists(options.config) ? "" : " (not found: defaults)"),
            "input     \(input)/",
            "templates " + (exists(templates) ? "\(templates)/ over the built-ins (\(overrides) entries)" : "built-in (no \(templates)/)"),
            "output    \(output)/",
            "as of     " + (options.asOf ?? config.asOf ?? "the newest article date"),
        ]
    }
}
