import BriefgenMarkdown
@testable import BriefgenSite
import Foundation
import Testing

/// Unit-level reliability checks: output paths and page ids from hostile names, and inputs found by the fuzzer
/// (scripts/fuzz.sh), replayed through the same probe it runs.
@Suite struct ReliabilityUnitTests {
    static let hostileSegments = ["..", ".", "", "../../etc", "/etc/passwd", "a/../../b", "..\\..\\x", "%2e%2e", "con",
                                  "x\u{0}y", "line\nbreak", ".hidden", "ẞtraße", "~", "-rf", "a b", "\u{202E}gnp.exe"]

    @Test func outputPathsNeverLeaveTheOutputFolder() {
        let root = URL(fileURLWithPath: "/srv/site/public")
        for segment in Self.hostileSegments {
            for path in [OutputPath(segments: [segment]), OutputPath("sources", segment, "index.html"),
                         OutputPath(segments: segment.split(separator: "/").map(String.init) + ["index.html"])] {
                #expect(!path.value.hasPrefix("/"), "\(path)")
                for part in path.value.split(separator: "/", omittingEmptySubsequences: false) {
                    #expect(!part.isEmpty && !part.hasPrefix(".") && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) },
                            "unsafe segment '\(part)' in \(path) from \(segment.debugDescription)")
                }
                let resolved = root.appendingPathComponent(path.value).standardizedFileURL.path
                #expect(resolved.hasPrefix(root.path + "/"), "\(segment.debugDescription) → \(resolved)")
            }
        }
    }

    @Test func pageIDsFromHostileFileNamesAreSlugs() {
        for stem in Self.hostileSegments + ["..txt", "../../x", "Київ", "北京", "🙂", String(repeating: "a", count: 500)] {
            let id = Slugs.id(for: stem)
            #expect(id.wholeMatch(of: #/[a-z0-9]+(-[a-z0-9]+)*/#) != nil, "\(stem.debugDescription) → \(id)")
            #expect(id.count <= 80)
        }
        #expect(Slugs.id(for: "Київ звіт") == "kiiv-zvit")
        #expect(Slugs.id(for: "000_4482b8ed06c74029") == "000-4482b8ed06c74029")
    }

    @Test func diagnosticsAreOneLineWhateverTheFileName() {
        let d = Diagnostic(path: "seeds/a\nb\u{1B}[2J\u{202E}.txt", line: 2, column: 3, severity: .error, stage: .ingest,
                           message: "bad\rvalue", hint: "fix\u{7}")
        #expect(d.description == "seeds/a\\u{A}b\\u{1B}[2J\\u{202E}.txt:2:3: error: [ingest] bad\\u{D}value — fix\\u{7}")
    }

    @Test func sourceURLsThatCanBreakAMarkdownLinkAreEncodedOrRefused() {
        #expect(URLPolicy.linkTarget("https://a.org/wiki/Foo_(bar)") == "https://a.org/wiki/Foo_%28bar%29")
        #expect(URLPolicy.linkTarget("https://a.org/x y") == nil)
        #expect(URLPolicy.linkTarget("https://a.org/\u{202E}x") == nil)
        #expect(URLPolicy.linkTarget("javascript:alert(1)") == nil)
        #expect(URLPolicy.linkTarget("HTTPS://A.ORG/") == "HTTPS://A.ORG/")
        #expect(URLPolicy.looksLikeURL("ftp://x") && URLPolicy.looksLikeURL("data:text/html,x") && URLPolicy.looksLikeURL("www.x.org"))
        #expect(!URLPolicy.looksLikeURL("Reuters") && !URLPolicy.looksLikeURL("Kyiv Independent"))
    }

    @Test func escapedTextNeverBecomesALinkOrAnElement() {
        for text in ["evil@example.org", "mailto:a@b.org", "www.evil.example", "https://evil.example/x", "<b>x</b>",
                     "a\u{E007}b", "[x](javascript:y)", "x_y_z@a-b.c.org"] {
            #expect(ArticleProbe.checkEscaped(text) == [], "\(text)")
        }
        let html = HTMLDirectives.apply(to: MarkdownRenderer().html(from: MarkdownEscaper.escape("write to evil@example.org")))
        #expect(html == "<p>write to evil@example.org</p>\n")
    }
}
