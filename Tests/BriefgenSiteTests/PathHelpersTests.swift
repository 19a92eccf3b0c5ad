import Testing
@testable import BriefgenSite

/// Path helpers asked for every article or page of a build, without splitting paths: the same answers as splitting.
@Suite struct PathHelpersTests {
    @Test(arguments: ["seeds/a.txt", "a.txt", "seeds/sub/b.md", "seeds/sub/", "a//b.txt", "/", "", "//", "/x", "Київ/статья.txt", "x/y/z/"])
    func fileNameIsTheLastPart(_ path: String) {
        #expect(AnalysisStage.fileName(of: path) == (path.split(separator: "/").last.map(String.init) ?? path))
    }

    @Test func configuredDateFollowsTheFileName() {
        let article = Article(path: "seeds/sub/003_article.txt", id: "x", format: .plainText, body: "b", bodyFirstLine: 1,
                              metadata: ArticleMetadata(), byteCount: 1)
        #expect(AnalysisStage.fallbackDate(for: article, in: ["003_article.txt": "2025-04-01"]) == "2025-04-01")
        #expect(AnalysisStage.fallbackDate(for: article, in: ["sub/003_article.txt": "2025-04-01"]) == nil)
        #expect(AnalysisStage.fallbackDate(for: article, in: [:]) == nil)
    }

    @Test func sourceIDOnlyForASourcePage() {
        #expect(PageFingerprints.sourceID("sources/0000-a904bd959d479cb4/index.html") == "0000-a904bd959d479cb4")
        #expect(PageFingerprints.sourceID("sources/x/index.html") == "x")
        for path in ["sources/index.html", "sources//index.html", "sources/a/b/index.html", "sources/page/2/index.html",
                     "timeline/x/index.html", "sources/x/index.htm", "xsources/x/index.html", "sources/x/index.html/"] {
            #expect(PageFingerprints.sourceID(path) == nil, "\(path)")
        }
    }
}
