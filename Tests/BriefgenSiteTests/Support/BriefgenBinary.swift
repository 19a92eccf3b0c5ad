import Foundation

/// Runs the built `briefgen` executable, as a user would.
struct BriefgenBinary {
    /// The package root (where Package.swift is).
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// The executable next to the test bundle (swift test builds it), else the debug build.
    static let url: URL = {
        var candidates: [URL] = []
        if let argument = CommandLine.arguments.first {
            var folder = URL(fileURLWithPath: argument).deletingLastPathComponent()
            if folder.path.hasSuffix(".xctest") { folder.deleteLastPathComponent() }
            candidates.append(folder.appendingPathComponent("briefgen"))
        }
        for bundle in Bundle.allBundles {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("briefgen"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/briefgen"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    /// What a run printed and returned.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs briefgen with `arguments` in `directory`.
    @discardableResult
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Result {
        try runCommand(url.path, arguments, in: directory, environment: environment)
    }

    /// Runs any executable with briefgen's test environment (no colour, 80 columns) plus `environment`.
    static func runCommand(_ executable: String, _ arguments: [String], in directory: URL,
                           environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["COLUMNS"] = "80"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A temporary project folder with articles and templates written by the test.
struct FixtureSite {
    let root: URL

    init(_ name: String = "site") throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("briefgen-tests-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("seeds"), withIntermediateDirectories: true)
    }

    /// A fixture with `base_url` configured, so the only diagnostics a build reports are those the test's own files
    /// cause (without it every build warns that feed.xml uses relative links).
    static func quiet(_ name: String) throws -> FixtureSite {
        let site = try FixtureSite(name)
        try site.write("briefgen.toml", "base_url = \"https://example.org/briefing/\"\n")
        return site
    }

    /// Writes a file below the root.
    func write(_ relative: String, _ text: String) throws {
        try write(relative, Data(text.utf8))
    }

    /// Writes bytes below the root.
    func write(_ relative: String, _ data: Data) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Reads a file below the root as text.
    func read(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    /// Every file below `relative`, as relative paths, sorted.
    func files(under relative: String) -> [String] {
        let base = root.appendingPathComponent(relative)
        guard let e = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var result: [String] = []
        for case let url as URL in e where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            result.append(String(url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1)))
        }
        return result.sorted()
    }

    /// Copies the repo's seed articles in.
    func copySeeds() throws {
        let seeds = BriefgenBinary.packageRoot.appendingPathComponent("seeds")
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path) {
            try FileManager.default.copyItem(at: seeds.appendingPathComponent(name), to: root.appendingPathComponent("seeds/" + name))
        }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
