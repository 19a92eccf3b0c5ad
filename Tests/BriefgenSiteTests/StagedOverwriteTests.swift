import Foundation
import Testing
@testable import BriefgenSite
#if canImport(Glibc)
import Glibc
#endif

/// A changed export is written over the staged copy's own bytes only when that copy is the staging folder's alone:
/// never over the output's file, nor over a file a user hard-linked elsewhere, and always cut to its new length.
struct StagedOverwriteTests {
    private func build(_ output: URL, _ text: String, pages: [String: String] = [:]) throws {
        let writer = SiteWriter(output: output, displayOutput: "public")
        try writer.begin()
        defer { writer.finish() }
        let bytes = Array(text.utf8)
        try writer.stage([StreamedFile(path: OutputPath("data", "export.json")) { sink in
            // In pieces, as the exports come: the sink compares, then writes from the first difference on.
            var at = 0
            while at < bytes.count {
                try sink.append(bytes[at..<min(bytes.count, at + 4096)])
                at += 4096
            }
        }])
        try writer.stage(pages.map { OutputFile(path: OutputPath(segments: $0.key.split(separator: "/").map(String.init)), contents: Array($0.value.utf8)) })
        try writer.commit()
    }

    private func inode(_ url: URL) throws -> UInt64 { UInt64(try #require(lstat(url.path)).st_ino) }

    @Test func onlyThePrivateStagedCopyIsWrittenOverAndItIsCutToLength() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefgen-overwrite-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let export = output.appendingPathComponent("data/export.json")
        let staged = folder.appendingPathComponent(".public.briefgen-staging/data/export.json")
        let long = String(repeating: "A long first version. ", count: 20_000)
        let b = String(repeating: "Second version, shorter. ", count: 5_000)
        let c = String(repeating: "C", count: 10)
        let d = "{\"fourth\": true}"

        try build(output, long)
        try build(output, b)
        #expect(try String(contentsOf: export, encoding: .utf8) == b)
        // The staging folder now holds the first site: its export is its own (one link), so the third build writes
        // over it, in place, and cuts it from 440,000 bytes to 10.
        let before = try inode(staged)
        #expect(try #require(lstat(staged.path)).st_nlink == 1)
        // A user keeps a copy of the live site with hard links.
        let backup = folder.appendingPathComponent("backup.json")
        #expect(link(export.path, backup.path) == 0)
        try build(output, c)
        #expect(try String(contentsOf: export, encoding: .utf8) == c)
        #expect(try inode(export) == before, "written over the staged copy, which the swap made the output's")
        // The fourth build finds the second site's export in the staging folder, linked to the user's copy: it is not
        // written over; a new file takes its place.
        try build(output, d)
        #expect(try String(contentsOf: export, encoding: .utf8) == d)
        #expect(try String(contentsOf: backup, encoding: .utf8) == b)
        #expect(try inode(export) != inode(backup))
        // A build whose export is unchanged writes nothing and swaps nothing.
        let live = try inode(export)
        try build(output, d)
        #expect(try inode(export) == live)
        #expect(try String(contentsOf: export, encoding: .utf8) == d)
    }
}
