import BriefgenText
import Foundation
import Testing
@testable import BriefgenSite

/// The fast encoder gives JSONEncoder's bytes ([.sortedKeys, .withoutEscapingSlashes]) on every record briefgen writes.
struct SortedJSONEncoderTests {
    static func reference<T: Encodable>(_ value: T) throws -> [UInt8] { Array(try ExtractRecord.encoder().encode(value)) }

    static func analyzed(_ name: String, _ text: String, format: Article.Format = .plainText) async throws -> AnalyzedArticle {
        let (article, _) = ArticleReader(path: "seeds/" + name).read(data: Data(text.utf8), id: name, format: format)
        let read = try #require(article)
        let results = await AnalysisStage().run([read])
        return try #require(results.first)
    }

    static func seeds() async throws -> [AnalyzedArticle] {
        let folder = BriefgenBinary.packageRoot.appendingPathComponent("seeds")
        var result: [AnalyzedArticle] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            result.append(try await analyzed(name, try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)))
        }
        return result
    }

    @Test func extractRecordsOfTheSeedsAreByteIdentical() async throws {
        for a in try await Self.seeds() {
            #expect(try SortedJSONEncoder.encode(ExtractRecord(a)) == Self.reference(ExtractRecord(a)), "\(a.article.id)")
        }
    }

    @Test func hostileTextIsEscapedLikeJSONEncoder() async throws {
        let text = """
            ---
            title: "Quotes \\" back\\\\slash / and \\t tab"
            source: https://example.org/a?b=1&c="2"
            ---
            Officials said “12” people were killed in Kharkiv on April 3, 2025 — 46% more. \u{7F} \u{2028} 😀 <script>
            """
        let a = try await Self.analyzed("hostile.md", text, format: .markdown)
        #expect(try SortedJSONEncoder.encode(ExtractRecord(a)) == Self.reference(ExtractRecord(a)))
    }

    @Test(arguments: [0.0, -0.0, 2641, 3.5, 0.1, 1e21, 1.2e6, 5e11, 1e-7, 1.0 / 3.0, 1.2345678901234568e17, 1e16, 1e15])
    func doublesAreWrittenLikeJSONEncoder(_ value: Double) throws {
        #expect(try SortedJSONEncoder.encode(value) == Self.reference(value))
        #expect(try SortedJSONEncoder.encode(["v": value, "a": nil]) == Self.reference(["v": value, "a": nil]))
    }

    @Test func scalarsKeysAndNestingMatch() throws {
        let value: [String: [String?]] = ["b": ["a\u{1F}\"\\\n\r\t\u{8}\u{C}/é", nil], "B": [], "_": ["x"], "ä": ["u"]]
        #expect(try SortedJSONEncoder.encode(value) == Self.reference(value))
        #expect(try SortedJSONEncoder.encode([true, false]) == Self.reference([true, false]))
        #expect(try SortedJSONEncoder.encode([Int]()) == Self.reference([Int]()))
        #expect(throws: EncodingError.self) { try SortedJSONEncoder.encode(Double.nan) }
    }
}

extension SortedJSONEncoderTests {
    struct Sized: Encodable {
        var a: Int8 = -8, b: Int16 = 16, c: Int32 = -32, d: Int64 = 64, e: UInt = 1, f: UInt8 = 8, g: UInt16 = 16
        var h: UInt32 = 32, i: UInt64 = 64, j: Float = 3.1, k: [Int64] = [1, -2], l: [Float] = [2, 0.5], m: [Bool] = [true]
    }

    @Test func sizedIntegersAndFloatsMatch() throws {
        #expect(try SortedJSONEncoder.encode(Sized()) == Self.reference(Sized()))
        #expect(try SortedJSONEncoder.encode(Int64(5)) == Self.reference(Int64(5)))
    }
}
