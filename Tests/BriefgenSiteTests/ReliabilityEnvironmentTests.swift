import Foundation
import Testing

/// Bad surroundings rather than bad text: permissions, special files, links, folders, sizes and many files.
///
/// Tests run as root here and in CI, where file permissions do not stop reads or writes. Those cases run the
/// binary as `nobody` through `setpriv` when it is available, and are skipped (with the reason) otherwise.
@Suite(.serialized) struct ReliabilityEnvironmentTests {
    static let good = BadInputCase.good

    // MARK: - Unreadable files and folders

    @Test(.enabled(if: Unprivileged.canDropRoot, Unprivileged.why))
    func unreadableFileIsAnErrorAndTheRestIsBuilt() throws {
        let site = try FixtureSite.quiet("unreadable")
        defer { site.remove() }
        try site.write("seeds/good.txt", Self.good)
        try site.write("seeds/locked.txt", "Officials said 3 people died.\n")
        try Unprivileged.open(site)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: site.root.appendingPathComponent("seeds/locked.txt").path)
        // Root reads a chmod-000 file anyway: this runs as nobody (or the test is skipped, see the trait).
        let result = try #require(try Unprivileged.run(["build", "--quiet"], in: site.root))
        #expect(result.stderr == """
            seeds/locked.txt: error: [ingest] cannot be read: permission denied — check the file's permissions
            \(BadInputCase.closing(errors: 1))

            """)
        #expect(result.status == 1)
        try SiteAssertions(site: site).articlesAreOnTheSite(["good"])
    }

    @Test(.enabled(if: Unprivileged.canDropRoot, Unprivileged.why))
    func unreadableSubfolderIsAnErrorAndTheRestIsBuilt() throws {
        let site = try FixtureSite.quiet("unreadable-folder")
        defer { site.remove() }
        try site.write("seeds/good.txt", Self.good)
        try site.write("seeds/locked/a.txt", "Officials said 3 people died.\n")
        try Unprivileged.open(site)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: site.root.appendingPathComponent("seeds/locked").path)
        let result = try #require(try Unprivileged.run(["build", "--quiet"], in: site.root))
        #expect(result.stderr == """
            seeds/locked: error: [ingest] folder cannot be read — check its permissions
            \(BadInputCase.closing(errors: 1))

            """)
        #expect(result.status == 1)
        try SiteAssertions(site: site).articlesAreOnTheSite(["good"])
    }

    // MARK: - Links and special files

    @Test func symbolicLinksOutsideTheInputAreNotFollowed() throws {
        let site = try FixtureSite.quiet("links")
        defer { site.remove() }
        try site.write("seeds/good.txt", Self.good)
        try site.write("outside/secret.txt", "Secret text that must not be published.\n")
        try site.write("seeds/inner/real.txt", "Officials said 3 people died.\n")
        let fm = FileManager.default
        let seeds = site.root.appendingPathComponent("seeds")
        try fm.createSymbolicLink(atPath: seeds.appendingPathComponent("escape.txt").path, withDestinationPath: "../outside/secret.txt")
        try fm.createSymbolicLink(atPath: seeds.appendingPathComponent("absolute.txt").path, withDestinationPath: "/etc/hostname")
        try fm.createSymbolicLink(atPath: seeds.appendingPathComponent("folder").path, withDestinationPath: "../outside")
        try fm.createSymbolicLink(atPath: seeds.appendingPathComponent("inside.txt").path, withDestinationPath: "inner/real.txt")
        try fm.createSymbolicLink(atPath: seeds.appendingPathComponent("broken.txt").path, withDestinationPath: "nowhere.txt")
        try fm.createSymbolicLink(atPath: seeds.appendingPathComponent("loop.txt").path, withDestinationPath: "loop.txt")
        #expect(mkfifo(seeds.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        let result = try BriefgenBinary.run(["build", "--quiet"], in: site.root)
        #expect(result.stderr == """
            seeds/absolute.txt: warning: [ingest] symbolic link points outside the input folder; not followed — copy the article into the input folder
            seeds/broken.txt: warning: [ingest] broken symbolic link; skipped — remove it
            seeds/escape.txt: warning: [ingest] symbolic link points outside the input folder; not followed — copy the article into the input folder
            seeds/folder: warning: [ingest] symbolic link points outside the input folder; not followed — copy the article into the input folder
            seeds/loop.txt: warning: [ingest] broken symbolic link; skipped — remove it
            seeds/pipe.txt: warning: [ingest] not a regular file; skipped — put the article's text in an ordinary file

            """)
        #expect(result.status == 0)
        try SiteAssertions(site: site).articlesAreOnTheSite(["good", "inside", "inner-real"])
        for page in SiteInspector(root: site.root.appendingPathComponent("public")).pages {
            #expect(!((try? site.read("public/" + page)) ?? "").contains("Secret text"), "\(page) published a file outside the input")
        }
    }

    @Test func fileOverTheSizeLimitIsRefusedWithoutReadingIt() throws {
        let site = try FixtureSite.quiet("huge")
        defer { site.remove() }
        try site.write("seeds/good.txt", Self.good)
        // A sparse 201 MB file: instant to make, and briefgen must refuse it from its size, before reading.
        let url = site.root.appendingPathComponent("seeds/huge.txt")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        #expect(truncate(url.path, 201 * 1024 * 1024) == 0)
        let result = try BriefgenBinary.run(["build", "--quiet"], in: site.root)
        #expect(result.stderr == """
            seeds/huge.txt: error: [ingest] file is 201 MB, over the 200 MB limit — split the article or remove it from the input folder
            \(BadInputCase.closing(errors: 1))

