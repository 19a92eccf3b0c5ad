import Foundation
import Mustache
import Testing

/// The paths the vendored patch changes (see Sources/Mustache/VENDORED.md): parents asked first, plain names walked
/// without splitting, strings rendered directly, stack objects classified once, output rendered into one string. Each
/// expectation is what upstream 2.1.1 renders.
@Suite struct MustachePatchTests {
    struct Outer: MustacheParent {
        let title: String
        let items: [Inner]
        func child(named name: String) -> Any? {
            switch name {
            case "title": return title
            case "items": return items
            default: return nil
            }
        }
    }

    struct Inner: MustacheParent {
        let name: String
        func child(named name: String) -> Any? { name == "name" ? self.name : nil }
    }

    struct Reflected {
        let name: String
        let count: Int
    }

    private func render(_ text: String, _ object: Any) throws -> String {
        try MustacheTemplate(string: text).render(object)
    }

    @Test func namesMissingFromTheInnerParentAreFoundFurtherOut() throws {
        let outer = Outer(title: "Report", items: [Inner(name: "a"), Inner(name: "b")])
        #expect(try render("{{#items}}{{name}}/{{title}};{{/items}}", outer) == "a/Report;b/Report;")
    }

    @Test func aNameNoObjectHasRendersNothing() throws {
        #expect(try render("[{{missing}}]", Outer(title: "x", items: [])) == "[]")
    }

    @Test func stringsAreEscapedOnlyInDoubleBraces() throws {
        let outer = Outer(title: "<b>\"A&B\"</b>", items: [])
        #expect(try render("{{title}}|{{{title}}}|{{&title}}", outer)
            == "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;|<b>\"A&B\"</b>|<b>\"A&B\"</b>")
    }

    @Test func dottedNamesStillWalkIntoChildren() throws {
        let context: [String: Any] = ["outer": Outer(title: "T", items: [Inner(name: "n")])]
        #expect(try render("{{outer.title}} {{#outer.items}}{{name}}{{/outer.items}}", context) == "T n")
    }

    @Test func dictionariesAndReflectedStructsStillWork() throws {
        let context: [String: Any] = ["value": Reflected(name: "r", count: 3), "plain": "p"]
        #expect(try render("{{plain}} {{#value}}{{name}}{{count}}{{/value}}", context) == "p r3")
    }

    /// Upstream renders a `nil` optional as "nil" and `NSNull` as nothing; the patch keeps both.
    @Test func nullAndOptionalValuesRenderAsUpstreamDoes() throws {
        let none: String? = nil
        let some: String? = "s"
        let context: [String: Any] = ["null": NSNull(), "none": none as Any, "some": some as Any]
        #expect(try render("[{{null}}][{{none}}][{{some}}]{{^null}}no{{/null}}", context) == "[][nil][s]no")
    }

    @Test func transformsStillApplyToStrings() throws {
        #expect(try render("{{uppercased(title)}}", Outer(title: "kyiv", items: [])) == "KYIV")
    }

    /// A name is answered by the nearest object on the stack that has it, whatever kind each object is: a string
    /// (answers nothing), a reflected struct (a `Mirror`), a parent, a dictionary.
    @Test func aStackOfParentsStringsAndReflectedValuesAnswersFromTheNearestThatHasTheName() throws {
        let context: [String: Any] = [
            "title": "root", "value": Reflected(name: "r", count: 2), "outer": Outer(title: "o", items: [Inner(name: "i"), Inner(name: "j")]),
        ]
        let text = "{{#outer}}{{#title}}{{#value}}{{name}}{{count}}{{title}}{{#items}}[{{name}}{{count}}]{{/items}}{{/value}}{{/title}}{{/outer}}{{title}}"
        #expect(try render(text, context) == "r2o[i2][j2]root")
    }

    @Test func nestedListsAndInvertedSectionsRenderInOrder() throws {
        let outer = Outer(title: "T", items: [Inner(name: "a"), Inner(name: "b")])
        let empty = Outer(title: "E", items: [])
        let context: [String: Any] = ["groups": [outer, empty]]
        let text = "{{#groups}}{{title}}:{{#items}}{{name}}{{^last()}},{{/last()}}{{/items}}{{^items}}none{{/items}};{{/groups}}"
        #expect(try render(text, context) == "T:a,b;E:none;")
    }

    /// What a type's values conform to is learnt once per render, except for optionals in an `Any`: whether one
    /// is a list depends on whether it holds one, so the same type answers differently from one item to the next.
    @Test func optionalsOfOneTypeAreAskedValueByValue() throws {
        let none: [String]? = nil
        let some: [String]? = ["a", "b"]
        let context: [String: Any] = ["list": [["items": none as Any], ["items": some as Any], ["items": none as Any]]]
        #expect(try render("{{#list}}{{#items}}x{{/items}}{{^items}}-{{/items}};{{/list}}", context) == "x;xx;x;")
    }

    @Test func nullIsARenderableOnlyWhereItIsOne() throws {
        let context: [String: Any] = ["list": [NSNull(), "s", NSNull()] as [Any]]
        let out = try render("{{#list}}[{{.}}]{{/list}}|{{#list}}{{^.}}n{{/.}}{{/list}}", context)
        #expect(out == "[][s][]|nn")
    }

    @Test func aStringSectionPushesTheStringItself() throws {
        #expect(try render("{{#title}}<{{.}}>{{/title}}", Outer(title: "x&y", items: [])) == "<x&amp;y>")
    }
}

/// The patched HTML escaping works on bytes: a quote or bracket stays escaped when a combining mark follows it.
@Suite struct MustacheEscapePatchTests {
    @Test func quotesAndBracketsBeforeCombiningMarksAreEscaped() throws {
        let value = "\"\u{301} onmouseover=x <\u{338}b>&'"
        let out = try MustacheTemplate(string: "<a title=\"{{v}}\">").render(["v": value])
        #expect(out == "<a title=\"&quot;\u{301} onmouseover=x &lt;\u{338}b&gt;&amp;&#39;\">")
    }

    @Test func textWithoutSpecialCharactersComesBackAsIs() throws {
        #expect(try MustacheTemplate(string: "{{v}}").render(["v": "Kyiv — «Київ» 😀"]) == "Kyiv — «Київ» 😀")
        #expect(try MustacheTemplate(string: "[{{v}}]").render(["v": ""]) == "[]")
    }
}
