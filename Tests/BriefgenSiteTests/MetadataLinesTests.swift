import Testing
@testable import BriefgenSite

/// Metadata lines of plain-text articles: a closed set of keys in any ASCII case, a colon, one value.
struct MetadataLinesTests {
    @Test(arguments: [
        ("Source: https://example.org/a", MetadataLines.Field.source("https://example.org/a")),
        ("SOURCE URL : https://example.org/b", .source("https://example.org/b")),
        ("  url:\thttps://example.org/c  ", .source("https://example.org/c")),
        ("Original article: example.org/d", .source("example.org/d")),
        ("Image source from:https://img.example.org/1.jpg", .imageSource("https://img.example.org/1.jpg")),
        ("image Credit: AP", .imageSource("AP")),
        ("Photo source: https://img.example.org/2.jpg Reuters", .imageSource("https://img.example.org/2.jpg Reuters")),
    ])
    func keysInAnyCase(_ line: String, _ expected: MetadataLines.Field) {
        #expect(MetadataLines.field(in: line[...]) == expected)
    }

    @Test(arguments: [
        "Sources say the attack killed 12 people.",
        "Source said: the attack killed 12 people.",
        "Source: two words",
        "Source:",
        "Sourcé: https://example.org/a",
        "Source\u{301}: https://example.org/a",
        "Urls: https://example.org/a",
        "Officials said 3 people died.",
        "",
    ])
    func bodyTextIsNoMetadata(_ line: String) {
        #expect(MetadataLines.field(in: line[...]) == nil)
    }
}
