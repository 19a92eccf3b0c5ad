@testable import BriefgenSite
import Testing

/// The pieces of `check`: link classification, the HTML scan, XML well-formedness.
@Suite struct CheckUnitTests {
    @Test(arguments: [
        ("index.html", "timeline/index.html", SiteLink.internal(target: "timeline/index.html", fragment: nil)),
        ("sources/a/index.html", "../../index.html#key-figures", .internal(target: "index.html", fragment: "key-figures")),
        ("sources/a/index.html", "../", .internal(target: "sources/", fragment: nil)),
        ("sources/a/index.html", "#s-3", .internal(target: "sources/a/index.html", fragment: "s-3")),
        ("index.html", "a%20b.html?x=1", .internal(target: "a b.html", fragment: nil)),
        ("index.html", "../x.html", .outside),
        ("index.html", "/x.html", .rootAbsolute),
        ("index.html", "//cdn.example/x.js", .external),
        ("index.html", "https://example.org/", .external),
        ("index.html", "mailto:a@example.org", .external),
        ("index.html", "#", .empty),
        ("index.html", "bad%zz.html", .undecodable),
    ])
    func linksAreClassifiedFromTheirPage(_ page: String, _ value: String, _ expected: SiteLink) {
        #expect(SiteLink.classify(value, from: page) == expected)
    }

    @Test func scanFindsValuesWithTheirPositionAndDecodesReferences() {
        let scan = HTMLReferenceScanner.scan("""
            <p id="a">x</p>
            <!-- <a href="no.html"> -->
            <a class=x href='b.html?x=1&amp;y=2' >B</a><script>document.write('<a href="no2.html">')</script>
            <a name="old">old</a><img SRC=pic.png alt=""><p id="a"></p>
            """)
        #expect(scan.references == [
            HTMLReference(attribute: "href", value: "b.html?x=1&y=2", line: 3, column: 18),
            HTMLReference(attribute: "src", value: "pic.png", line: 4, column: 31),
        ])
        #expect(scan.ids == ["a": 1, "old": 4])
        #expect(scan.duplicateIDs.map(\.id) == ["a"])
    }

    @Test(arguments: [
        ("<?xml version=\"1.0\"?>\n<urlset><url><loc>https://x/</loc></url></urlset>\n", nil),
        ("<a><b></a>", "1:7 end tag </a> does not match <b> on line 1"),
        ("<a>\n<b>", "2:1 <b> is never closed"),
        ("<a x=1/>", "1:6 value of attribute 'x' is not quoted"),
        ("<a>Tom & Jerry</a>", "1:8 '&' does not start an entity (write &amp;)"),
        ("<a/><b/>", "1:5 a second root element <b>"),
        ("", "1:1 no root element"),
    ] as [(String, String?)])
    func xmlWellFormednessFindsTheFirstProblem(_ xml: String, _ expected: String?) {
        let problem = XMLWellFormedness.firstProblem(in: xml)
        #expect(problem.map { "\($0.line):\($0.column) \($0.message)" } == expected)
    }
}
