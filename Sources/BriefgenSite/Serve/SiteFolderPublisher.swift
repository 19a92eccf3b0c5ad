import Foundation

/// Copies a finished site folder into an output folder the way `briefgen build` writes one: staged, swapped in at
/// once, under the output's lock. `briefgen serve --output DIR` uses it for builds without errors.
public struct SiteFolderPublisher: Sendable {
    /// The output folder.
    public let output: URL
    /// The output as the user named it, for diagnostics.
    public let displayOutput: String

    /// Creates a publisher.
    public init(output: URL, displayOutput: String) {
        self.output = output
        self.displayOutput = displayOutput
    }

    /// Publishes every regular file below `site`; returns the number of bytes written.
    @discardableResult
    public func publish(from site: URL) throws(BuildFailure) -> Int {
        let base = site.standardizedFileURL.path
        var files: [OutputFile] = []
        let walker = FileManager.default.enumerator(at: site, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                  let data = try? Data(contentsOf: url) else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            files.append(OutputFile(path: OutputPath(segments: relative.split(separator: "/").map(String.init)),
                                    contents: Array(data)))
        }
        let writer = SiteWriter(output: output, displayOutput: displayOutput)
        try writer.begin()
        defer { writer.finish() }
        try writer.stage(files)
        try writer.commit()
        return writer.bytes
    }
}
