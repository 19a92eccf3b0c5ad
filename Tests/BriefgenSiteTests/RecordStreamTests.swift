@testable import BriefgenSite
import BriefgenText
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `data/briefing.json` written while the articles are analysed (``RecordStream``) is byte for byte the file the
/// export writes afterwards; records that come out of order wait for their turn; an unfinished stream leaves no file.
@Suite struct RecordStreamTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("briefgen-records-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func recordsPutOutOfOrderAreWrittenInOrder() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.json").path
        let count = 300
        // Records of up to 9 KB: several flushes of the buffer.
        let record: (Int) -> [UInt8] = { i in Array("{\"n\":\(i),\"s\":\"".utf8) + [UInt8](repeating: 0x61 + UInt8(i % 26), count: (i * 613) % 9000) + Array("\"}".utf8) }
        let stream = try #require(RecordStream(path: path, header: Array("[".utf8), count: count))
        // Each block of seven comes in reverse.
        for block in stride(from: 0, to: count, by: 7) {
            for i in (block..<min(count, block + 7)).reversed() { #expect(stream.put(i, record(i))) }
        }
        #expect(!stream.put(5, record(5)))  // an index already written is refused
        #expect(stream.finish(trailer: Array("]\n".utf8)))
        let expected = Array("[".utf8) + (0..<count).map(record).joined(separator: [0x2C]) + Array("]\n".utf8)
        let written = try #require(FileBytes.read(path))
        #expect(written == expected)
        let places = stream.recordPlaces
        #expect(places.count == count)
        for (i, place) in places.enumerated() where place.offset + place.length <= written.count {
            #expect(Array(written[place.offset..<(place.offset + place.length)]) == record(i))
        }
    }

    @Test func anUnfinishedStreamRemovesItsFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.json").path
        do {
            let stream = try #require(RecordStream(path: path, header: Array("[".utf8), count: 3))
            #expect(stream.put(0, Array("{}".utf8)))
            #expect(stream.put(2, Array("{}".utf8)))
            #expect(!stream.finish(trailer: Array("]".utf8)))  // record 1 never came
            #expect(FileManager.default.fileExists(atPath: path))
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    /// The seeds analysed with a stream: the analysis lets go of what only the record needs, and the file the stream
    /// wrote equals the one the export writes from whole analyses.
    @Test func aStreamedBriefingEqualsTheWrittenOne() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let articles = try DeferredAnalysisTests.seedArticles()
        let whole = await AnalysisStage().run(articles)
        let view = SiteAssembler(config: BriefgenConfig(), version: "t").siteView(whole)

        let streamPath = folder.appendingPathComponent("streamed").path
        let stream = try #require(RecordStream(path: streamPath, header: DataExports.briefingHeader, count: articles.count))
        let slim = await AnalysisStage().run(articles, keys: nil, cache: nil, records: stream)
        #expect(slim.allSatisfy { !$0.hasRecordDetails })
        let streamed = try #require(DataExports(articles: slim, site: view, records: stream).streams().first?.prewritten)
        #expect(try streamed() == streamPath)

        let writtenPath = folder.appendingPathComponent("written").path
        try #require(DataExports(articles: whole, site: view).streams().first).write(toPath: writtenPath)
        let expected = try #require(FileBytes.read(writtenPath))
        #expect(expected.count > 10_000)
        #expect(FileBytes.read(streamPath) == expected)
    }
}
