import Foundation
import Testing
@testable import BriefgenSite

/// `briefgen extract` as a library call: folders, batches and the order of the records.
struct ArticleExtractorTests {
    /// A folder of `count` short articles, each naming its own number.
    private func folder(_ count: Int) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("extractor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for n in 0..<count {
            let text = "Kyiv, April \(n % 28 + 1), 2025 — The U.N. said \(n + 3) people were killed on Monday.\n"
            try Data(text.utf8).write(to: root.appendingPathComponent(String(format: "a%04d.txt", n)))
        }
        return root
    }

    @Test func recordsCrossBatchesInFileOrderAndEqualEachFileOnItsOwn() async throws {
        let count = ArticleExtractor.batchSize + 4
        let root = try folder(count)
        defer { try? FileManager.default.removeItem(at: root) }
        var lines: [String] = []
        let diagnostics = await ArticleExtractor().extract(paths: [root.path], published: nil, workingDirectory: root) { lines.append($0) }
        #expect(diagnostics.isEmpty)
        #expect(lines.count == count)
        for n in [0, ArticleExtractor.batchSize - 1, ArticleExtractor.batchSize, count - 1] {
            let file = root.appendingPathComponent(String(format: "a%04d.txt", n)).path
            let (single, _) = await ArticleExtractor().extract(paths: [file], published: nil, workingDirectory: root)
            // The same record but for the path it names (the folder's files are shown below the folder as given).
            #expect(single == [lines[n]])
            #expect(lines[n].contains("\"id\":\"a\(String(format: "%04d", n))\""))
            #expect(lines[n].contains("\(n + 3) people"))
        }
    }

    @Test func anUnreadableFileIsReportedAndTheOthersStillCome() async throws {
        let root = try folder(2)
        defer { try? FileManager.default.removeItem(at: root) }
        let missing = root.appendingPathComponent("missing.txt").path
        let first = root.appendingPathComponent("a0000.txt").path
        let (lines, diagnostics) = await ArticleExtractor().extract(paths: [missing, first], published: nil, workingDirectory: root)
        #expect(lines.count == 1)
        #expect(diagnostics.map(\.message) == ["cannot be read"])
    }
}
