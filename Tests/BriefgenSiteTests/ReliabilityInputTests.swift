import Foundation
import Testing

/// The bad-input matrix: each file is written next to a good article; the build must report the exact diagnostic,
/// exit with the policy's status and still put every other article on the site.
///
/// Severity policy (README, "Exit status"): an **error** (exit 1) when text the user wrote is left out of the site or
/// the build cannot go on — the article is dropped and named, the rest of the site is still written; a **warning**
/// (exit 0) when the site shows everything the file says, or the file holds nothing to show: a conversion (UTF-16,
/// control characters removed), an ignored or unusable metadata value (unknown key, `published: yesterday`, a
/// non-web `source`), an empty file, a renamed page, a symbolic link or special file that is not read.
@Suite(.serialized) struct ReliabilityInputTests {
    static let body = "Officials said 5 people died in Kharkiv.\n"

    static let cases: [BadInputCase] = [
        // MARK: Encodings
        BadInputCase(name: "invalid UTF-8 is reported with its byte offset",
                     files: ["bad.txt": .file(body + "Second ", [0xFF], " line.\n")],
                     diagnostics: ["seeds/bad.txt:2:8: error: [ingest] invalid UTF-8 at byte 48 — re-save the file as UTF-8"],
                     status: 1),
        BadInputCase(name: "overlong UTF-8 encoding is invalid",
                     files: ["bad.txt": .file("ok ", [0xC0, 0xAF], "\n")],
                     diagnostics: ["seeds/bad.txt:1:4: error: [ingest] invalid UTF-8 at byte 3 — re-save the file as UTF-8"],
                     status: 1),
        BadInputCase(name: "UTF-8 cut inside a character at the end of the file",
                     files: ["bad.txt": .file(body + "Kyiv", [0xD0])],
                     diagnostics: ["seeds/bad.txt:2:5: error: [ingest] invalid UTF-8 at byte 45 — re-save the file as UTF-8"],
                     status: 1),
        BadInputCase(name: "UTF-16 LE with BOM is converted",
                     files: ["bad.txt": Data([0xFF, 0xFE]) + body.data(using: .utf16LittleEndian)!],
                     diagnostics: ["seeds/bad.txt:1:1: warning: [ingest] UTF-16 file converted to UTF-8 — save the file as UTF-8"],
                     status: 0, present: ["bad"], shows: [("sources/bad/index.html", "Officials said 5 people died in Kharkiv.")]),
        BadInputCase(name: "UTF-16 BE with BOM is converted",
                     files: ["bad.txt": Data([0xFE, 0xFF]) + body.data(using: .utf16BigEndian)!],
                     diagnostics: ["seeds/bad.txt:1:1: warning: [ingest] UTF-16 file converted to UTF-8 — save the file as UTF-8"],
                     status: 0, present: ["bad"], shows: [("sources/bad/index.html", "Officials said 5 people died in Kharkiv.")]),
        BadInputCase(name: "UTF-8 BOM is dropped silently",
                     files: ["bad.txt": .file("", [0xEF, 0xBB, 0xBF], "Kyiv report\n" + body)],
                     diagnostics: [], status: 0, present: ["bad"], shows: [("sources/bad/index.html", ">Kyiv report<")],
                     lacks: [("sources/bad/index.html", "\u{FEFF}")]),
        BadInputCase(name: "CRLF line endings",
                     files: ["bad.txt": .file("Kyiv report\r\n" + body.replacingOccurrences(of: "\n", with: "\r\n") + "Second paragraph.\r\n")],
                     diagnostics: [], status: 0, present: ["bad"], shows: [("sources/bad/index.html", ">Kyiv report<"), ("sources/bad/index.html", ">Second paragraph.<")],
                     lacks: [("sources/bad/index.html", "\r")]),
        BadInputCase(name: "lone CR line endings",
                     files: ["bad.txt": .file("Kyiv report\r" + body.replacingOccurrences(of: "\n", with: "\r") + "Second paragraph.\r")],
                     diagnostics: [], status: 0, present: ["bad"], shows: [("sources/bad/index.html", ">Kyiv report<"), ("sources/bad/index.html", ">Second paragraph.<")],
                     lacks: [("sources/bad/index.html", "\r")]),
        BadInputCase(name: "NUL byte refuses the file with line and column",
                     files: ["bad.txt": .file(body + "Line", [0x00], " two.\n")],
                     diagnostics: ["seeds/bad.txt:2:5: error: [ingest] NUL byte at byte 45: binary or corrupt file — remove it from the input folder or re-save it as UTF-8 text (UTF-16 needs a byte-order mark)"],
                     status: 1),
        BadInputCase(name: "UTF-16 without BOM is NUL bytes",
                     files: ["bad.txt": body.data(using: .utf16LittleEndian)!],
                     diagnostics: ["seeds/bad.txt:1:2: error: [ingest] NUL byte at byte 1: binary or corrupt file — remove it from the input folder or re-save it as UTF-8 text (UTF-16 needs a byte-order mark)"],
                     status: 1),
        BadInputCase(name: "other control characters are removed",
                     files: ["bad.txt": Data.file(body + "Bell", [0x07], " and \u{1B}[31m escape.\n")],
                     diagnostics: ["seeds/bad.txt:2:1: warning: [ingest] 2 control character(s) removed — check the file's encoding"],
                     status: 0, present: ["bad"], shows: [("sources/bad/index.html", "Bell and [31m escape.")]),
        BadInputCase(name: "PNG bytes named .txt",
                     files: ["bad.txt": Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52])],
                     diagnostics: ["seeds/bad.txt: error: [ingest] binary file (PNG image), not text — remove it from the input folder"],
                     status: 1),

        // MARK: Empty and odd content
        BadInputCase(name: "empty file",
                     files: ["bad.txt": Data()],
                     diagnostics: ["seeds/bad.txt: warning: [ingest] file is empty; skipped — add the article's text or remove the file"],
                     status: 0),
        BadInputCase(name: "whitespace only",
                     files: ["bad.txt": .file("  \n\t\n \r\n")],
                     diagnostics: ["seeds/bad.txt:1:1: warning: [ingest] article has no body text; skipped — add the article's text or remove the file"],
                     status: 0),
        BadInputCase(name: "Markdown with only a code block and raw HTML",
                     files: ["bad.md": .file("```\ncode only\n```\n\n<div>raw</div>\n")],
                     diagnostics: ["seeds/bad.md:1:1: warning: [ingest] article has no paragraphs or headings; skipped — code blocks and raw HTML are not shown: write the text as paragraphs"],
                     status: 0),
        BadInputCase(name: "only metadata lines",
                     files: ["bad.txt": .file("source: https://example.org/a\nimage source from:https://example.org/b.jpg\n")],
                     diagnostics: ["seeds/bad.txt:1:1: warning: [ingest] article has no body text; skipped — add the article's text or remove the file"],
                     status: 0),

        // MARK: Front matter
        BadInputCase(name: "unterminated front matter",
                     files: ["bad.md": .file("---\ntitle: Kyiv\n\n" + body)],
                     diagnostics: ["seeds/bad.md:1:1: error: [ingest] front matter is not closed — add a line '---' after the last field"],
                     status: 1),
        BadInputCase(name: "published: yesterday is a wrong type, date stays unknown",
                     files: ["bad.md": .file("---\ntitle: Kyiv\npublished: yesterday\n---\n" + body)],
                     diagnostics: ["seeds/bad.md:3:1: warning: [ingest] 'published: yesterday' is not a date; the publication date stays unknown — write an ISO date such as 2025-04-25 or 2025-04-25T14:30:00Z"],
                     status: 0, present: ["bad"], shows: [("sources/bad/index.html", "date unknown")]),
        BadInputCase(name: "impossible date 2025-02-30",
                     files: ["bad.md": .file("---\npublished: 2025-02-30\n---\n" + body)],
                     diagnostics: ["seeds/bad.md:2:1: warning: [ingest] 'published: 2025-02-30' is not a date; the publication date stays unknown — write an ISO date such as 2025-04-25 or 2025-04-25T14:30:00Z"],
                     status: 0, present: ["bad"]),
        BadInputCase(name: "title given as a list",
                     files: ["bad.md": .file("---\ntitle: [a, b]\n---\n" + body)],
                     diagnostics: ["seeds/bad.md:2:1: warning: [ingest] 'title' should be a single text value — write 'title: value'"],
                     status: 0, present: ["bad"]),
        BadInputCase(name: "invalid YAML reports line and column in the file",
                     files: ["bad.md": .file("---\ntitle: Kyiv: the report\n---\n" + body)],
                     diagnostics: ["seeds/bad.md:2:12: error: [ingest] front matter is not valid YAML: mapping values are not allowed in this context — write one 'key: value' per line, quote values that contain ': '"],
                     status: 1),
        BadInputCase(name: "YAML tab indentation",
                     files: ["bad.md": .file("---\ntitle: Kyiv\n\tauthor: x\n---\n" + body)],
                     diagnostics: ["seeds/bad.md:3:1: error: [ingest] front matter is not valid YAML: found a tab character that violates indentation — write one 'key: value' per line, quote values that contain ': '"],
                     status: 1),
        BadInputCase(name: "front matter nested too deeply",
                     files: ["bad.md": .file("---\ntitle: " + String(repeating: "[", count: 100_000) + "\n---\n" + body)],
                     diagnostics: ["seeds/bad.md:2:9: error: [ingest] front matter is not valid YAML: nested too deeply — write one 'key: value' per line, quote values that contain ': '"],
                     status: 1),
        BadInputCase(name: "duplicate front-matter key",
                     files: ["bad.md": .file("---\ntitle: Kyiv\nauthor: A\ntitle: Odesa\n---\n" + body)],
                     diagnostics: ["seeds/bad.md:4:1: error: [ingest] front matter is not valid YAML: 'title' is given twice — write one 'key: value' per line, quote values that contain ': '"],
                     status: 1),
        BadInputCase(name: "YAML escapes cannot smuggle controls into a title",
                     files: ["bad.md": .file("---\ntitle: \"Kyiv\\e[31m \\u202Ereport\\0\"\n---\n" + body)],
                     diagnostics: [], status: 0, present: ["bad"], shows: [("sources/bad/index.html", "<title>Kyiv[31m report · Conflict briefing</title>")]),
        BadInputCase(name: "front matter that is a list",
                     files: ["bad.md": .file("---\n- a\n- b\n---\n" + body)],
                     diagnostics: ["seeds/bad.md:2:1: error: [ingest] front matter is not a list of 'key: value' fields — write one 'key: value' per line"],
                     status: 1),
        BadInputCase(name: "unknown front-matter key",
                     files: ["bad.md": .file("---\ntitle: Kyiv\ncolour: red\n---\n" + body)],
                     diagnostics: ["seeds/bad.md:3:1: warning: [ingest] unknown front matter key 'colour' — known keys: title, published, source, outlet, author, language"],
                     status: 0, present: ["bad"]),
        BadInputCase(name: "YAML alias bomb is cheap and harmless",
                     files: ["bad.md": .file(ReliabilityInputTests.aliasBomb + body)],
                     diagnostics: Array("abcdefghi").enumerated().map { "seeds/bad.md:\($0.offset + 2):1: warning: [ingest] unknown front matter key '\($0.element)' — known keys: title, published, source, outlet, author, language" },
                     status: 0, present: ["bad"], shows: [("sources/bad/index.html", "<h1>ok</h1>")]),
        BadInputCase(name: "non-web source in front matter is text with a warning",
                     files: ["bad.md": .file("---\nsource: ftp://example.org/a\n---\n" + body)],
                     diagnostics: ["seeds/bad.md:2:1: warning: [ingest] source 'ftp://example.org/a' is not an http(s) URL; it is shown as text, not linked — use an http:// or https:// address"],
                     status: 0, present: ["bad"], shows: [("sources/bad/index.html", "ftp://example.org/a (not a web address, so not linked)")]),
        BadInputCase(name: "non-web source metadata line is text with a warning",
                     files: ["bad.txt": .file(body + "source: data:text/html,hi\n")],
                     diagnostics: ["seeds/bad.txt:2:1: warning: [ingest] source 'data:text/html,hi' is not an http(s) URL; it is shown as text, not linked — use an http:// or https:// address"],
                     status: 0, present: ["bad"], shows: [("sources/bad/index.html", "data:text/html,hi (not a web address, so not linked)")]),
        BadInputCase(name: "a plain credit line is text without a warning",
                     files: ["bad.txt": .file(body + "Source: Reuters\n")],
                     diagnostics: [], status: 0, present: ["bad"], shows: [("sources/bad/index.html", "Reuters (not a web address, so not linked)")]),

        // MARK: File names
        BadInputCase(name: "duplicate slugs from different file names",
                     files: ["a b.txt": .file(body), "a-b.txt": .file(body)],
                     diagnostics: ["seeds/a-b.txt: warning: [ingest] its page name 'a-b' is taken by another article; using 'a-b-2' — rename one of the files"],
                     status: 0, present: ["a-b", "a-b-2"]),
        BadInputCase(name: "spaces, Unicode, dots and leading dashes in names",
                     files: ["Київ звіт.txt": .file(body), "café report.md": .file(body), "x..y.txt": .file(body),
                             "-rf.txt": .file(body), "--.txt": .file(body), "sub dir/..b.txt": .file(body), ".hidden.txt": .file(body)],
                     diagnostics: [], status: 0, present: ["kiiv-zvit", "cafe-report", "x-y", "rf", "article"]),
        BadInputCase(name: "control characters in a file name are shown escaped",
                     files: ["bad\u{1B}[2J.txt": .file("", [0xFF])],
                     diagnostics: ["seeds/bad\\u{1B}[2J.txt:1:1: error: [ingest] invalid UTF-8 at byte 0 — re-save the file as UTF-8"],
                     status: 1),

        // MARK: Pathological Markdown (cmark) and sizes
        BadInputCase(name: "50,000 nested block quotes",
                     files: ["bad.md": .file(String(repeating: ">", count: 50_000) + " deep quote\n\n" + body)],
                     diagnostics: [], status: 0, present: ["bad"], shows: [("sources/bad/index.html", "deep quote")]),
        BadInputCase(name: "50,000 open brackets",
                     files: ["bad.md": .file(String(repeating: "[", count: 50_000) + "x\n\n" + body)],
                     diagnostics: [], status: 0, present: ["bad"], shows: [("sources/bad/index.html", "[[[[[[[[x")]),
        BadInputCase(name: "many emphasis markers",
                     files: ["bad.md": .file(String(repeating: "*a **b ", count: 20_000) + "\n\n" + body)],
                     diagnostics: [], status: 0, present: ["bad"]),
        BadInputCase(name: "nested lists and links in plain text stay text",
                     files: ["bad.txt": .file(String(repeating: "- ", count: 20_000) + "[x](y) " + String(repeating: "> ", count: 20_000) + "\n" + body)],
                     diagnostics: [], status: 0, present: ["bad"]),
        BadInputCase(name: "1 MB single line",
                     files: ["bad.txt": .file(String(repeating: "Officials said 5 people died in Kharkiv ", count: 26_000) + ".\n")],
                     diagnostics: [], status: 0, present: ["bad"]),
    ]

    /// Nine levels of aliases, each nine times the one before (9^9, about 387 million "lol"s if expanded).
    static let aliasBomb: String = {
        var yaml = "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
            previous = name
        }
        return yaml + "title: ok\n---\n"
    }()

    @Test(arguments: cases) func badInputIsReportedAndTheRestIsBuilt(_ row: BadInputCase) throws {
        try row.check()
    }
}