            """)
        #expect(result.status == 1)
        try SiteAssertions(site: site).articlesAreOnTheSite(["good"])
    }

    // MARK: - Input and output folders

    @Test func missingInputFolderStopsTheBuildAndWritesNothing() throws {
        let site = try FixtureSite.quiet("no-seeds")
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("seeds"))
        let result = try BriefgenBinary.run(["build", "--quiet"], in: site.root)
        #expect(result.stderr == """
            seeds: error: [ingest] input folder does not exist — create it and put articles (.txt, .md) in it, or pass --input DIR
            build failed with 1 error(s): the previous site was left untouched

            """)
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public").path))
    }

    @Test func inputFolderThatIsAFileStopsTheBuild() throws {
        let site = try FixtureSite.quiet("seeds-file")
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("seeds"))
        try site.write("seeds", "not a folder\n")
        let result = try BriefgenBinary.run(["build", "--quiet"], in: site.root)
        #expect(result.stderr.hasPrefix("seeds: error: [ingest] input folder does not exist"))
        #expect(result.status == 1)
    }

    @Test func outputThatIsAFileStopsTheBuildAndKeepsTheFile() throws {
        let site = try FixtureSite.quiet("output-file")
        defer { site.remove() }
        try site.write("seeds/good.txt", Self.good)
        try site.write("public", "my notes\n")
        let result = try BriefgenBinary.run(["build", "--quiet"], in: site.root)
        #expect(result.stderr == """
            public: error: [write] output path exists and is not a folder — remove the file or choose another --output
            build failed with 1 error(s): the previous site was left untouched

            """)
        #expect(result.status == 1)
        #expect(try site.read("public") == "my notes\n")
    }

    @Test func outputWhoseParentIsAFileStopsTheBuild() throws {
        let site = try FixtureSite.quiet("output-parent-file")
        defer { site.remove() }
        try site.write("seeds/good.txt", Self.good)
        try site.write("notes", "a file\n")
        let result = try BriefgenBinary.run(["build", "--quiet", "--output", "notes/public"], in: site.root)
        #expect(result.stderr == """
            notes/public: error: [write] cannot create the output's parent folder — check permissions
            build failed with 1 error(s): the previous site was left untouched

            """)
        #expect(result.status == 1)
        #expect(try site.read("notes") == "a file\n")
    }

    @Test(.enabled(if: Unprivileged.canDropRoot, Unprivileged.why))
    func readOnlyOutputParentStopsTheBuildAndKeepsThePreviousSite() throws {
        let site = try FixtureSite.quiet("readonly")
        defer { site.remove() }
        try site.write("seeds/good.txt", Self.good)
        try Unprivileged.open(site)
        let out = site.root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: out.path)
        let first = try #require(try Unprivileged.run(["build", "--quiet", "--output", "out/public"], in: site.root))
        #expect(first.status == 0, "\(first.stderr)")
        let before = try site.read("out/public/index.html")
        try site.write("seeds/more.txt", "Officials said 7 people died.\n")
        try Unprivileged.open(site)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: out.path)
        // Root ignores the 0555 mode: this runs as nobody (or the test is skipped, see the trait).
        let result = try #require(try Unprivileged.run(["build", "--quiet", "--output", "out/public"], in: site.root))
        // The wording after "cannot" belongs to SiteWriter (lock file or staging folder, whichever fails first).
        #expect(result.stderr.hasPrefix("out/public: error: [write] cannot "), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("\nbuild failed with 1 error(s): the previous site was left untouched\n"))
        #expect(result.status == 1)
        #expect(try site.read("out/public/index.html") == before)
    }

    // MARK: - Configuration

    @Test func invalidConfigurationStopsTheBuildWithLineAndColumn() throws {
        let site = try FixtureSite.quiet("bad-toml")
        defer { site.remove() }
        try site.write("seeds/good.txt", Self.good)
        try site.write("briefgen.toml", "title = \"Briefing\"\nas_of = 2025-04-25\nlanguage = \"en\n")
        let result = try BriefgenBinary.run(["build", "--quiet"], in: site.root)
        #expect(result.stderr.hasPrefix("briefgen.toml:3:"), "\(result.stderr)")
        #expect(result.stderr.contains(": error: [config] not valid TOML: "))
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public").path))
    }

    @Test func wrongConfigurationValuesAreWarningsWithTheirLine() throws {
        let site = try FixtureSite.quiet("odd-toml")
        defer { site.remove() }
        try site.write("seeds/good.txt", Self.good)
        try site.write("briefgen.toml", """
            title = 5
            as_of = "yesterday"
            base_url = "javascript:alert(1)"
            colour = "red"

