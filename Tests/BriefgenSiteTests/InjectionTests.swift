import Foundation
import Testing

@Suite(.serialized) struct InjectionTests {
    static let hostile = "<script>alert(1)</script> [x](javascript:alert(1)) *star* | pipe # hash <img src=x onerror=alert(2)>"

    @Test func hostileArticleFieldsRenderAsLiteralTextOnEveryPage() throws {
        let site = try FixtureSite("hostile")
        defer { site.remove() }
        try site.write("seeds/evil.md", """
            ---
            title: "\(Self.hostile)"
            source: "javascript:alert(3)"
            outlet: "<b onmouseover=alert(4)>Outlet</b>"
            author: "[a](javascript:alert(5))"
            ---
            # Heading \(Self.hostile)

            Officials said \(Self.hostile) that 12 people were injured on Monday.
            Second line
            # not a heading

            [click](javascript:alert(6)) ![img](javascript:alert(7)) <javascript:alert(8)> <a href="javascript:alert(9)">a</a>

            """)
        let result = try BriefgenBinary.run(["build"], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("source 'javascript:alert(3)' is not an http(s) URL"))
        let inspector = SiteInspector(root: site.root.appendingPathComponent("public"))
        for page in inspector.pages {
            let html = inspector.html(page)
            let scripts = html.lowercased().components(separatedBy: "<script").dropFirst().map { String($0.prefix(60)) }
            #expect(scripts.allSatisfy { $0.hasPrefix(" src=\"../assets/search") || $0.hasPrefix(" src=\"../assets/sort-tables.js\"") }, "\(page) has a script that is not the site's own: \(scripts)")
            #expect(html.range(of: #"<[^>]+\son[a-z]+\s*="#, options: .regularExpression) == nil, "\(page) has an event handler")
            #expect(!html.contains("<img"), "\(page) has an image from article text")
            for url in inspector.attributeValues("href", in: html) + inspector.attributeValues("src", in: html) {
                let lower = url.lowercased().trimmingCharacters(in: .whitespaces)
                #expect(!lower.hasPrefix("javascript:") && !lower.hasPrefix("data:") && !lower.hasPrefix("vbscript:"), "\(page): \(url)")
            }
        }
        let source = inspector.html("sources/evil/index.html")
        #expect(source.contains("&lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) *star* | pipe # hash"))
        #expect(inspector.html("index.html").contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }
}
