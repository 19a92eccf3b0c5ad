import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// "Nothing lost": the output is always one complete site — the previous or the new one — whatever happens to a build.
/// (`scripts/kill-test.sh` runs the same check with more trials on a bigger corpus.)
@Suite(.serialized) struct AtomicWriteTests {
    @Test func killedBuildsLeaveTheOldOrTheNewSiteNeverAMix() throws {
        let site = try FixtureSite("atomic-kill")
        defer { site.remove() }
        try site.writeArticles(40, folder: "input-a")
        try site.writeArticles(40, folder: "input-b")
        try site.append(" Officials said the figures could not be independently verified.", to: "input-b/007_article.txt")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("input-b/011_article.txt"))
        for (input, reference) in [("input-a", "ref-a"), ("input-b", "ref-b")] {
            #expect(try BriefgenBinary.run(["build", "--quiet", "--input", input, "--output", reference], in: site.root).status == 0)
        }
        let siteA = try #require(site.contents("ref-a")), siteB = try #require(site.contents("ref-b"))
        #expect(siteA != siteB)
        let start = Date()
        #expect(try BriefgenBinary.run(["build", "--quiet", "--input", "input-a"], in: site.root).status == 0)
        let normal = max(0.05, Date().timeIntervalSince(start))

        var generator = SystemRandomNumberGenerator()
        var outcomes: [String: Int] = [:]
        var current = "a"
        for trial in 0..<10 {
            let next = current == "a" ? "b" : "a"
            let signal = [SIGINT, SIGTERM, SIGKILL][trial % 3]
            let process = Process()
            process.executableURL = BriefgenBinary.url
            process.arguments = ["build", "--quiet", "--input", "input-" + next]
            process.currentDirectoryURL = site.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(Double.random(in: 0...(normal * 1.2), using: &generator) * 1_000_000))
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            let output = site.contents("public")
            #expect(output == siteA || output == siteB, "trial \(trial): the output is neither complete site")
            if output == siteA { current = "a" } else if output == siteB { current = "b" }
            outcomes[current == next ? "new" : "old", default: 0] += 1
        }
        #expect(try BriefgenBinary.run(["build", "--quiet", "--input", "input-b"], in: site.root).status == 0)
        #expect(site.contents("public") == siteB, "a build after killed ones gives exactly the new site")
        print("killed builds: \(outcomes)")
    }

    @Test func staleStagingFolderFromAKilledBuildIsCleanedUp() throws {
        let site = try FixtureSite("atomic-stale")
        defer { site.remove() }
        try site.writeArticles(6)
        #expect(try BriefgenBinary.run(["build", "--output", "clean"], in: site.root).status == 0)
        try site.write(".public.briefgen-staging/index.html", "half-written")
        try site.write(".public.briefgen-staging/sources/gone/index.html", "from a killed build")
        try site.write(".public.briefgen-staging/about", "a file where a folder belongs")
        #expect(try BriefgenBinary.run(["build"], in: site.root).status == 0)
        try expectSameTree(site, "public", "clean")
        try site.write(".public.briefgen-staging/junk.html", "left by a killed build")
        try site.write("public/extra.html", "not part of the site")
        #expect(try BriefgenBinary.run(["build"], in: site.root).status == 0)
        try expectSameTree(site, "public", "clean")
    }

    @Test func secondBuildOnTheSameOutputStopsWithTheLockMessage() throws {
        let site = try FixtureSite("atomic-lock")
        defer { site.remove() }
        try site.writeArticles(3)
        let lock = open(site.root.appendingPathComponent(".public.briefgen-lock").path, O_CREAT | O_RDWR, 0o644)
        #expect(lock >= 0)
        #expect(flock(lock, LOCK_EX | LOCK_NB) == 0)
        let blocked = try BriefgenBinary.run(["build"], in: site.root)
        #expect(blocked.status == 1)
        #expect(blocked.stderr.contains("public: error: [write] another briefgen build is writing this output — wait for it to finish, then build again"),
                "\(blocked.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public").path))
        close(lock)
        #expect(try BriefgenBinary.run(["build"], in: site.root).status == 0)
    }

    @Test func twoBuildsAtOnceLeaveOneCompleteSite() throws {
        let site = try FixtureSite("atomic-two")
        defer { site.remove() }
        try site.writeArticles(20)
        #expect(try BriefgenBinary.run(["build", "--quiet", "--output", "clean"], in: site.root).status == 0)
        let processes = (0..<2).map { _ in
            let p = Process()
            p.executableURL = BriefgenBinary.url
            p.arguments = ["build", "--quiet"]
            p.currentDirectoryURL = site.root
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            return p
        }
        for p in processes { try p.run() }
        for p in processes { p.waitUntilExit() }
        #expect(processes.contains { $0.terminationStatus == 0 })
        try expectSameTree(site, "public", "clean")
    }
}
