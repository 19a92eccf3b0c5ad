import Foundation
import Testing

@Suite(.serialized) struct BuildEndToEndTests {
    @Test func committedPublicIsAFreshBuildOfSeeds() throws {
        let site = try FixtureSite("public")
        defer { site.remove() }
        let root = BriefgenBinary.packageRoot
        let result = try BriefgenBinary.run(["build", "--quiet", "--output", site.root.appendingPathComponent("out").path], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        let fresh = site.files(under: "out")
        let committed = FixtureSite.list(root.appendingPathComponent("public"))
        #expect(fresh == committed, "public/ has other files than a fresh build: rebuild with 'briefgen build' and commit")
        for file in fresh {
            let a = try Data(contentsOf: site.root.appendingPathComponent("out/" + file))
            let b = try? Data(contentsOf: root.appendingPathComponent("public/" + file))
            #expect(a == b, "public/\(file) differs from a fresh build of seeds/: run 'briefgen build' and commit public/")
        }
    }

    @Test func seedsBuildEveryPageKindWithWorkingLinksAndAnchors() throws {
        let site = try FixtureSite("seeds")
        defer { site.remove() }
        try site.copySeeds()
        let result = try BriefgenBinary.run(["build"], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("[1/5] ingest    2 articles"))
        #expect(result.stdout.contains("[5/5] write     public/"))
        let files = site.files(under: "public")
        for expected in ["index.html", "timeline/index.html", "statistics/index.html", "sources/index.html", "about/index.html",
                         "sources/000-4482b8ed06c74029/index.html", "sources/001-d30e6bfd71bd188e/index.html",
                         "data/briefing.json", "data/statistics.csv", "data/events.csv", "assets/style.css"] {
            #expect(files.contains(expected), "missing \(expected)")
        }
        let inspector = SiteInspector(root: site.root.appendingPathComponent("public"))
        #expect(inspector.brokenLinks() == [])
        let source = try site.read("public/sources/001-d30e6bfd71bd188e/index.html")
        #expect(source.contains("<h3 id=\"key-questions-remain-unanswered\">Key Questions Remain Unanswered</h3>"))
        #expect(source.contains("id=\"s-0\""))
        for page in inspector.pages {
            let html = inspector.html(page)
            #expect(html.components(separatedBy: "<h1").count == 2, "\(page) must have exactly one h1")
            #expect(html.contains("<main id=\"main\""), "\(page) needs a main landmark")
            #expect(!html.contains("\u{E000}") && !html.contains("\u{E001}") && !html.contains("\u{E003}"), "\(page) leaks directive sentinels")
        }
    }

    @Test func buildIsDeterministic() throws {
        let a = try FixtureSite("det-a"), b = try FixtureSite("det-b")
        defer { a.remove(); b.remove() }
        try a.copySeeds()
        try b.copySeeds()
        #expect(try BriefgenBinary.run(["build", "--quiet"], in: a.root, environment: ["TZ": "Asia/Tokyo", "LANG": "de_DE.UTF-8"]).status == 0)
        #expect(try BriefgenBinary.run(["build", "--quiet"], in: b.root, environment: ["TZ": "UTC", "LANG": "C"]).status == 0)
        let files = a.files(under: "public")
        #expect(files == b.files(under: "public"))
        for file in files {
            #expect(try Data(contentsOf: a.root.appendingPathComponent("public/" + file))
                == Data(contentsOf: b.root.appendingPathComponent("public/" + file)), "\(file) differs")
        }
    }

    @Test func usageErrorExitsWith64() throws {
        let site = try FixtureSite("usage")
        defer { site.remove() }
        #expect(try BriefgenBinary.run(["build", "--no-such-option"], in: site.root).status == 64)
        #expect(try BriefgenBinary.run(["build", "--as-of", "yesterday"], in: site.root).status == 64)
    }

    @Test func missingInputFolderFailsWithHint() throws {
        let site = try FixtureSite("missing")
        defer { site.remove() }
        let result = try BriefgenBinary.run(["build", "--input", "nope"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("nope: error: [ingest] input folder does not exist — create it and put articles (.txt, .md) in it, or pass --input DIR"))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public").path))
    }

    @Test func extractPrintsSortedJSONLinesWithTheContractFields() throws {
        let root = BriefgenBinary.packageRoot
        let result = try BriefgenBinary.run(["extract", "--published", "2025-04-25", "seeds/001_d30e6bfd71bd188e.txt"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        for key in ["file", "id", "text", "published", "headline", "dek", "sentences", "sections", "statistics", "timexes", "events", "entities"] {
            #expect(object?[key] != nil, "missing \(key)")
        }
        #expect(object?["id"] as? String == "001-d30e6bfd71bd188e")
        #expect((object?["published"] as? [String: Any])?["source"] as? String == "config")
        let again = try BriefgenBinary.run(["extract", "--published", "2025-04-25", "seeds/001_d30e6bfd71bd188e.txt"], in: root)
        #expect(again.stdout == result.stdout)
        #expect(result.stdout.hasPrefix("{\"dek\":") || result.stdout.hasPrefix("{\"dek\":null"))
    }

    @Test func extractOfAFolderEqualsExtractOfItsFilesInOrder() throws {
        let site = try FixtureSite("extract-folder")
        defer { site.remove() }
        try site.write("articles/b.txt", "Kyiv, April 2 (Reuters) - The U.N. verified 2,641 civilian deaths in Ukraine in March.\n")
        try site.write("articles/a.md", "---\ntitle: Aid\n---\nAid reached 46% of the people in need by April 24, officials said.\n")
        try site.write("articles/more/c.txt", "Shelling hit Kharkiv on Monday.\n")
        try site.write("articles/notes.pdf", "not an article")
        let files = try BriefgenBinary.run(["extract", "--json", "articles/a.md", "articles/b.txt", "articles/more/c.txt"], in: site.root)
        let folder = try BriefgenBinary.run(["extract", "--json", "articles"], in: site.root)
        #expect(files.status == 0 && folder.status == 0, "\(folder.stderr)")
        #expect(files.stdout.split(separator: "\n").count == 3)
        // Same records, same order, except the id of the nested file, which is made from its path below the folder as in a build.
        #expect(folder.stdout == files.stdout.replacingOccurrences(of: #""id":"c""#, with: #""id":"more-c""#))
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let empty = try BriefgenBinary.run(["extract", "empty"], in: site.root)
        #expect(empty.status == 0 && empty.stdout.isEmpty)
        #expect(empty.stderr.contains("empty: warning: [ingest] holds no articles"))
    }
}

extension FixtureSite {
    static func list(_ base: URL) -> [String] {
        guard let e = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var result: [String] = []
        for case let url as URL in e where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            result.append(String(url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1)))
        }
        return result.sorted()
    }
}
