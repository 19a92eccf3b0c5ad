import Foundation
import Testing
@testable import BriefgenMarkdown

/// `Slug.make` on ASCII text works on bytes: pinned
/// against the code it replaces (the scalar-by-scalar slug, kept here as the reference) and on exact values, as are
/// the heading ids made from such slugs.
struct SlugAndHeadingScanTests {
    /// The slug as it was made before: scalar by scalar.
    static func reference(_ text: String, limit: Int = 80) -> String {
        var slug = ""
        var hyphen = false
        var length = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) {
                if hyphen && !slug.isEmpty { slug.append("-"); length += 1 }
                hyphen = false
                slug.unicodeScalars.append(scalar)
                length += 1
            } else if (0x41...0x5A).contains(v) {
                if hyphen && !slug.isEmpty { slug.append("-"); length += 1 }
                hyphen = false
                slug.unicodeScalars.append(Unicode.Scalar(v + 0x20)!)
                length += 1
            } else if scalar.properties.generalCategory != .nonspacingMark {
                hyphen = true
            }
            if length >= limit { break }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }

    static let asciiCases = [
        "", "---", "  Hello, World!  ", "The U.N. verified 2,641 deaths", "<script>alert(1)</script>", "javascript:alert(1)",
        "CRLF\r\nline\ttab", "*bold* _it_ [x](y) #1 | ~", "a", "A-B--C", String(repeating: "ab ", count: 40),
        String(repeating: "x", count: 100), String(repeating: "Word ", count: 17) + "end", "\u{7F}\u{1}ctrl",
    ]

    @Test(arguments: asciiCases)
    func asciiSlugsAreWhatScalarsGave(_ text: String) {
        #expect(Slug.make(from: text) == Self.reference(text))
        #expect(Slug.make(from: text, limit: 7) == Self.reference(text, limit: 7))
    }

    @Test func exactSlugs() {
        #expect(Slug.make(from: "The U.N. verified 2,641 deaths") == "the-u-n-verified-2-641-deaths")
        #expect(Slug.make(from: "<script>alert(1)</script>") == "script-alert-1-script")
        #expect(Slug.make(from: "  Hello, World!  ") == "hello-world")
        #expect(Slug.make(from: "CRLF\r\nline") == "crlf-line")
        #expect(Slug.make(from: "Café “centre”") == "cafe-centre")
        #expect(Slug.make(from: "Київ 👍🏽 e\u{301}") == "e")
        #expect(Slug.make(from: "abcdefgh ijk", limit: 8) == "abcdefgh")
        #expect(Slug.make(from: "abcdefg hijk", limit: 8) == "abcdefg-h")  // the hyphen and the next letter, then the limit
    }

    @Test func headingIDsAvoidEveryIDOnThePage() {
        let html = #"<p id="intro" class="x" data-id="d">a=b id=""</p>"# + "\n<h2>Intro</h2>\n<h3>D</h3>\n<h2>Intro</h2>\n"
            + #"<h4 id="kept">K</h4><h5>U.N. “2,641”</h5><h6>Київ</h6><hr><h7>no</h7><h2>line"# + "\nbreak</h2><h2>"
        #expect(HeadingAnchors.addIDs(to: html)
            == #"<p id="intro" class="x" data-id="d">a=b id=""</p>"# + "\n" + #"<h2 id="intro-2">Intro</h2>"# + "\n"
            + #"<h3 id="d-2">D</h3>"# + "\n" + #"<h2 id="intro-3">Intro</h2>"# + "\n"
            + #"<h4 id="kept">K</h4><h5 id="u-n-2-641">U.N. “2,641”</h5><h6 id="section">Київ</h6><hr><h7>no</h7><h2>line"#
            + "\nbreak</h2><h2>")
    }

    /// A page of many headings with one title, among many ids (a huge article's page): past the scan budget the ids are
    /// looked up in a set, with the same result — each heading the first free `title`, `title-2`, `title-3`, ….
    @Test func manyRepeatedHeadingsGetTheSameIDsPastTheScanBudget() {
        let taken = [3, 7, 250]  // ids already on the page
        var html = taken.map { #"<p id="kharkiv-\#($0)">x</p>"# }.joined()
        html += String(repeating: #"<span id="s-1">a</span>"#, count: 300)
        html += String(repeating: "<h2>Kharkiv</h2>\n", count: 400)
        #expect(400 * (300 + 3) > HeadingAnchors.scanBudget)  // the set is used for the later headings
        let out = HeadingAnchors.addIDs(to: html)
        var expected: [String] = []
        var n = 1
        while expected.count < 400 {
            if !taken.contains(n) { expected.append(n == 1 ? "kharkiv" : "kharkiv-\(n)") }
            n += 1
        }
        let ids = out.components(separatedBy: "<h2 id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(ids == expected)
        #expect(out.hasPrefix(#"<p id="kharkiv-3">x</p>"#))
    }
}
