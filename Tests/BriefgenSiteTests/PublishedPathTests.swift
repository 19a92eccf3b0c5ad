import Foundation
import Testing

/// A published briefing names each article's file without the folders of the machine that built it.
@Suite struct PublishedPathTests {
    /// An input folder given by its absolute path (outside the working directory): the site shows `corpus/…`, and no
    /// file of the site holds the absolute path; messages still name the file as the user gave it.
    @Test func anAbsoluteInputFolderIsPublishedByItsOwnName() throws {
        let site = try FixtureSite.quiet("published-path")
        defer { site.remove() }
        let corpus = site.root.appendingPathComponent("elsewhere/private-home/corpus")
        try site.write("elsewhere/private-home/corpus/reports/001_kyiv.txt",
                       "Strikes on Kyiv\n\nOn April 3, the U.N. verified 2,641 civilian deaths since February.\n")
        try site.write("elsewhere/private-home/corpus/002_empty.txt", "")
        let result = try BriefgenBinary.run(["build", "--input", corpus.path, "--output", "out"], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        // The warning about the empty file names it as the user gave the folder.
        #expect(result.stdout.contains(corpus.path + "/002_empty.txt") || result.stderr.contains(corpus.path + "/002_empty.txt"))
        let source = try site.read("out/sources/reports-001-kyiv/index.html")
        #expect(source.contains("<li><strong>File:</strong> corpus/reports/001_kyiv.txt · "))
        let data = try site.read("out/data/briefing.json")
        #expect(data.contains(#""file":"corpus/reports/001_kyiv.txt""#))
        for file in site.files(under: "out") {
            let text = String(decoding: try Data(contentsOf: site.root.appendingPathComponent("out/" + file)), as: UTF8.self)
            #expect(!text.contains("private-home"), "\(file) shows the machine's folders")
        }
    }

    /// A folder named with `..` leaves the working directory too; one inside it is shown as named (`seeds/…`).
    @Test func aRelativeInputFolderKeepsItsNameOnlyInsideTheWorkingDirectory() throws {
        let site = try FixtureSite.quiet("published-relative")
        defer { site.remove() }
        try site.write("work/seeds/001_a.txt", "Title\n\nThe U.N. verified 2,641 deaths in April.\n")
        try site.write("outside/corpus/001_b.txt", "Title\n\nThe U.N. verified 2,641 deaths in April.\n")
        let work = site.root.appendingPathComponent("work")
        #expect(try BriefgenBinary.run(["build", "--quiet", "--output", "in"], in: work).status == 0)
        #expect(try BriefgenBinary.run(["build", "--quiet", "--input", "../outside/corpus", "--output", "out"], in: work).status == 0)
        #expect(try site.read("work/in/data/briefing.json").contains(#""file":"seeds/001_a.txt""#))
        let outside = try site.read("work/out/data/briefing.json")
        #expect(outside.contains(#""file":"corpus/001_b.txt""#))
        #expect(!outside.contains(".."))
    }
}