            [published]
            "good.txt" = "someday"

            """)
        let result = try BriefgenBinary.run(["build", "--quiet"], in: site.root)
        #expect(result.stderr == """
            briefgen.toml: warning: [assemble] base_url is not set: feed.xml uses relative links and sitemap.xml is skipped — set base_url = "https://example.org/briefing/" in briefgen.toml
            briefgen.toml:1:1: warning: [config] 'title' must be a string — see 'briefgen init' for every setting
            briefgen.toml:2:1: warning: [config] 'as_of' must be a date like 2025-04-25 — see 'briefgen init' for every setting
            briefgen.toml:3:1: warning: [config] 'base_url' must be an http(s) URL — see 'briefgen init' for every setting
            briefgen.toml:4:1: warning: [config] unknown setting 'colour' — see 'briefgen init' for every setting
            briefgen.toml:7:1: warning: [config] published date for 'good.txt' must be a date like 2025-04-25 — see 'briefgen init' for every setting

            """)
        #expect(result.status == 0)
        try SiteAssertions(site: site).articlesAreOnTheSite(["good"])
    }

    // MARK: - Size and count

    /// 50 MB is measured by hand in release (see the report); the debug suite builds 5 MB. Speed is the benchmark's job.
    @Test func fiveMegabyteArticleIsBuiltCompletely() throws {
        let site = try FixtureSite.quiet("big")
        defer { site.remove() }
        try site.write("seeds/good.txt", Self.good)
        try site.write("seeds/big.txt", Data(Self.largeArticle(bytes: 5 * 1024 * 1024).utf8))
        let result: BriefgenBinary.Result? = try BriefgenBinary.run(["build", "--quiet"], in: site.root)
        #expect(result?.status == 0, "\(result?.stderr ?? "")")
        #expect(result?.stderr == "")
        try SiteAssertions(site: site).articlesAreOnTheSite(["good", "big"])
        let page = try site.read("public/sources/big/index.html")
        #expect(page.contains("id=\"s-20000\""))
    }

    /// 10,000 is measured by hand in release (see the report); 2,000 here keeps the debug suite quick.
    @Test func twoThousandTinyArticlesAllReachTheSite() throws {
        let site = try FixtureSite.quiet("many")
        defer { site.remove() }
        let count = 2_000
        for i in 0..<count {
            try site.write(String(format: "seeds/a%05d.txt", i), "Officials said \(i + 1) people were injured in Kharkiv on Monday.\n")
        }
        let result = try BriefgenBinary.run(["build", "--quiet"], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        let pages = try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("public/sources").path)
        #expect(pages.filter { $0.hasPrefix("a") }.count == count)
        // The list is paginated: every article is linked from one of its pages.
        var sources = try site.read("public/sources/index.html")
        var number = 2
        while let page = try? site.read("public/sources/page/\(number)/index.html") {
            sources += page.replacingOccurrences(of: "href=\"../../../sources/", with: "href=\"../sources/")
            number += 1
        }
        #expect(number > 2, "2,000 sources are split over several pages")
        for i in [0, 999, count - 1] {
            #expect(sources.contains(String(format: "href=\"../sources/a%05d/index.html\"", i)))
        }
    }

    /// Paragraphs of plain sentences, about `bytes` long.
    static func largeArticle(bytes: Int) -> String {
        let sentences = ["Officials said 12 people were injured in the attack on Kharkiv on Monday.",
                         "The regional governor reported that air defences shot down 9 drones overnight.",
                         "Residents described hearing several explosions before the power went out."]
        var text = "Kharkiv report\n"
        var i = 0
        while text.utf8.count < bytes {
            text += sentences[i % 3] + " " + sentences[(i + 1) % 3] + "\n"
            i += 1
        }
        return text
    }
}

extension ReliabilityEnvironmentTests {
    @Test func brokenTemplateAndBadArticleAreBothReportedAndThePreviousSiteStays() throws {
        let site = try FixtureSite.quiet("template-and-article")
        defer { site.remove() }
        try site.write("seeds/good.txt", Self.good)
        #expect(try BriefgenBinary.run(["build", "--quiet"], in: site.root).status == 0)
        let before = try site.read("public/index.html")
        try site.write("seeds/bad.txt", Data([0x41, 0xFF, 0x0A]))
        try site.write("Templates/sources.md", "{{% CONTENT_TYPE: MARKDOWN }}\n# Sources\n\n{{#articles}}\n{{> missing}}\n")
        let result = try BriefgenBinary.run(["build", "--quiet"], in: site.root)
        #expect(result.stderr == """
            Templates/sources.md:5:1: error: [render] partial 'missing' does not exist — add partials/missing.md or fix the name
            Templates/sources.md:6:1: error: [render] template syntax error: expectedSectionEnd — check the {{…}} tags on this line
            seeds/bad.txt:1:2: error: [ingest] invalid UTF-8 at byte 1 — re-save the file as UTF-8
            build failed with 3 error(s): the previous site was left untouched

            """)
        #expect(result.status == 1)
        #expect(try site.read("public/index.html") == before)
    }
}
