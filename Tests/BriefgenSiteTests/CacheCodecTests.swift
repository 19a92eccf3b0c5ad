import BriefgenText
import Foundation
import Testing
@testable import BriefgenSite

/// The cache's binary form gives back exactly what was stored, and refuses anything damaged.
struct CacheCodecTests {
    static func roundTrip(_ a: AnalyzedArticle) throws -> ArticleAnalysis {
        let terms = AnalyzedArticle.eventTerms(of: a.analysis)
        let digests = AnalyzedArticle.sentenceDigests(of: a.analysis)
        let bytes = CachedAnalysis(a.analysis, body: a.article.body, eventTerms: terms, sentenceDigests: digests).bytes
        let back = try bytes.withUnsafeBytes { try CachedAnalysis(bytes: $0) }
        #expect(back.eventTerms == terms)
        #expect(back.sentenceDigests == digests && digests.count == a.analysis.sentences.count)
        #expect(Set(digests).count == Set(a.analysis.sentences.map { a.analysis.text.text(of: $0) }).count)
        return back.analysis(body: a.article.body)
    }

    static func expectSamePages(_ back: ArticleAnalysis, _ original: ArticleAnalysis) {
        #expect(back.text.string == original.text.string)
        #expect(back.sentences == original.sentences)
        #expect(back.sections == original.sections)
        #expect(back.headline == original.headline)
        #expect(back.dek == original.dek)
        #expect(back.published == original.published)
        #expect(back.statistics == original.statistics)
        #expect(back.events == original.events)
    }

    @Test func seedAnalysesComeBackUnchanged() async throws {
        let seeds = try await SortedJSONEncoderTests.seeds()
        #expect(seeds.count >= 2)
        for a in seeds {
            #expect(!a.analysis.statistics.isEmpty && !a.analysis.events.isEmpty)
            Self.expectSamePages(try Self.roundTrip(a), a.analysis)
        }
    }

    /// A cached analysis over the body where it lies (a cached article's) slices as one over the body as a string.
    @Test func analysisOverABodyInPlaceEqualsOneOverAString() async throws {
        for a in try await SortedJSONEncoderTests.seeds() {
            let terms = AnalyzedArticle.eventTerms(of: a.analysis)
            let digests = AnalyzedArticle.sentenceDigests(of: a.analysis)
            let body = a.article.body
            let cached = try CachedAnalysis(a.analysis, body: body, eventTerms: terms, sentenceDigests: digests).bytes
                .withUnsafeBytes { try CachedAnalysis(bytes: $0) }
            let owner = Data(body.utf8) as NSData
            let inPlace = cached.analysis(body: .external(ExternalUTF8(bytes: UnsafeRawBufferPointer(start: owner.bytes, count: owner.length),
                                                                       owner: owner)))
            let fromString = cached.analysis(body: .string(body))
            Self.expectSamePages(inPlace, fromString)
            #expect(inPlace.sentences.map { inPlace.text.text(of: $0) } == a.analysis.sentences.map { a.analysis.text.text(of: $0) })
            #expect(AnalyzedArticle.sentenceDigests(of: inPlace) == digests)
        }
    }

    @Test func everyOptionalFieldAndUnusualValueSurvives() throws {
        let stat = Statistic(
            value: -1.5e300, low: 0.1, high: Double.infinity, qualifier: .upTo, surface: "up to “½”\n\t\0 million",
            unit: "USD", what: "people\r\nkilled 😀", category: .militaryLosses, place: "Kryvyi Rih",
            period: .init(start: "2025-01", end: nil), attribution: .init(who: "the U.N.", verb: "verified"),
            verification: .verified, sentence: Int.max, start: Int.min, end: 0)
        let event = DatedEvent(date: nil, end: "2025-04-24", precision: .decade, sentence: 3, summary: "", timex: -1, wording: "last week")
        let analysis = ArticleAnalysis(
            text: ScalarText.compact("A\u{0}B\nC"), paragraphs: [], sentences: [Sentence(start: 0, end: 5, paragraph: 0)],
            sections: [ArticleSection(title: "T", titleSource: .heading, firstSentence: 0, lastSentence: 0, headingParagraph: 7)],
            headline: Headline(text: "H", source: .frontMatter, sentence: nil), dek: "d",
            published: PublicationDate(value: "2025", source: .textInferred, evidence: "e", precision: nil, isLowerBound: true),
            statistics: [stat, stat], timexes: [], events: [event], entities: [])
        var noPrecision = analysis
        noPrecision.published.precision = nil  // stored as is, not derived again from the value
        for original in [analysis, noPrecision] {
            let bytes = CachedAnalysis(original, body: "other body", eventTerms: [[3, UInt64.max]],
                                       sentenceDigests: [UInt64.max]).bytes
            let back = try bytes.withUnsafeBytes { try CachedAnalysis(bytes: $0) }.analysis(body: "other body")
            Self.expectSamePages(back, original)
        }
    }

