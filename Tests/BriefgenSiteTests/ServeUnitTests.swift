import BriefgenServe
import Foundation
import Testing

/// The pure parts of `serve`: content types, path resolution (traversal, symlinks), script injection.
@Suite struct ServeUnitTests {
    @Test(arguments: [("index.html", "text/html; charset=utf-8"), ("a/style.css", "text/css; charset=utf-8"),
                      ("app.js", "text/javascript; charset=utf-8"), ("data/briefing.json", "application/json; charset=utf-8"),
                      ("data/events.csv", "text/csv; charset=utf-8"), ("feed.xml", "application/xml; charset=utf-8"),
                      ("chart.svg", "image/svg+xml"), ("logo.PNG", "image/png"), ("robots.txt", "text/plain; charset=utf-8"),
                      ("archive.bin", "application/octet-stream"), (".hidden", "application/octet-stream")])
    func contentTypeFollowsTheExtension(_ path: String, _ expected: String) {
        #expect(ContentTypes.forPath(path) == expected)
    }

    @Test func resolverServesIndexFilesAndRefusesSymlinksOutOfTheFolder() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("briefgen-resolver-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let root = base.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("dir"), withIntermediateDirectories: true)
        try Data("<p>root</p>".utf8).write(to: root.appendingPathComponent("index.html"))
        try Data("<p>dir</p>".utf8).write(to: root.appendingPathComponent("dir/index.html"))
        try Data("outside".utf8).write(to: base.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("link.txt"),
                                                   withDestinationURL: base.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("up"), withDestinationURL: base)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("inside.html"),
                                                   withDestinationURL: root.appendingPathComponent("index.html"))
        let resolver = SiteFileResolver(root: root)
        let real = URL(fileURLWithPath: root.resolvingSymlinksInPath().path)
        #expect(resolver.resolve("/") == .file(real.appendingPathComponent("index.html")))
        #expect(resolver.resolve("/dir/") == .file(real.appendingPathComponent("dir/index.html")))
        #expect(resolver.resolve("/dir/?q=1") == .file(real.appendingPathComponent("dir/index.html")))
        #expect(resolver.resolve("/dir") == .redirect("/dir/"))
        #expect(resolver.resolve("/inside.html") == .file(real.appendingPathComponent("index.html")))
        #expect(resolver.resolve("/missing.html") == .notFound)
        #expect(resolver.resolve("/index.html/") == .notFound)
        #expect(resolver.resolve("/link.txt") == .forbidden)
        #expect(resolver.resolve("/up/secret.txt") == .forbidden)
        #expect(resolver.resolve("/../secret.txt") == .forbidden)
        #expect(resolver.resolve("/%2e%2e/secret.txt") == .forbidden)
        #expect(resolver.resolve("/dir/..%2F..%2Fsecret.txt") == .forbidden)
        #expect(resolver.resolve("secret.txt") == .forbidden)
        #expect(resolver.resolve("/%zz") == .forbidden)
    }

    @Test func scriptGoesBeforeTheLastBodyEndOrAtTheEnd() {
        let page = Data("<html><body><p>x</p></body></html>".utf8)
        #expect(String(decoding: LiveReload.inject(into: page, site: 4), as: UTF8.self)
            == "<html><body><p>x</p><script src=\"/__briefgen/live.js\" data-site=\"4\"></script></body></html>")
        #expect(String(decoding: LiveReload.inject(into: Data("<p>bare</p>".utf8), site: 1), as: UTF8.self)
            == "<p>bare</p><script src=\"/__briefgen/live.js\" data-site=\"1\"></script>")
        #expect(String(decoding: LiveReload.inject(into: Data("<BODY></BODY>".utf8), site: 2), as: UTF8.self)
            == "<BODY><script src=\"/__briefgen/live.js\" data-site=\"2\"></script></BODY>")
    }

    @Test func scriptCarriesTheCurrentProblemsAsJSON() {
        let status = ServeStatus(site: 2, build: 5, failed: true, problems: ["seeds/a.txt:1:1: error: [ingest] \"quoted\" </script>"])
        let script = LiveReload.script(status: status)
        #expect(script.contains(#"show({"build":5,"failed":true,"problems":["seeds/a.txt:1:1: error: [ingest] \"quoted\" </script>"],"site":2});"#))
        #expect(script.contains("textContent"), "problems must be shown as text, never as HTML")
    }

    @Test func snapshotNoticesAddedChangedAndRemovedFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefgen-snapshot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let a = folder.appendingPathComponent("a.txt"), b = folder.appendingPathComponent("b.txt")
        try Data("one".utf8).write(to: a)
        let first = InputSnapshot(watching: [folder, folder.appendingPathComponent("missing.toml")])
        #expect(InputSnapshot(watching: [folder]).changes(since: first).isEmpty)
        try Data("two!".utf8).write(to: a)
        try Data("new".utf8).write(to: b)
        let second = InputSnapshot(watching: [folder])
        #expect(second.changes(since: first) == [a.standardizedFileURL.path, b.standardizedFileURL.path])
        try FileManager.default.removeItem(at: a)
        #expect(InputSnapshot(watching: [folder]).changes(since: second) == [a.standardizedFileURL.path])
    }
}
