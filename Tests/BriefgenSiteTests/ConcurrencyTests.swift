import BriefgenMarkdown
import Foundation
import Testing

/// Rendering runs in parallel (cmark itself behind its lock): the bytes must never depend on scheduling.
@Suite struct ConcurrencyTests {
    /// Documents that use every extension whose state cmark-gfm keeps process-wide (design.md, pitfall 1).
    static let documents: [String] = (0..<120).map { i in
        """
        ## Heading \(i)

        | a | b |
        |---|---|
        | ~~struck \(i)~~ | www.example.org/\(i) |

        Text with ~~strikethrough~~, an autolink https://example.org/\(i) and *emphasis* number \(i).
        """
    }

    @Test func markdownRendersTheSameUnderParallelLoad() async {
        let renderer = MarkdownRenderer()
        let serial = ConcurrencyTests.documents.map { renderer.html(from: $0) }
        #expect(serial.allSatisfy { $0.contains("<del>") && $0.contains("<a href=\"https://example.org/") && $0.contains("<table>") })
        for _ in 0..<4 {
            let parallel = await withTaskGroup(of: (Int, String).self) { group in
                for (index, document) in ConcurrencyTests.documents.enumerated() {
                    group.addTask { (index, renderer.html(from: document)) }
                }
                var result = [String](repeating: "", count: ConcurrencyTests.documents.count)
                for await (index, html) in group { result[index] = html }
                return result
            }
            #expect(parallel == serial)
        }
    }

    @Test func siteBytesDoNotDependOnTheNumberOfPagesRenderedAtOnce() throws {
        let site = try FixtureSite("concurrency-site")
        defer { site.remove() }
        try site.writeArticles(300)
        #expect(try BriefgenBinary.run(["build", "--quiet", "--output", "one"], in: site.root).status == 0)
        #expect(try BriefgenBinary.run(["build", "--quiet", "--output", "two"], in: site.root).status == 0)
        try expectSameTree(site, "one", "two")
    }
}
