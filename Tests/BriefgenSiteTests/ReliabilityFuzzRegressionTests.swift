import BriefgenSite
import Foundation
import Testing

/// Inputs found by the fuzzer (scripts/fuzz.sh), kept so they stay fixed. Crashes are replayed through the real
/// binary, so a trap in the analysis fails one test instead of killing the test process.
@Suite(.serialized) struct ReliabilityFuzzRegressionTests {
    /// Found by scripts/fuzz.sh (crash-7aac0c97…, first run): front matter whose values look like e-mail addresses
    /// ("htt@ps://example.org") came out of cmark-gfm as a mailto: link although every character was escaped.
    @Test func fuzzFoundEmailAutolinkFromEscapedText() throws {
        let data = try #require(Data(base64Encoded: "AS0tLTQyNQpzb3VyY2U6IGh0dEBwczovL2V4YW1wbGUub3JndWtyYWluZSBpcxUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUiCnB1Ymxpc2hlZDogMjAyNS0wNDI1CnNvdXJjZTogaHR0QHBzOi8vZXhhbXBsZS5vcmcveAotLS0KIyBIZXR0QHBzOi8vZXhhbXBsZS5vcmcveAotLS0VFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFSIKcHVibGlzaGVkNyAyMDI1LTA0MjUKc291cmNlOiBodHRAcHN4YW1wbGUucGFkCgpLeWVhZHNhaWQgMTIgcGVvcGxlIGQgTW9uZGF5Lgo="))
        let outcome = ArticleProbe.run(data.dropFirst(), format: data.first! & 1 == 1 ? .markdown : .plainText)
        #expect(outcome.violations == [])
    }

    /// Found by scripts/fuzz.sh on main (bf3ad62, crash-d37362b3…): a run of 20 or more digits traps with
    /// "arithmetic overflow" in `ListMarkerScanner.marker(at:end:)` (Sources/BriefgenText/Reading/ListMarkerScanner.swift,
    /// `value = value * 10 + …` runs before the `digits > 3` check), so one article with a long number crashes the whole
    /// build. BriefgenText is owned by the text-analysis work: this test FAILS on main until that line stops
    /// accumulating after 3 digits (e.g. `if digits < 4 { value = value * 10 + … }`). It passes on this branch, whose
    /// BriefgenText predates ListMarkerScanner.
    @Test func longDigitRunDoesNotCrashTheBuild() throws {
        let site = try FixtureSite.quiet("digits")
        defer { site.remove() }
        try site.write("seeds/good.txt", BadInputCase.good)
        try site.write("seeds/digits.txt", "The party will challenge the move by 777777777777777777777 legal means.\n"
                       + "Reference 1234567890123456789012345678901234567890 was given to 12 people.\n")
        let build = try BriefgenBinary.run(["build", "--quiet"], in: site.root)
        #expect(build.status == 0, "\(build.stderr)")
        try SiteAssertions(site: site).articlesAreOnTheSite(["good", "digits"])
        let fuzzed = try #require(Data(base64Encoded: "AQpUaGUgQnJpdGlzaCBnb3Zlcm5tZW50IGhhcyBmb3JtYWxseSBjYWxsZWQgZm9yIFNpbm4gRmVpbiwgdGhlIElSQSdzIHBvbGl0aWNhbCB3aW5nLCB0byBiZSBleHBlbGxlZCBmcm9tIHRoZSBtdWx0aXBhcnR5IHBlYWNlIHRhbGtzIG9uIG5vcnRoZXJuIElyZWxhbmQuIFRoZSBtb3ZlIGhhZCBiZWVuIHdpZGVseSBleHBlY3RlZCBhZnRlciBub3J0aGVybiBJcmVsYW5kIHBvbGljZSBzYWlkIHRoZXkgYmVsaWV2ZSBoZSBwYXJ0eSB3aWxsIGNoYSRsZW5nZSB0aGUgbW92ZSBieSA3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3NzdsZWdhbCBtZWFucyBpZiB0aGV5IGhhdmUgdG8uCgpXZSdyZSBnb0JyaXRhaW4gYW5kIHRoZSBJcmlzaCBSZSJwdWJsaWMuCg=="))
        try site.write("seeds/fuzzed.md", fuzzed.dropFirst())
        let extract = try BriefgenBinary.run(["extract", "seeds/fuzzed.md", "seeds/digits.txt"], in: site.root)
        #expect(extract.status == 0, "\(extract.stderr.prefix(2000))")
        #expect(extract.stdout.split(separator: "\n").count == 2)
    }
}