    /// What only the export record needs comes last: read alone, it is the analysis's own; the pages' reading skips it;
    /// and an analysis without it (let go once its record was made) is stored and read without it.
    @Test func recordDetailsComeBackAloneAndPagesSkipThem() async throws {
        for a in try await SortedJSONEncoderTests.seeds() {
            let terms = AnalyzedArticle.eventTerms(of: a.analysis), digests = AnalyzedArticle.sentenceDigests(of: a.analysis)
            let bytes = CachedAnalysis(a.analysis, body: a.article.body, eventTerms: terms, sentenceDigests: digests).bytes
            let details = try #require(try bytes.withUnsafeBytes { try CachedAnalysis.recordDetails(bytes: $0) })
            #expect(!details.paragraphs.isEmpty && !details.timexes.isEmpty && !details.entities.isEmpty)
            #expect(details == CachedAnalysis.RecordDetails(paragraphs: a.analysis.paragraphs, timexes: a.analysis.timexes,
                                                            entities: a.analysis.entities))
            #expect(try bytes.withUnsafeBytes { try CachedAnalysis(bytes: $0) }.recordDetails == nil)
            var slim = a.analysis
            slim.paragraphs = []
            slim.timexes = []
            slim.entities = []
            let slimBytes = CachedAnalysis(slim, body: a.article.body, eventTerms: terms, sentenceDigests: digests).bytes
            #expect(try slimBytes.withUnsafeBytes { try CachedAnalysis.recordDetails(bytes: $0) } == nil)
            Self.expectSamePages(try slimBytes.withUnsafeBytes { try CachedAnalysis(bytes: $0) }.analysis(body: a.article.body), a.analysis)
            #expect(slimBytes.count < bytes.count)
        }
        // Every kind of paragraph, a temporal expression without a value, text beyond ASCII.
        let details = CachedAnalysis.RecordDetails(
            paragraphs: [TextParagraph(start: 0, end: 3), TextParagraph(start: 4, end: 9, kind: .heading(level: 0)),
                         TextParagraph(start: 10, end: Int.max, kind: .heading(level: 6))],
            timexes: [Timex(start: 1, end: 2, text: "вчора", type: .set, value: nil, sentence: 0, isRelative: true),
                      Timex(start: -1, end: 0, text: "", type: .duration, value: "P3D", sentence: Int.max)],
            entities: [Entity(start: 0, end: 4, type: .misc, text: "Київ 😀"), Entity(start: 5, end: 6, type: .person, text: "U.N.")])
        var analysis = try #require(try await SortedJSONEncoderTests.seeds().first).analysis
        analysis.paragraphs = details.paragraphs
        analysis.timexes = details.timexes
        analysis.entities = details.entities
        let bytes = CachedAnalysis(analysis, body: "", eventTerms: AnalyzedArticle.eventTerms(of: analysis),
                                   sentenceDigests: AnalyzedArticle.sentenceDigests(of: analysis)).bytes
        #expect(try bytes.withUnsafeBytes { try CachedAnalysis.recordDetails(bytes: $0) } == details)
        // The length at the end is checked: one past the record, or a cut, is refused.
        var tooLong = bytes
        tooLong[tooLong.count - 8] = 0xFF
        tooLong[tooLong.count - 7] = 0xFF
        #expect(throws: CacheReader.Malformed.self) { try tooLong.withUnsafeBytes { try CachedAnalysis.recordDetails(bytes: $0) } }
        #expect(throws: CacheReader.Malformed.self) { try Array(bytes.dropLast(9)).withUnsafeBytes { try CachedAnalysis.recordDetails(bytes: $0) } }
    }

    @Test func damagedBytesAreRefused() async throws {
        let a = try #require(try await SortedJSONEncoderTests.seeds().first)
        let bytes = CachedAnalysis(a.analysis, body: a.article.body, eventTerms: AnalyzedArticle.eventTerms(of: a.analysis),
                                   sentenceDigests: AnalyzedArticle.sentenceDigests(of: a.analysis)).bytes
        // A digest list that does not match the sentences is refused too.
        let short = CachedAnalysis(a.analysis, body: a.article.body, eventTerms: AnalyzedArticle.eventTerms(of: a.analysis),
                                   sentenceDigests: []).bytes
        #expect(throws: CacheReader.Malformed.self) { try short.withUnsafeBytes { try CachedAnalysis(bytes: $0) } }
        for cut in [0, 1, bytes.count / 2, bytes.count - 1] {
            #expect(throws: CacheReader.Malformed.self) { try Array(bytes.prefix(cut)).withUnsafeBytes { try CachedAnalysis(bytes: $0) } }
        }
        #expect(throws: CacheReader.Malformed.self) { try (bytes + [0]).withUnsafeBytes { try CachedAnalysis(bytes: $0) } }
        let huge: [UInt8] = [1, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F]  // a text "present" with a length far past the end
        #expect(throws: CacheReader.Malformed.self) { try huge.withUnsafeBytes { try CachedAnalysis(bytes: $0) } }
    }

    @Test func shardedStoreKeepsBinaryRecordsAcrossSaves() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let keys = (0..<40).map { String(format: "%032x", $0 * 7919) }
        let record: (Int) -> [UInt8] = { i in [0x0A, 0x09, UInt8(i), 0x00] + Array(repeating: 0x0A, count: i) }
        let first = ShardedStore(folder: folder, kind: "t", stamp: "s1")
        for (i, key) in keys.enumerated() { #expect(first.put(key, record(i))) }
        #expect(!first.put("short-key", [1]))  // refused: keys are 32 characters
        // Fresh records read back before the store is saved (from the spill files).
        for (i, key) in keys.enumerated().reversed() { #expect(first.record(key).map(Array.init) == record(i)) }
        first.save()

        let second = ShardedStore(folder: folder, kind: "t", stamp: "s1")
        for (i, key) in keys.enumerated() { #expect(second.record(key).map(Array.init) == record(i)) }
        #expect(second.record("short-key") == nil)
        for key in keys.prefix(10) { second.markUsed(key) }
        #expect(second.put(keys[0], [7, 7]))  // replaced in this build: the fresh record wins
        #expect(second.record(keys[0]).map(Array.init) == [7, 7])
        second.save()

        let third = ShardedStore(folder: folder, kind: "t", stamp: "s1")
        #expect(keys.filter { third.record($0) != nil } == Array(keys.prefix(10)))  // the unused ones were dropped
        #expect(third.record(keys[0]).map(Array.init) == [7, 7])
        #expect(third.record(keys[1]).map(Array.init) == record(1))
        #expect(ShardedStore(folder: folder, kind: "t", stamp: "s2").record(keys[0]) == nil)  // another stamp: cold
    }

    /// Records are read in place (from the mapped shard file, or from the spill file for fresh ones) exactly as
    /// ``ShardedStore/record(_:)`` reads them; a cut-short shard gives only whole records; a body that throws gives nil.
    @Test func recordsReadInPlaceEqualRecordsRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let keys = (0..<70).map { String(format: "%016llx%016llx", UInt64($0) &* 0x9E37_79B9_7F4A_7C15, UInt64($0)) }
        let record: (Int) -> [UInt8] = { i in Array("Київ “U.N.” \(i) ".utf8) + Array(repeating: UInt8(i), count: i * 37) }
        let first = ShardedStore(folder: folder, kind: "t", stamp: "s")
        for (i, key) in keys.enumerated() { first.put(key, record(i)) }
        for (i, key) in keys.enumerated() { #expect(first.withRecord(key) { Array($0) } == record(i)) }  // spilled
        first.save()
        let second = ShardedStore(folder: folder, kind: "t", stamp: "s")
        for (i, key) in keys.enumerated() {
            #expect(second.withRecord(key) { Array($0) } == record(i))  // mapped
            #expect(second.withRecord(key) { Array($0) } == second.record(key).map(Array.init))
            second.markUsed(key)
        }
        #expect(second.put(keys[3], [1, 2]))
        #expect(second.withRecord(keys[3]) { Array($0) } == [1, 2])  // this build's record wins
        #expect(second.withRecord(keys[4]) { _ -> Int in throw CacheReader.Malformed() } == nil)
        #expect(second.withRecord(String(format: "%032x", 1)) { $0.count } == nil)
        #expect(second.withRecord("short-key") { $0.count } == nil)
        second.save()
        let third = ShardedStore(folder: folder, kind: "t", stamp: "s")
        #expect(third.withRecord(keys[3]) { Array($0) } == [1, 2])
        #expect(third.withRecord(keys[5]) { Array($0) } == record(5))
    }

    /// Shards of the earlier JSON-lines format are removed when a store is opened; its own shards stay.
    @Test func shardsOfTheEarlierFormatAreRemoved() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = String(format: "%032x", 5)
        let store = ShardedStore(folder: folder, kind: "t", stamp: "s")
        store.put(key, [1, 2, 3])
        store.save()
        try FileBytes.write(Array("{\"old\":1}\n".utf8), to: folder.appendingPathComponent("00.jsonl").path)
        try FileBytes.write([9], to: folder.appendingPathComponent("notes.txt").path)
        let reopened = ShardedStore(folder: folder, kind: "t", stamp: "s")
        #expect(reopened.record(key).map(Array.init) == [1, 2, 3])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["00.bin", "notes.txt"])
    }

    /// Keys are parsed once into two words: digits, order and shard as the 32-character strings had them.
    @Test func storeKeysKeepTheDigitsOrderAndShard() throws {
        var random = SplitMix(seed: 11)
        let hexes = (0..<200).map { _ in String(format: "%016llx%016llx", random.next(), random.next()) }
            + ["00000000000000000000000000000000", "ffffffffffffffffffffffffffffffff", "0123456789abcdef0123456789abcdef"]
        for hex in hexes {
            let key = try #require(ShardedStore.Key(hex))
            var digits: [UInt8] = []
            key.appendDigits(to: &digits)
            #expect(String(decoding: digits, as: UTF8.self) == hex)
            #expect(key.shard == Int(hex.prefix(2), radix: 16)! % ShardedStore.shardCount)
        }
        let keys = hexes.map { ShardedStore.Key($0)! }
        #expect(keys.sorted().map { k -> String in
            var d: [UInt8] = []
            k.appendDigits(to: &d)
            return String(decoding: d, as: UTF8.self)
        } == hexes.sorted())
        for bad in ["", "short-key", String(repeating: "0", count: 31), String(repeating: "0", count: 33),
                    "0123456789ABCDEF0123456789abcdef", "0123456789abcdeg0123456789abcdef", "0123456789abcdef0123456789abcde\u{E9}"] {
            #expect(ShardedStore.Key(bad) == nil)
        }
    }

    /// A shard cut short (a full disk) keeps the records before the cut; a damaged index is not trusted (the entries
    /// are walked instead); a damaged entry ends the walk.
    @Test func damagedShardKeepsOnlyWhatIsWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let keys = (1...5).map { String(format: "%032x", $0) }  // all in shard 00, stored in this order
        let store = ShardedStore(folder: folder, kind: "t", stamp: "s")
        for (i, key) in keys.enumerated() { store.put(key, Array(repeating: UInt8(i), count: 10 + i)) }
        store.save()
        let shard = folder.appendingPathComponent("00.bin").path
        let whole = try #require(FileBytes.read(shard))
        let headerLength = whole.firstIndex(of: 0x0A)! + 1
        let entriesEnd = headerLength + (0..<5).reduce(0) { $0 + 36 + 10 + $1 }
        #expect(whole[entriesEnd] == 0x7E)  // the index follows the entries
        func reopened(_ bytes: [UInt8]) throws -> (records: [[UInt8]?], inPlace: [[UInt8]?]) {
            try FileManager.default.removeItem(atPath: shard)
            try FileBytes.write(bytes, to: shard)
            let opened = ShardedStore(folder: folder, kind: "t", stamp: "s")
            return (keys.map { opened.record($0).map { Array($0) } }, keys.map { key in opened.withRecord(key) { Array($0) } })
        }
        let all: [[UInt8]?] = [bytes(0, 10), bytes(1, 11), bytes(2, 12), bytes(3, 13), bytes(4, 14)]
        var expected = all
        #expect(try reopened(whole) == (expected, expected))
        // Cut inside the index, or right after the entries: no index, every entry walked.
        #expect(try reopened(Array(whole.dropLast())) == (expected, expected))
        #expect(try reopened(Array(whole.prefix(entriesEnd))) == (expected, expected))
        // Cut inside the last record: the four before it.
        expected[4] = nil
        #expect(try reopened(Array(whole.prefix(entriesEnd - 1))) == (expected, expected))
        // An index entry pointing past the index: the index is refused, the entries walked.
        var badIndex = whole
        for i in 0..<4 { badIndex[entriesEnd + 1 + 32 + i] = 0xFF }
        #expect(try reopened(badIndex) == (all, all))
        // A damaged key (not hexadecimal), with the index gone: the entries before it stay, none after it is trusted.
        var badKey = Array(whole.prefix(entriesEnd))
        let third = headerLength + (36 + 10) + (36 + 11)
        badKey[third + 5] = 0x47  // "G"
        #expect(try reopened(badKey) == ([bytes(0, 10), bytes(1, 11), nil, nil, nil], [bytes(0, 10), bytes(1, 11), nil, nil, nil]))
        // A length past the end of the file: that entry and what follows are dropped.
        var badLength = Array(whole.prefix(entriesEnd))
        for i in 0..<4 { badLength[third + 32 + i] = 0xFF }
        #expect(try reopened(badLength).records == [bytes(0, 10), bytes(1, 11), nil, nil, nil])
    }

    /// A first build's shard is its spill file, renamed (nothing copied); a key put twice, or a shard mixing stored and
    /// fresh records, is merged instead: the last record put wins, in key order.
    @Test func spillFilesBecomeShardsOrAreMerged() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let keys = (1...6).map { String(format: "%032x", $0) }  // all in shard 00
        let first = ShardedStore(folder: folder, kind: "t", stamp: "s")
        for (i, key) in keys.enumerated().reversed() { first.put(key, bytes(i, 3 + i)) }
        first.save()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["00.bin"])
        let renamed = try #require(FileBytes.read(folder.appendingPathComponent("00.bin").path))
        // In the order put (the spill file's), after the header.
        let headerLength = renamed.firstIndex(of: 0x0A)! + 1
        #expect(String(decoding: renamed[headerLength..<(headerLength + 32)], as: UTF8.self) == keys[5])
        let second = ShardedStore(folder: folder, kind: "t", stamp: "s")
        #expect(keys.enumerated().allSatisfy { i, key in second.record(key).map(Array.init) == bytes(i, 3 + i) })
        for key in keys.prefix(4) { second.markUsed(key) }
        second.put(keys[1], [9])
        second.put(keys[1], [8, 8])
        second.save()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["00.bin"])
        let merged = try #require(FileBytes.read(folder.appendingPathComponent("00.bin").path))
        #expect(String(decoding: merged[headerLength..<(headerLength + 32)], as: UTF8.self) == keys[0])
        let third = ShardedStore(folder: folder, kind: "t", stamp: "s")
        #expect(keys.map { third.record($0).map(Array.init) } == [bytes(0, 3), [8, 8], bytes(2, 5), bytes(3, 6), nil, nil])
        // Twice in one spill file, nothing stored: merged too, the last one kept.
        for key in keys { third.markUsed(key) }
        third.put(keys[5], [1])
        third.put(keys[5], [2])
        third.save()
        let fourth = ShardedStore(folder: folder, kind: "t", stamp: "s")
        #expect(fourth.record(keys[5]).map(Array.init) == [2])
        #expect(fourth.record(keys[1]).map(Array.init) == [8, 8])
    }

    private func bytes(_ byte: Int, _ count: Int) -> [UInt8] { Array(repeating: UInt8(byte), count: count) }
}
