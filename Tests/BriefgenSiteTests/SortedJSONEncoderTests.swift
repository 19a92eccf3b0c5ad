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

    /// Search-index entries are written directly, as JSONEncoder writes them (quotes, backslashes, control characters,
    /// `<`, `/` and non-ASCII text included).
    @Test func searchEntriesWrittenDirectlyEqualJSONEncoder() throws {
        let entries = [
            SearchIndex.Entry(kind: "Figure", title: "2,641 civilians", text: "U.N. · verified · \u{201C}Quote\u{201D} </script> a\\b \"c\"", url: "sources/a/#s-3"),
            SearchIndex.Entry(kind: "Event", title: "", text: "tab\tline\nbell\u{07}\u{1F}", url: "../x/y.html"),
            SearchIndex.Entry(kind: "Source", title: "Київ — 😀", text: "e\u{301}", url: ""),
        ]
        for entry in entries {
            var direct: [UInt8] = []
            entry.appendJSON(to: &direct)
            #expect(direct == (try Self.reference(entry)), "\(entry)")
        }
    }

    /// No `<` reaches the search index (it is a script: `</script>` in an article must not end it).
    @Test func searchIndexEntriesOfAnArticleHaveNoAngleBracket() async throws {
        let text = "Strikes hit </script><script>alert(1)</script> Kyiv.\n\nThe U.N. said on Jan. 3 that 2,641 <b>civilians</b> were killed.\n"
        let a = try await Self.analyzed("lt.txt", text)
        let index = SearchIndex(articles: [a], assembler: SiteAssembler(config: BriefgenConfig(), version: "t"))
        let bytes = index.encodedEntries(of: a)
        #expect(!bytes.contains(0x3C))
        let json = String(decoding: bytes, as: UTF8.self)
        #expect(json.contains(#"\u003c/script>"#))
        let decoded = try JSONSerialization.jsonObject(with: Data(("[" + json + "]").utf8)) as? [[String: String]]
        #expect(decoded?.contains { ($0["text"] ?? "").contains("</script><script>alert(1)</script>") } == true)
    }

    @Test func extractRecordsOfTheSeedsAreByteIdentical() async throws {
        for a in try await Self.seeds() {
            #expect(try SortedJSONEncoder.encode(ExtractRecord(a)) == Self.reference(ExtractRecord(a)), "\(a.article.id)")
            #expect(try ExtractRecord(a).jsonBytes() == Self.reference(ExtractRecord(a)), "\(a.article.id)")
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
        #expect(try ExtractRecord(a).jsonBytes() == Self.reference(ExtractRecord(a)))
    }

    /// Every optional field set and unset, headings, odd numbers: the hand-written record equals the encoded one.
    @Test func handWrittenRecordCoversEveryField() throws {
        let stat = Statistic(value: 0.1, low: -0.0, high: 1e21, qualifier: .upTo, surface: "s\"", unit: "USD", what: "w",
                             category: .money, place: "P", period: .init(start: "2025-01", end: nil),
                             attribution: .init(who: "the U.N.", verb: "verified"), verification: .verified, sentence: 0, start: 1, end: 2)
        let bare = Statistic(value: 2641, surface: "2,641", what: "x", category: .other, verification: .unattributed,
                             sentence: 1, start: 3, end: 4)
        let analysis = ArticleAnalysis(
            text: ScalarText("Text\twith \u{1F} control"), paragraphs: [TextParagraph(start: 0, end: 4, kind: .heading(level: 2)),
                                                                        TextParagraph(start: 5, end: 9, kind: .body)],
            sentences: [Sentence(start: 0, end: 4, paragraph: 0)],
            sections: [ArticleSection(title: "T", titleSource: .heading, firstSentence: 0, lastSentence: 0, headingParagraph: 0),
                       ArticleSection(title: "U", titleSource: .generated, firstSentence: 1, lastSentence: 1)],
            headline: Headline(text: "H", source: .generated, sentence: 3), dek: nil,
            published: PublicationDate(value: "2025-04", source: .textInferred, evidence: "e", isLowerBound: true),
            statistics: [stat, bare],
            timexes: [Timex(start: 0, end: 4, text: "April", type: .date, value: nil, sentence: 0, isRelative: true),
                      Timex(start: 5, end: 9, text: "P", type: .duration, value: "P3Y", sentence: 0)],
            events: [DatedEvent(date: "2025-04", end: nil, precision: .month, sentence: 0, summary: "S", timex: 0, wording: "w"),
                     DatedEvent(date: nil, precision: .day, sentence: 0, summary: "R", timex: 1)],
            entities: [Entity(start: 0, end: 4, type: .organization, text: "U.N.")])
        var article = Article(path: "seeds/a.txt", id: "a", format: .plainText, body: "b", bodyFirstLine: 1,
                              metadata: ArticleMetadata(), declaredHeadings: nil, byteCount: 1)
        article.metadata.sourceText = "Reuters"
        article.metadata.imageSources = ["https://example.org/i.png"]
        article.metadata.author = "A"
        let record = ExtractRecord(AnalyzedArticle(article: article, analysis: analysis))
        #expect(try record.jsonBytes() == Self.reference(record))
        var plain = analysis
        plain.headline = Headline(text: "H", source: .frontMatter)
        plain.published = .unknown
        plain.dek = "D"
        let second = ExtractRecord(AnalyzedArticle(article: article, analysis: plain))
        #expect(try second.jsonBytes() == Self.reference(second))
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
