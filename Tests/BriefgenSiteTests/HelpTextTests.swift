import Foundation
import Testing

/// Help texts are compared byte for byte with Golden/*.txt. Re-record with BRIEFGEN_RECORD=1 swift test.
@Suite struct HelpTextTests {
    @Test(arguments: [["--help"], ["build", "--help"], ["extract", "--help"], ["serve", "--help"], ["check", "--help"], ["init", "--help"], ["--version"]])
    func helpTextMatchesGolden(_ arguments: [String]) throws {
        let result = try BriefgenBinary.run(arguments, in: BriefgenBinary.packageRoot)
        #expect(result.status == 0)
        let name = arguments.joined(separator: "_").replacingOccurrences(of: "-", with: "") + ".txt"
        let golden = BriefgenBinary.packageRoot.appendingPathComponent("Tests/BriefgenSiteTests/Golden/" + name)
        if ProcessInfo.processInfo.environment["BRIEFGEN_RECORD"] != nil {
            try result.stdout.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(result.stdout == (try? String(contentsOf: golden, encoding: .utf8)), "re-record with BRIEFGEN_RECORD=1 if intended")
    }
}
