import Foundation
import Testing

/// One row of the bad-input matrix: files written next to a good article, and what the build must say and do.
struct BadInputCase: Sendable, CustomTestStringConvertible {
    /// A short name for the test report.
    var name: String
    /// Files below `seeds/` (relative path → bytes), written next to `seeds/good.txt`.
    var files: [String: Data]
    /// The exact diagnostic lines on stderr, in order (the closing "build finished…" line is checked from `status`).
    var diagnostics: [String]
    /// The exit status.
    var status: Int32
    /// Page ids of the case's own articles that must be on the site (besides `good`).
    var present: [String] = []
    /// Text that must appear on a page, as `(page, text)`.
    var shows: [(String, String)] = []
    /// Text that must not appear on a page, as `(page, text)`.
    var lacks: [(String, String)] = []

    var testDescription: String { name }

    /// The article every case builds next to the bad file, which must always be on the site.
    static let good = "Officials said 12 people were injured in the attack on Monday.\n"

    /// The line briefgen prints last when a site was written with errors.
    static func closing(errors: Int) -> String {
        "build finished with \(errors) error(s): the site was written without the files named above"
    }

    /// Builds the fixture and checks diagnostics, status, the good article and the case's own articles.
    func check() throws {
        let site = try FixtureSite.quiet("bad-input")
        defer { site.remove() }
        try site.write("seeds/good.txt", BadInputCase.good)
        for (path, data) in files { try site.write("seeds/" + path, data) }
        let result = try BriefgenBinary.run(["build", "--quiet"], in: site.root)
        var expected = diagnostics
        let errors = diagnostics.filter { $0.contains(": error: ") }.count
        if errors > 0 { expected.append(BadInputCase.closing(errors: errors)) }
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        #expect(lines == expected, "\(name): stderr was\n\(result.stderr)")
        #expect(result.status == status, "\(name): exit status")
        try SiteAssertions(site: site).articlesAreOnTheSite(["good"] + present)
        for (page, text) in shows {
            let html = (try? site.read("public/" + page)) ?? ""
            #expect(html.contains(text), "\(name): \(page) should show \(text)")
        }
        for (page, text) in lacks {
            let html = (try? site.read("public/" + page)) ?? ""
            #expect(!html.isEmpty && !html.contains(text), "\(name): \(page) should not contain \(text.debugDescription)")
        }
    }
}

/// Checks on a built fixture site.
struct SiteAssertions {
    let site: FixtureSite

    /// Each id has its source page and is linked from the front page and the sources list.
    func articlesAreOnTheSite(_ ids: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let index = (try? site.read("public/index.html")) ?? ""
        let sources = (try? site.read("public/sources/index.html")) ?? ""
        for id in ids {
            #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/sources/\(id)/index.html").path),
                    "sources/\(id)/index.html is missing", sourceLocation: sourceLocation)
            #expect(index.contains("href=\"sources/\(id)/index.html\""), "\(id) is not on the front page", sourceLocation: sourceLocation)
            #expect(sources.contains("href=\"../sources/\(id)/index.html\""), "\(id) is not in the sources list",
                    sourceLocation: sourceLocation)
        }
    }
}

extension Data {
    /// Bytes from a string's UTF-8 followed by raw bytes.
    static func file(_ text: String, _ raw: [UInt8] = [], _ more: String = "") -> Data {
        Data(text.utf8) + Data(raw) + Data(more.utf8)
    }
}

/// Runs briefgen as `nobody`, for tests where root would ignore file permissions.
enum Unprivileged {
    static let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Whether permissions can make a read or write fail: not root, or root that can run briefgen as nobody.
    static let canDropRoot: Bool = {
        guard getuid() == 0 else { return true }
        guard let setpriv else { return false }
        let probe = try? BriefgenBinary.runCommand(
            setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", BriefgenBinary.url.path, "--version"],
            in: URL(fileURLWithPath: "/"))
        return probe?.status == 0
    }()

    static let why: Comment = "root ignores file permissions, and setpriv cannot run briefgen as nobody here"

    /// Lets `nobody` into the fixture (the temp folder is the test's own).
    static func open(_ site: FixtureSite) throws {
        let fm = FileManager.default
        try fm.setAttributes([.posixPermissions: 0o777], ofItemAtPath: site.root.path)
        if let e = fm.enumerator(atPath: site.root.path) {
            while let path = e.nextObject() as? String {
                let url = site.root.appendingPathComponent(path)
                var isDirectory: ObjCBool = false
                _ = fm.fileExists(atPath: url.path, isDirectory: &isDirectory)
                try? fm.setAttributes([.posixPermissions: isDirectory.boolValue ? 0o777 : 0o666], ofItemAtPath: url.path)
            }
        }
    }

    /// The result of running as nobody; runs normally when not root; nil (skip) when root and setpriv is missing
    /// or cannot start the binary (e.g. a build folder nobody may not read).
    static func run(_ arguments: [String], in directory: URL) throws -> BriefgenBinary.Result? {
        guard getuid() == 0 else { return try BriefgenBinary.run(arguments, in: directory) }
        guard let setpriv, canDropRoot else { return nil }
        return try BriefgenBinary.runCommand(setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", BriefgenBinary.url.path] + arguments, in: directory)
    }
}

