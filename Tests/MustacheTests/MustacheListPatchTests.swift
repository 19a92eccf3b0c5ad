import Foundation
import Mustache
import Testing

/// Patches 7–9 (see Sources/Mustache/VENDORED.md): the context stack as a linked list, lists of
/// `MustacheListParent`s read in place, list element types classified once per list, sections found to be lists
/// through a metatype learnt once per type, tokens rendered from the array's storage, and ASCII dotted names walked
/// without arrays. Every expected value is what the code before these patches rendered (the same templates and values,
/// run against it), on awkward text: curly quotes, "U.N.", "2,641", accents and combining marks, Cyrillic, Arabic,
/// emoji, `<script>`, `javascript:`, Markdown punctuation.
@Suite struct MustacheListPatchTests {
    /// A list element read in place.
    struct Row: MustacheListParent {
        let name: String
        let note: String?
        let count: Int
        let tags: [String]
        func child(named n: String) -> Any? {
            switch n {
            case "name": return name
            case "note": return note
            case "count": return count
            case "tags": return tags
            default: return nil
            }
        }
        static func child(named n: String, of elements: [Row], at index: Int) -> Any? { elements[index].child(named: n) }
    }

    /// A parent that is not a list parent: its lists push each element as before.
    struct Plain: MustacheParent {
        let name: String
        func child(named n: String) -> Any? { n == "name" ? name : nil }
    }

    struct Page: MustacheParent {
        let title: String
        let rows: [Row]
        let plain: [Plain]
        let empty: [Row]
        let card: Row
        func child(named n: String) -> Any? {
            switch n {
            case "title": return title
            case "rows": return rows
            case "plain": return plain
            case "empty": return empty
            case "card": return card
            default: return nil
            }
        }
    }

    struct Reflected {
        let name: String
        let inner: [String: Any]
    }

    static let rows = [
        Row(name: "Kyiv “centre”", note: "U.N.", count: 2641, tags: ["a*b", "<script>"]),
        Row(name: "Ж café\u{301}", note: nil, count: 0, tags: []),
        Row(name: "سلام 👍🏽", note: "javascript:alert(1)", count: -3, tags: ["x"]),
    ]
    let page = Page(title: "T & <b>", rows: rows, plain: [Plain(name: "p1"), Plain(name: "p2")], empty: [], card: rows[0])
    let dict: [String: Any] = [
        "page": Page(title: "T & <b>", rows: rows, plain: [Plain(name: "p1"), Plain(name: "p2")], empty: [], card: rows[0]),
        "list": ["s1", "s2"], "mixed": [1, "two", Plain(name: "three")] as [Any], "set": Set(["only"]),
        "refl": Reflected(name: "r", inner: ["deep": "d"]), "lam": MustacheLambda { ["x": "from lambda"] },
        "a": ["b": ["c": "abc"]],
    ]

    private func render(_ text: String, _ object: Any) throws -> String {
        try MustacheTemplate(string: text).render(object)
    }

    @Test func aListOfListParentsAnswersNamesInPlaceWithPositionsAndNestedLists() throws {
        #expect(try render("{{#rows}}[{{name}}|{{note}}|{{count}}|{{title}}|{{#first()}}F{{/first()}}{{#last()}}L{{/last()}}{{index()}}{{#tags}}<{{.}}>{{/tags}}]{{/rows}}", page) == "[Kyiv “centre”|U.N.|2641|T &amp; &lt;b&gt;|F0<a*b><&lt;script&gt;>][Ж café́||0|T &amp; &lt;b&gt;|1][سلام 👍🏽|javascript:alert(1)|-3|T &amp; &lt;b&gt;|L2<x>]")
    }

    @Test func optionalChildrenOfListElementsOpenAndInvertSections() throws {
        #expect(try render("{{#rows}}{{#note}}({{.}}){{/note}}{{^note}}none{{/note}};{{/rows}}", page) == "(U.N.);none;(javascript:alert(1));")
    }

    @Test func aListElementItselfRendersAsItsDescription() throws {
        #expect(try render("{{#rows}}{{.}}{{/rows}}", page) == "Row(name: &quot;Kyiv “centre”&quot;, note: Optional(&quot;U.N.&quot;), count: 2641, tags: [&quot;a*b&quot;, &quot;&lt;script&gt;&quot;])Row(name: &quot;Ж café́&quot;, note: nil, count: 0, tags: [])Row(name: &quot;سلام 👍🏽&quot;, note: Optional(&quot;javascript:alert(1)&quot;), count: -3, tags: [&quot;x&quot;])")
    }

    @Test func aListOfPlainParentsStillWorks() throws {
        #expect(try render("{{#plain}}{{name}}/{{title}} {{/plain}}", page) == "p1/T &amp; &lt;b&gt; p2/T &amp; &lt;b&gt; ")
    }

    @Test func emptyListsRenderInvertedSectionsOnly() throws {
        #expect(try render("{{#empty}}x{{/empty}}{{^empty}}empty{{/empty}}{{^rows}}no{{/rows}}", page) == "empty")
    }

    @Test func dottedNamesSkipEmptyComponentsAndMissOnUnknownNames() throws {
        #expect(try render("{{card.name}}|{{card.count}}|{{card.missing}}|{{card..name}}|{{card.name.}}|{{.card.name}}", page) == "Kyiv “centre”|2641||Kyiv “centre”|Kyiv “centre”|Kyiv “centre”")
    }

    @Test func dottedSectionsAndDottedListsStillWork() throws {
        #expect(try render("{{#card}}{{name}}{{/card}}{{#card.tags}}{{.}},{{/card.tags}}", page) == "Kyiv “centre”a*b,&lt;script&gt;,")
    }

    @Test func namesInNestedListsFallBackToTheOuterElement() throws {
        #expect(try render("{{#rows}}{{#tags}}{{.}}:{{name}};{{/tags}}{{/rows}}", page) == "a*b:Kyiv “centre”;&lt;script&gt;:Kyiv “centre”;x:سلام 👍🏽;")
    }

    @Test func dictionariesMixedListsStringListsAndSetsStillWork() throws {
        #expect(try render("{{page.title}} {{#page.rows}}{{name}}{{/page.rows}} {{#list}}{{.}}{{/list}} {{#mixed}}[{{.}}{{name}}]{{/mixed}} {{#set}}{{.}}{{/set}}", dict) == "T &amp; &lt;b&gt; Kyiv “centre”Ж café́سلام 👍🏽 s1s2 [1][two][Plain(name: &quot;three&quot;)three] only")
    }

    @Test func dottedNamesWalkReflectedStructsDictionariesAndLambdas() throws {
        #expect(try render("{{refl.name}} {{refl.inner.deep}} {{lam.x}} {{a.b.c}} {{a.b}} {{a.x.c}}", dict) == "r d from lambda abc [&quot;c&quot;: &quot;abc&quot;] ")
    }

    @Test func contentTypesStillApplyInsideLists() throws {
        #expect(try render("{{% CONTENT_TYPE: TEXT }}{{#page.rows}}{{name}}{{/page.rows}}", dict) == "Kyiv “centre”Ж café́سلام 👍🏽")
    }

    @Test func unescapedTagsInListsAreNotEscaped() throws {
        #expect(try render("{{#rows}}{{{name}}}{{&note}}{{/rows}}", page) == "Kyiv “centre”U.N.Ж café́سلام 👍🏽javascript:alert(1)")
    }

    @Test func transformsApplyToListElementChildren() throws {
        #expect(try render("{{#rows}}{{uppercased(name)}}{{/rows}}", page) == "KYIV “CENTRE”Ж CAFÉ́سلام 👍🏽")
    }
}
