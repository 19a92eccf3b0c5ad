import BriefgenSite
import Foundation

/// The files and folders a build with these options reads, resolved the way `BuildPipeline` resolves them.
public enum WatchedPaths {
    /// The configuration file, the input folder and the templates folder (from the options, else the configuration).
    public static func resolve(_ options: BuildOptions) -> [URL] {
        let configURL = url(options.config, in: options.workingDirectory)
        let config = (try? BriefgenConfig.load(from: configURL, displayPath: options.config).0) ?? BriefgenConfig()
        return [
            configURL,
            url(options.input ?? config.input, in: options.workingDirectory),
            url(options.templates ?? config.templates, in: options.workingDirectory),
        ]
    }

    static func url(_ path: String, in folder: URL) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
    }
}
