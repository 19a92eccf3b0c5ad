import Foundation
import Testing

/// `briefgen serve` as a user runs it: prints its address, answers, stops on Ctrl-C (SIGINT) with status 0.
@Suite struct ServeCommandTests {
    @Test func printsTheAddressServesAndStopsOnSIGINT() async throws {
        let site = try FixtureSite("serve-cli")
        defer { site.remove() }
        try site.copySeeds()
        let process = Process()
        process.executableURL = BriefgenBinary.url
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = site.root
        process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        let printed = LineCollector()
        output.fileHandleForReading.readabilityHandler = { handle in printed.append(handle.availableData) }
        var port: Int?
        let deadline = ContinuousClock.now + .seconds(30)
        while port == nil, ContinuousClock.now < deadline, process.isRunning {
            if let match = printed.text.firstMatch(of: #/Serving http://127\.0\.0\.1:(\d+)/ \(Ctrl-C to stop\)/#) { port = Int(match.1) }
            try await Task.sleep(for: .milliseconds(50))
        }
        let served = try #require(port, "no address printed: \(printed.text)")
        #expect(printed.text.contains("#1 built 2 articles"))
        #expect(try await ServeHTTPClient.get("/", port: served).status == 200)

        kill(process.processIdentifier, SIGINT)
        let stopBy = ContinuousClock.now + .seconds(10)
        while process.isRunning, ContinuousClock.now < stopBy { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!process.isRunning, "serve must stop within seconds of SIGINT")
        output.fileHandleForReading.readabilityHandler = nil
        if !process.isRunning { #expect(process.terminationStatus == 0) }
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public").path))
    }

    @Test func rejectsAnInvalidPortAsAUsageError() throws {
        let site = try FixtureSite("serve-usage")
        defer { site.remove() }
        #expect(try BriefgenBinary.run(["serve", "--port", "70000"], in: site.root).status == 64)
        #expect(try BriefgenBinary.run(["serve", "--quiet", "--verbose"], in: site.root).status == 64)
    }
}

/// Collects a child's output from the pipe's reading thread.
final class LineCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func append(_ more: Data) { lock.withLock { data.append(more) } }
    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
}
