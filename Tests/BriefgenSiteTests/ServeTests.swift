import BriefgenServe
import BriefgenSite
import Foundation
import Testing

/// `briefgen serve` in-process on an ephemeral 127.0.0.1 port: pages, types, 404, traversal, rebuilds, errors.
@Suite(.timeLimit(.minutes(3))) struct ServeTests {
    /// A fixture project with the seeds, served on port 0; `stop()` must be called.
    struct Running {
        let site: FixtureSite
        let server: PreviewServer
        let port: Int

        static func start(publishTo: String? = nil, assets: [String: String] = [:]) async throws -> Running {
            let site = try FixtureSite("serve")
            try site.copySeeds()
            // A configured base URL, so the only problems reported are the ones these tests cause.
            try site.write("briefgen.toml", "base_url = \"https://example.org/briefing/\"\n")
            for (name, text) in assets { try site.write("Templates/assets/" + name, text) }
            let publisher = publishTo.map { SiteFolderPublisher(output: site.root.appendingPathComponent($0), displayOutput: $0) }
            let server = PreviewServer(options: BuildOptions(workingDirectory: site.root), port: 0, publishTo: publisher,
                                       pollInterval: .milliseconds(100))
            let url = try await server.start()
            return Running(site: site, server: server, port: try #require(url.port))
        }

        /// Starts a server, runs `body`, and always stops the server (also when `body` throws).
        static func with(publishTo: String? = nil, assets: [String: String] = [:],
                         _ body: (Running) async throws -> Void) async throws {
            let running = try await start(publishTo: publishTo, assets: assets)
            do { try await body(running) } catch {
                await running.stop()
                throw error
            }
            await running.stop()
        }

        func get(_ target: String, method: String = "GET") async throws -> ServeHTTPClient.Response {
            try await ServeHTTPClient.get(target, port: port, method: method)
        }

        func stop() async {
            await server.stop()
            site.remove()
        }

        /// Waits (up to 15 s) until the status satisfies `condition`.
        func waitForStatus(_ condition: (ServeStatus) -> Bool) async throws -> ServeStatus {
            let deadline = ContinuousClock.now + .seconds(15)
            while ContinuousClock.now < deadline {
                let status = await server.status
                if condition(status) { return status }
                try await Task.sleep(for: .milliseconds(50))
            }
            Issue.record("status never reached the expected state: \(await server.status)")
            return await server.status
        }
    }

    @Test func servesPagesWithContentTypesAndTheLiveReloadScriptOnlyInHTML() async throws {
        try await Running.with(assets: [
            "logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"><body></body></svg>", "notes.txt": "plain </body>",
            "extra.xml": "<?xml version=\"1.0\"?><r/>",
        ]) { running in
            for (path, type) in [("/assets/logo.svg", "image/svg+xml"), ("/assets/notes.txt", "text/plain; charset=utf-8"),
                                 ("/assets/extra.xml", "application/xml; charset=utf-8")] {
                let response = try await running.get(path)
                #expect(response.status == 200 && response.headers["content-type"] == type, "\(path)")
                #expect(!response.text.contains("live.js"), "only HTML gets the script: \(path)")
            }
            let index = try await running.get("/")
            #expect(index.status == 200)
            #expect(index.headers["content-type"] == "text/html; charset=utf-8")
            #expect(index.text.contains("<script src=\"/__briefgen/live.js\" data-site=\"1\"></script></body>"))
            let source = try await running.get("/sources/")
            #expect(source.status == 200 && source.text.contains("<h1"))
            let css = try await running.get("/assets/style.css")
            #expect(css.headers["content-type"] == "text/css; charset=utf-8")
            #expect(!css.text.contains("live.js"))
            #expect(try await running.get("/data/briefing.json").headers["content-type"] == "application/json; charset=utf-8")
            #expect(try await running.get("/data/events.csv").headers["content-type"] == "text/csv; charset=utf-8")
            let script = try await running.get("/__briefgen/live.js")
            #expect(script.headers["content-type"] == "text/javascript; charset=utf-8")
            #expect(script.text.contains("location.reload()"))
            let folder = try await running.get("/timeline")
            #expect(folder.status == 301 && folder.headers["location"] == "/timeline/")
            let missing = try await running.get("/no/such/page.html")
            #expect(missing.status == 404 && missing.text.contains("Not found") && missing.text.contains("live.js"))
            #expect(try await running.get("/", method: "POST").status == 405)
            #expect(!FileManager.default.fileExists(atPath: running.site.root.appendingPathComponent("public").path),
                    "serve must not write public/ unless asked to")
        }
    }

    @Test(arguments: ["/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/etc/passwd", "/sources/..%2f..%2fsecret.txt",
                      "/sources/%2e%2e/%2e%2e/secret.txt", "/..\\secret.txt", "//etc/passwd", "/.hidden", "/index.html%00.css"])
    func rejectsPathsThatLeaveTheSiteFolder(_ target: String) async throws {
        try await Running.with { running in
            try running.site.write("secret.txt", "secret")
            let response = try await running.get(target)
            #expect(response.status == 403, "\(target) → \(response.status)")
            #expect(!response.text.contains("secret") || response.text.contains("forbidden"))
        }
    }

    @Test func rebuildsOnChangeAndKeepsTheLastGoodSiteWhenAnArticleBreaks() async throws {
        try await Running.with { running in
            #expect(await running.server.status == ServeStatus(site: 1, build: 1, servedBuild: 1, failed: false, problems: []))
            let article = "seeds/001_d30e6bfd71bd188e.txt"
            try running.site.write(article, try running.site.read(article) + "\nA new closing paragraph about Zanzibarite ore.\n")
            _ = try await running.waitForStatus { $0.site == 2 }
            let page = try await running.get("/sources/001-d30e6bfd71bd188e/")
            #expect(page.text.contains("Zanzibarite") && page.text.contains("data-site=\"2\""))

            try running.site.write("seeds/broken.txt", "---\ntitle: never closed\n")
            let failed = try await running.waitForStatus { $0.build == 3 }
            #expect(failed.failed && failed.site == 2 && failed.servedBuild == 2)
            #expect(failed.problems == ["seeds/broken.txt:1:1: error: [ingest] front matter is not closed — add a line '---' after the last field"])
            #expect(try await running.get("/sources/001-d30e6bfd71bd188e/").text.contains("Zanzibarite"), "the last good site stays served")
            let overlay = try await running.get("/__briefgen/live.js")
            #expect(overlay.text.contains("front matter is not closed"))
            #expect(try await running.get("/__briefgen/status").text.contains("\"failed\":true"))

            try FileManager.default.removeItem(at: running.site.root.appendingPathComponent("seeds/broken.txt"))
            let fixed = try await running.waitForStatus { $0.build == 4 }
            #expect(!fixed.failed && fixed.site == 3 && fixed.problems.isEmpty)
        }
    }

    /// Each preview build goes to a new folder, but they share one cache: a rebuild after an edit analyses only the
    /// edited article (with a cache per build folder, every rebuild was a full build).
    @Test func rebuildAfterAnEditAnalysesOnlyThatArticle() async throws {
        let site = try FixtureSite("serve-cache")
        defer { site.remove() }
        try site.copySeeds()
        try site.write("briefgen.toml", "base_url = \"https://example.org/briefing/\"\n")
        let reports = Reports()
        let server = PreviewServer(options: BuildOptions(workingDirectory: site.root), port: 0, pollInterval: .milliseconds(100),
                                   onEvent: { if case .built(let build) = $0 { reports.add(build.report) } })
        _ = try await server.start()
        let article = "seeds/001_d30e6bfd71bd188e.txt"
        try site.write(article, try site.read(article) + "\nA new closing paragraph about Zanzibarite ore.\n")
        let deadline = ContinuousClock.now + .seconds(15)
        while reports.all.count < 2, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
        await server.stop()
        let analyze = reports.all.map { $0.stages.first { $0.name == "analyze" }?.summary ?? "" }
        #expect(analyze.count == 2)
        #expect(analyze.first.map { !$0.contains("from the cache") } == true, "\(analyze)")
        #expect(analyze.last?.hasSuffix("events (1 from the cache)") == true, "\(analyze)")
    }

    /// Build reports collected from the server's events.
    final class Reports: @unchecked Sendable {
        private let lock = NSLock()
        private var reports: [BuildReport] = []
        func add(_ report: BuildReport) { lock.withLock { reports.append(report) } }
        var all: [BuildReport] { lock.withLock { reports } }
    }

    @Test func brokenTemplateKeepsTheSiteAndReportsTheTemplateLine() async throws {
        try await Running.with { running in
            try running.site.write("Templates/about.md", "{{% CONTENT_TYPE: MARKDOWN }}\n# About\n{{#unclosed}}\n")
            let failed = try await running.waitForStatus { $0.build == 2 }
            #expect(failed.failed && failed.site == 1)
            #expect(failed.problems.contains { $0.hasPrefix("Templates/about.md:") && $0.contains("error: [render]") })
            #expect(try await running.get("/about/").status == 200)
        }
    }

    @Test func publishesCleanBuildsToTheOutputWithoutTheScript() async throws {
        try await Running.with(publishTo: "out") { running in
            let index = try running.site.read("out/index.html")
            #expect(index.contains("<h1") && !index.contains("live.js"))
        }
    }

    @Test func reportsAPortInUseAsAServeError() async throws {
        try await Running.with { running in
            let second = PreviewServer(options: BuildOptions(workingDirectory: running.site.root), port: UInt16(running.port))
            do throws(BuildFailure) {
                _ = try await second.start()
                Issue.record("a second server on the same port must fail")
            } catch {
                #expect(error.diagnostics.first?.stage == .serve)
                #expect(error.diagnostics.first?.description.hasPrefix("127.0.0.1:\(running.port): error: [serve] cannot listen on") == true)
            }
            await second.stop()
        }
    }
}
