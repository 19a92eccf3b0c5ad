import Testing
@testable import BriefgenSite

/// `{{> name}}` references found by hand, with the lines and columns the template-error messages show.
struct PartialReferenceTests {
    /// The pattern the scan replaces, as the reference.
    private static func byRegex(_ text: String) -> [String] {
        var result: [String] = []
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for match in line.matches(of: #/\{\{>\s*([^}\s]+)\s*\}\}/#) {
                result.append("\(match.1)@\(lineIndex + 1):\(line.distance(from: line.startIndex, to: match.range.lowerBound) + 1)")
            }
        }
        return result
    }

    private static func byScan(_ text: String) -> [String] {
        TemplateSet.partialReferences(in: text).map { "\($0.name)@\($0.line):\($0.column)" }
    }

    @Test func findsEachReferenceWithItsLineAndColumn() {
        let text = "# Title\n{{#figures}}\n- «é» {{> figure}} and {{>event}}{{>  pagenav  }}\n{{/figures}}"
        #expect(Self.byScan(text) == ["figure@3:7", "event@3:24", "pagenav@3:34"])
    }

    @Test(arguments: [
        "{{> }}", "{{>}}", "{{> a b}}", "{{> a}", "{{{> x}}}", "{{>> y}}", "{{> z}}}", "{{>\tt\t}}", "{{ > no}}",
        "{{> a}}{{> b}}", "{{> {{> c}}", "{{> d\n}}", "", "{{", "{{>", "{{> ǘ}} {{> e}}", "x {{> f-g.h/i}} y",
    ])
    func sameAsThePattern(_ text: String) {
        #expect(Self.byScan(text) == Self.byRegex(text))
    }
}
