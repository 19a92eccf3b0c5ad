import BriefgenText
import Foundation
import Testing
@testable import BriefgenSite

/// The search index and the CSV rows, written straight from the analysis, are byte for byte what the entries and
/// rows of strings gave.
struct DirectExportTests {
    static func articles() async throws -> [AnalyzedArticle] {
        var articles = try await SortedJSONEncoderTests.seeds()
        let extra: [(String, String, Article.Format)] = SourcePageMarkdownTests.awkward.map { ($0.name, $0.text, $0.format) } + [
            ("formula.txt", """
                =HYPERLINK("http://x") said 12 people were killed on Monday, police said.
                -5 is not a figure, but "quoted, text" with a comma is; 40 drones were shot down\ttoday, the army said.
                @user reported that 7 people died in Київ on Jan. 3, 2025 — a tab\there and a bell\u{07}.
                +380 numbers and <script>alert(1)</script> and القاهرة 😀 said 3 civilians were injured on Tuesday.
                """, .plainText),
        ]
        for (name, text, format) in extra {
            articles.append(try await SortedJSONEncoderTests.analyzed(name, text, format: format))
        }
        return articles
    }

    @Test func searchEntriesEqualTheEncodedEntries() async throws {
        let articles = try await Self.articles()
        let index = SearchIndex(articles: articles, assembler: SiteAssembler(config: BriefgenConfig(), version: "t"))
        for a in articles {
            #expect(index.encodedEntries(of: a) == index.referenceEncodedEntries(of: a), "\(a.article.id)")
        }
    }

    @Test func csvRowsEqualTheRowsOfStrings() async throws {
        for a in try await Self.articles() {
            let figures = DataExports.statisticsRows(a), events = DataExports.eventRows(a)
            #expect(DataExports.statisticsCSV(a) == (figures.isEmpty ? [] : CSVText.bytes(figures)), "\(a.article.id)")
            #expect(DataExports.eventsCSV(a) == (events.isEmpty ? [] : CSVText.bytes(events)), "\(a.article.id)")
        }
    }

    /// Exact bytes on awkward text: quotes doubled and fields quoted, formulas guarded, `<` and controls escaped.
    @Test func exactBytesOnAwkwardText() async throws {
        let a = try await SortedJSONEncoderTests.analyzed("formula.txt", #"=HYPERLINK("http://x"), a <b> "quote" said 12 people were killed on Jan. 3, 2025."# + "\n")
        let csv = String(decoding: DataExports.statisticsCSV(a), as: UTF8.self)
        #expect(csv.hasSuffix(#","'=HYPERLINK(""http://x""), a <b> ""quote"" said 12 people were killed on Jan. 3, 2025.""# + "\r\n"))
        let search = String(decoding: SearchIndex(articles: [a], assembler: SiteAssembler(config: BriefgenConfig(), version: "t")).encodedEntries(of: a), as: UTF8.self)
        #expect(search.contains(#""text":"no source given · Unattributed · =HYPERLINK(\"http://x\"), a \u003cb> \"quote\" said 12 people were killed on Jan. 3, 2025.""#))
        #expect(!search.contains("<"))
        var field: [UInt8] = []
        for value in ["-5", "-x", "@me", "+1", "a,b", "Київ \"😀\"", "line\r\nbreak", ""] {
            field.removeAll()
            CSVText.appendField(value, to: &field)
            #expect(String(decoding: field, as: UTF8.self) == CSVText.field(value), "\(value)")
        }
        #expect(CSVText.field("-x") == "'-x")
        #expect(CSVText.field("-5") == "-5")
        #expect(CSVText.field("Київ \"😀\"") == "\"Київ \"\"😀\"\"\"")
    }
}
