import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Rebuilds with the cache beside the output: only what changed is redone, and the result is always byte for byte
/// what a clean build gives.
@Suite(.serialized) struct IncrementalBuildTests {
    @Test func rebuildAfterEditsIsByteIdenticalToACleanBuild() throws {
        let site = try FixtureSite("incr-edit")
        defer { site.remove() }
        try site.writeArticles(30)
        #expect(try BriefgenBinary.run(["build"], in: site.root).status == 0)
        try site.append(" Officials said the figures could not be independently verified.", to: "seeds/003_article.txt")
        // One article edited: its source page, and only those list pages whose entries changed, are rendered again.
        let edited = try BriefgenBinary.run(["build"], in: site.root)
        #expect(edited.status == 0, "\(edited.stderr)")
        let editedPages = try #require(Self.count("assemble", edited.stdout))
        let editedRendered = try #require(Self.count("render", edited.stdout))
        #expect(editedRendered >= 1 && editedRendered <= editedPages - 29, "\(edited.stdout)")
        #expect(try BriefgenBinary.run(["build", "--output", "clean-edit"], in: site.root).status == 0)
        try expectSameTree(site, "public", "clean-edit")
        // A figure added to one article: its page, the figure lists and the exports change, and still equal a clean build.
        try site.append(" Officials said 4,321 people were evacuated from Sumy on Tuesday.", to: "seeds/007_article.txt")
        #expect(try BriefgenBinary.run(["build"], in: site.root).status == 0)
        #expect(try site.read("public/statistics/index.html").contains("4,321"))
        #expect(try BriefgenBinary.run(["build", "--output", "clean-figure"], in: site.root).status == 0)
        try expectSameTree(site, "public", "clean-figure")
        // Articles removed and added change the count in every page's header: every page again, same bytes as clean.
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("seeds/005_article.txt"))
        try site.write("seeds/099_new.txt", "Drone attack damages depot\nA drone attack damaged a fuel depot on Monday, officials said.")
        let rebuild = try BriefgenBinary.run(["build"], in: site.root)
        #expect(rebuild.status == 0, "\(rebuild.stderr)")
        #expect(try BriefgenBinary.run(["build", "--output", "clean"], in: site.root).status == 0)
        try expectSameTree(site, "public", "clean")
    }

    /// Timeline and category pages are fingerprinted by what they are made from (entries, figures and what their views
    /// show of their articles), not by their views: an edit to what they show must still render them again, and an
    /// edit elsewhere in the article must not.
    @Test func pagesFingerprintedByTheirInputsFollowTheArticlesTheyDrawOn() throws {
        let site = try FixtureSite("incr-inputs")
        defer { site.remove() }
        try site.writeArticles(40)
        #expect(try BriefgenBinary.run(["build"], in: site.root).status == 0)
        let categories = try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("public/statistics").path)
        #expect(categories.contains { !$0.hasSuffix(".html") }, "no category pages: \(categories)")
        // A source line for one copy: its events and figures stay the same, but the pages name that source by its
        // host now (on merged timeline entries and on category pages), so they must be rendered again.
        try site.append("\nsource: https://news.example.net/story-12\n", to: "seeds/012_article.txt")
        let edited = try BriefgenBinary.run(["build"], in: site.root)
        #expect(edited.status == 0, "\(edited.stderr)")
        #expect(try BriefgenBinary.run(["build", "--output", "clean"], in: site.root).status == 0)
        try expectSameTree(site, "public", "clean")
        #expect(try site.read("public/timeline/index.html").contains("news.example.net"))

        // The sentence of a dated event reworded (its date unchanged): the timeline shows the new summary.
        let url = site.root.appendingPathComponent("seeds/000_article.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("the U.N. verified 2,641"))
        try text.replacingOccurrences(of: "the U.N. verified 2,641", with: "the U.N. recorded 2,641")
            .write(to: url, atomically: false, encoding: .utf8)
        let reworded = try BriefgenBinary.run(["build"], in: site.root)
        #expect(reworded.status == 0, "\(reworded.stderr)")
        #expect(try BriefgenBinary.run(["build", "--output", "clean-reworded"], in: site.root).status == 0)
        try expectSameTree(site, "public", "clean-reworded")
        let timeline = site.files(under: "public/timeline").map { try? site.read("public/timeline/" + $0) }
        #expect(timeline.contains { $0?.contains("U.N. recorded 2,641") ?? false })

        // A sentence with no date or figure appended to another article: no timeline or category page is rendered
        // again (they show nothing of that sentence), only the article's own page and the pages that list it.
        try site.append(" Residents gathered in the square to watch.", to: "seeds/021_article.txt")
        let appended = try BriefgenBinary.run(["build"], in: site.root)
        #expect(appended.status == 0, "\(appended.stderr)")
        let rendered = try #require(Self.count("render", appended.stdout))
        #expect(rendered <= 3, "\(appended.stdout)")
        #expect(try BriefgenBinary.run(["build", "--output", "clean-appended"], in: site.root).status == 0)
        try expectSameTree(site, "public", "clean-appended")
    }

    @Test func rebuildWithNothingChangedTouchesNoOutputFile() throws {
        let site = try FixtureSite("incr-same")
        defer { site.remove() }
        try site.writeArticles(12)
        #expect(try BriefgenBinary.run(["build"], in: site.root).status == 0)
        let before = try site.snapshot("public")
        let again = try BriefgenBinary.run(["build"], in: site.root)
        #expect(again.status == 0)
        let pages = try #require(Self.count("assemble", again.stdout))
        #expect(again.stdout.contains("render    0 of \(pages) pages"), "\(again.stdout)")
        #expect(again.stdout.contains(", 0 written)"), "\(again.stdout)")
        #expect(try site.snapshot("public") == before, "files and folders keep their inode, size and mtime")
        let third = try BriefgenBinary.run(["build"], in: site.root)
        #expect(third.status == 0)
        #expect(try site.snapshot("public") == before)
    }

    @Test func changedConfigurationRendersEveryPageAgain() throws {
        let site = try FixtureSite("incr-config")
        defer { site.remove() }
        try site.writeArticles(8)
        #expect(try BriefgenBinary.run(["build"], in: site.root).status == 0)
        try site.write("briefgen.toml", "title = \"Another briefing\"\n")
        let rebuild = try BriefgenBinary.run(["build"], in: site.root)
        let pages = try #require(Self.count("assemble", rebuild.stdout))
        #expect(rebuild.stdout.contains("render    \(pages) pages"), "every page again: \(rebuild.stdout)")
        #expect(try site.read("public/index.html").contains("Another briefing"))
        #expect(try BriefgenBinary.run(["build", "--output", "clean"], in: site.root).status == 0)
        try expectSameTree(site, "public", "clean")
    }

    @Test func changedTemplateRendersEveryPageAgain() throws {
        let site = try FixtureSite("incr-template")
        defer { site.remove() }
        try site.writeArticles(6)
        #expect(try BriefgenBinary.run(["build"], in: site.root).status == 0)
        try site.write("Templates/about.md", "{{% CONTENT_TYPE: MARKDOWN }}\n# About this one\n\nChanged.\n")
        let rebuild = try BriefgenBinary.run(["build"], in: site.root)
        #expect(rebuild.status == 0, "\(rebuild.stderr)")
        let pages = try #require(Self.count("assemble", rebuild.stdout))
        #expect(rebuild.stdout.contains("render    \(pages) pages"), "every page again: \(rebuild.stdout)")
        #expect(try site.read("public/about/index.html").contains("Changed."))
    }

    @Test func outputFileEditedByHandIsRepaired() throws {
        let site = try FixtureSite("incr-repair")
        defer { site.remove() }
        try site.writeArticles(5)
        #expect(try BriefgenBinary.run(["build"], in: site.root).status == 0)
        let good = try site.read("public/about/index.html")
        try site.write("public/about/index.html", "edited by hand")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("public/sources/001-article/index.html"))
        #expect(try BriefgenBinary.run(["build"], in: site.root).status == 0)
        #expect(try site.read("public/about/index.html") == good)
        #expect(try BriefgenBinary.run(["build", "--output", "clean"], in: site.root).status == 0)
        try expectSameTree(site, "public", "clean")
    }

    /// Files and folders added to the output by hand are not part of the site: the build after next (which finds
    /// them in its staging folder, the site before last) removes them, and every build equals a clean one.
    @Test func filesAddedToTheOutputByHandAreRemoved() throws {
        let site = try FixtureSite("incr-stray")
        defer { site.remove() }
        try site.writeArticles(6)
        for _ in 0..<2 { #expect(try BriefgenBinary.run(["build"], in: site.root).status == 0) }
        try site.write("public/stray.txt", "added by hand")
        try site.write("public/sources/002-article/notes.txt", "added by hand")
        try site.write("public/extra/deep/page.html", "added by hand")
        // Each build after an edit, so that each swaps its staging folder in.
        for article in ["003", "004"] {
            try site.append(" Officials said the figures could not be independently verified.", to: "seeds/\(article)_article.txt")
            #expect(try BriefgenBinary.run(["build"], in: site.root).status == 0)
            #expect(try BriefgenBinary.run(["build", "--output", "clean"], in: site.root).status == 0)
            try expectSameTree(site, "public", "clean")
        }
    }

    @Test func deletedCacheGivesTheSameSite() throws {
        let site = try FixtureSite("incr-nocache")
        defer { site.remove() }
        try site.writeArticles(6)
        #expect(try BriefgenBinary.run(["build", "--output", "clean"], in: site.root).status == 0)
        #expect(try BriefgenBinary.run(["build"], in: site.root).status == 0)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(".briefgen-cache"))
        #expect(try BriefgenBinary.run(["build"], in: site.root).status == 0)
        try expectSameTree(site, "public", "clean")
    }
}

