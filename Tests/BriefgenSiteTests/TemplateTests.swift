import Foundation
import Testing

@Suite(.serialized) struct TemplateTests {
    @Test func builtInTemplatesMatchTemplatesFolder() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "scripts/embed-templates.py", "--check"]
        process.currentDirectoryURL = BriefgenBinary.packageRoot
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "Templates/ changed: run scripts/embed-templates.py")
    }

    @Test func projectTemplateOverridesBuiltIn() throws {
        let site = try FixtureSite("override")
        defer { site.remove() }
        try site.write("seeds/a.txt", "Officials said 12 people were injured in the attack.\n")
        try site.write("Templates/about.md", "{{% CONTENT_TYPE: MARKDOWN }}\n# Our own about page\n\nMade by {{site.title}}.\n")
        let result = try BriefgenBinary.run(["build"], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        let about = try site.read("public/about/index.html")
        #expect(about.contains("<h1>Our own about page</h1>"))
        #expect(try site.read("public/timeline/index.html").contains("<h1>Timeline</h1>"))
    }

    @Test func templateSyntaxErrorReportsFileLineColumnAndKeepsPreviousSite() throws {
        let site = try FixtureSite("broken")
        defer { site.remove() }
        try site.write("seeds/a.txt", "Officials said 12 people were injured in the attack.\n")
        #expect(try BriefgenBinary.run(["build", "--quiet"], in: site.root).status == 0)
        let before = try site.read("public/index.html")
        try site.write("Templates/timeline.md", "{{% CONTENT_TYPE: MARKDOWN }}\n# Timeline\n\n{{#years}}\nno close\n")
        let result = try BriefgenBinary.run(["build", "--quiet"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Templates/timeline.md:"))
        #expect(result.stderr.contains("error: [render] template syntax error"))
        #expect(try site.read("public/index.html") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty)
    }

    @Test func missingPartialIsAnErrorWithPosition() throws {
        let site = try FixtureSite("partial")
        defer { site.remove() }
        try site.write("seeds/a.txt", "Officials said 12 people were injured.\n")
        try site.write("Templates/about.md", "{{% CONTENT_TYPE: MARKDOWN }}\n# About\n\nText {{> nowhere}}\n")
        let result = try BriefgenBinary.run(["build", "--quiet"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Templates/about.md:4:6: error: [render] partial 'nowhere' does not exist — add partials/nowhere.md or fix the name"))
    }
}
