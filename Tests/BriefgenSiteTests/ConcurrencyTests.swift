import BriefgenMarkdown
import Foundation
import Testing

/// Rendering runs in parallel (documents with a `~` parsed one at a time): the bytes must never depend on scheduling.
@Suite struct ConcurrencyTests {
    /// Documents that use every extension whose state cmark-gfm keeps process-wide (design.md, pitfall 1), long enough
    /// that parses overlap: every third has a `~` (strikethrough), the others only autolinks, emphasis and tables. With
    /// the characters added and removed by every parse and no lock, some pages lose their strikethrough or links in
    /// nearly every round; with `:` and `w` not pinned, the documents without `~` (parsed side by side) lose links.
    static let documents: [String] = (0..<96).map { i in
        let strikes = i % 3 == 0
        let paragraphs = (0..<40).map { p in
            (strikes ? "Paragraph \(p) with ~~strikethrough \(i)~~, an" : "Paragraph \(p) with an")
                + " autolink https://example.org/\(i)/\(p), www.example.net/\(p) and *emphasis*."
        }
        return """
        ## Heading \(i)

        | a | b |
        |---|---|
        | \(strikes ? "~~struck \(i)~~" : "**bold \(i)**") | www.example.org/\(i) |

        \(paragraphs.joined(separator: "\n\n"))
        """
    }

    @Test func markdownRendersTheSameUnderParallelLoad() async {
        let renderer = MarkdownRenderer()
        let serial = ConcurrencyTests.documents.map { renderer.html(from: $0) }
        #expect(serial.allSatisfy { $0.contains("<a href=\"https://example.org/") && $0.contains("<table>") })
        #expect(serial.allSatisfy { $0.components(separatedBy: "<a href=").count == 82 })
        #expect(serial.enumerated().allSatisfy { $1.components(separatedBy: "<del>").count == ($0 % 3 == 0 ? 42 : 1) })
        for _ in 0..<12 {
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

    /// The same with the byte-level entry point the page renderer uses, on more threads than cores.
    @Test func markdownBytesRenderTheSameOnManyThreads() {
        let renderer = MarkdownRenderer()
        let inputs = ConcurrencyTests.documents.map { Array($0.utf8) }
        let serial = inputs.map { renderer.htmlBytes(fromUTF8: $0) }
        // Each iteration writes its own slot only.
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<[UInt8]>.allocate(capacity: inputs.count * 4)
        results.initialize(repeating: [])
        defer { results.deallocate() }
        DispatchQueue.concurrentPerform(iterations: inputs.count * 4) { n in
            results[n] = renderer.htmlBytes(fromUTF8: inputs[n % inputs.count])
        }
        for n in 0..<(inputs.count * 4) { #expect(results[n] == serial[n % inputs.count], "document \(n % inputs.count)") }
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