/// Every file below `a` and `b` (relative to the site) has the same path and bytes.
func expectSameTree(_ site: FixtureSite, _ a: String, _ b: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let left = site.files(under: a), right = site.files(under: b)
    #expect(left == right, "the file lists differ", sourceLocation: sourceLocation)
    for file in left where right.contains(file) {
        let x = try Data(contentsOf: site.root.appendingPathComponent(a + "/" + file))
        let y = try Data(contentsOf: site.root.appendingPathComponent(b + "/" + file))
        #expect(x == y, "\(file) differs", sourceLocation: sourceLocation)
    }
}

extension FixtureSite {
    /// `count` articles in `seeds/`, made from the repository's seed articles, each with its own last paragraph.
    func writeArticles(_ count: Int, folder: String = "seeds") throws {
        let seeds = BriefgenBinary.packageRoot.appendingPathComponent("seeds")
        let texts = try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted()
            .map { try String(contentsOf: seeds.appendingPathComponent($0), encoding: .utf8) }
        for i in 0..<count {
            let name = String(format: "%03d_article.txt", i)
            try write(folder + "/" + name, texts[i % texts.count] + "\nOfficials counted \(i + 3) damaged buildings on day \(i).")
        }
    }

    /// Appends text to a file below the root.
    func append(_ text: String, to relative: String) throws {
        let url = root.appendingPathComponent(relative)
        try (String(contentsOf: url, encoding: .utf8) + text).write(to: url, atomically: false, encoding: .utf8)
    }

    /// Path → (inode, size, mtime) of every file and folder below `relative`, and of the folder itself.
    func snapshot(_ relative: String) throws -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        let base = root.appendingPathComponent(relative).path
        for path in [""] + (FileManager.default.subpaths(atPath: base) ?? []) {
            var info = stat()
            guard lstat(base + "/" + path, &info) == 0 else { continue }
            result[path] = [Int(info.st_ino), Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
        }
        return result
    }

    /// The path and bytes of every file below `relative`; nil when the folder does not exist.
    func contents(_ relative: String) -> [String: Data]? {
        let base = root.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: base.path) else { return nil }
        var result: [String: Data] = [:]
        for file in files(under: relative) { result[file] = try? Data(contentsOf: base.appendingPathComponent(file)) }
        return result
    }
}

extension IncrementalBuildTests {
    /// The first number after `stage` on its progress line ("[3/5] assemble  42 pages" → 42).
    static func count(_ stage: String, _ stdout: String) -> Int? {
        guard let line = stdout.split(separator: "\n").first(where: { $0.contains("] \(stage) ") }) else { return nil }
        let after = line.split(separator: "]", maxSplits: 1).last?.dropFirst(stage.count + 1) ?? ""
        return after.split(separator: " ").first.flatMap { Int($0) }
    }
}
