import BriefgenText
import Foundation
import Testing
@testable import BriefgenSite
#if canImport(Glibc)
import Glibc
#endif

/// A group of pages (timeline, figures) is taken as the last build made it only when everything it is made from is
/// unchanged, and is made again, byte-identical to a clean build, whenever anything it shows changed.
@Suite struct PageGroupDigestTests {
    static let event = DatedEvent(date: "2025-04-01", end: "2025-04-24", precision: .day, sentence: 1,
                                  summary: "the U.N. verified 2,641 deaths", timex: 3, wording: "April 1-24")

    /// The fixture figure, in the analysis's second sentence.
    static let figure: Statistic = {
        var s = StatisticFingerprintTests.figure
        s.sentence = 1
        return s
    }()

    static func analysis(events: [DatedEvent] = [event], statistics: [Statistic] = [figure]) -> ArticleAnalysis {
        ArticleAnalysis(
            text: ScalarText.compact("Kyiv. On April 1-24, the U.N. verified 2,641 deaths."), paragraphs: [],
            sentences: [Sentence(start: 0, end: 5, paragraph: 0), Sentence(start: 6, end: 52, paragraph: 0)], sections: [],
            headline: Headline(text: "H", source: .frontMatter, sentence: nil), dek: nil,
            published: PublicationDate(value: "2025-04-25", source: .frontMatter), statistics: statistics, timexes: [],
            events: events, entities: [])
    }

    static func digests(_ a: ArticleAnalysis, terms: [[UInt64]]? = [[1, 2]], sentences: [UInt64] = [7, 8]) -> AnalyzedArticle.GroupDigests {
        AnalyzedArticle.groupDigests(of: a, eventTerms: terms, sentenceDigests: sentences)
    }

    /// A field added to `DatedEvent` must be fed to the events' digest, or an edit to it alone would leave the
    /// timeline as it was: this fails until `groupDigests` and this list are updated.
    @Test func everyEventFieldIsFed() {
        #expect(Mirror(reflecting: Self.event).children.compactMap(\.label)
                == ["date", "end", "precision", "sentence", "summary", "timex", "wording"])
        #expect(Mirror(reflecting: StatisticFingerprintTests.figure).children.compactMap(\.label) == PageInputs.statisticFields)
    }

    @Test func eachEventFieldTermAndSentenceChangesTheEventsDigest() {
        let base = Self.digests(Self.analysis())
        var variants: [AnalyzedArticle.GroupDigests] = []
        func vary(_ change: (inout DatedEvent) -> Void) {
            var e = Self.event
            change(&e)
            variants.append(Self.digests(Self.analysis(events: [e])))
        }
        vary { $0.date = "2025-04-02" }
        vary { $0.date = nil }
        vary { $0.end = nil }
        vary { $0.precision = .month }
        vary { $0.sentence = 0 }
        vary { $0.summary = "the U.N. recorded 2,641 deaths" }
        vary { $0.timex = 4 }
        vary { $0.wording = nil }
        variants.append(Self.digests(Self.analysis(), terms: [[1, 3]]))
        variants.append(Self.digests(Self.analysis(), terms: nil))
        variants.append(Self.digests(Self.analysis(), sentences: [7, 9]))  // the event's sentence reads otherwise
        variants.append(Self.digests(Self.analysis(events: [Self.event, Self.event])))
        variants.append(Self.digests(Self.analysis(events: [])))
        for (index, variant) in variants.enumerated() {
            #expect(variant.events != base.events, "variant \(index)")
        }
        // Figures are not read by the timeline: its digest is the same for all of these but the sentence change.
        #expect(variants.filter { $0.figures != base.figures }.count == 1)
        // A sentence no event or figure links to changes neither.
        #expect(Self.digests(Self.analysis(), sentences: [6, 8]) == base)
    }

    @Test func eachFigureChangesTheFiguresDigest() {
        let base = Self.digests(Self.analysis())
        var moved = Self.figure
        moved.sentence = 0
        var recounted = Self.figure
        recounted.value = 2642
        var unverified = Self.figure
        unverified.verification = .claimed
        for statistics in [[moved], [recounted], [unverified], [], [Self.figure, recounted]] {
            let changed = Self.digests(Self.analysis(statistics: statistics))
            #expect(changed.figures != base.figures)
            #expect(changed.events == base.events)
        }
    }

    @Test func groupDigestCoversCommonOrderIdsAndSources() throws {
        func article(_ id: String, outlet: String? = nil, event: DatedEvent = PageGroupDigestTests.event) -> AnalyzedArticle {
            var m = ArticleMetadata()
            m.outlet = outlet
            let a = Article(path: "seeds/\(id).txt", id: id, format: .plainText, body: "Kyiv. On April 1-24, the U.N. verified 2,641 deaths.",
                            bodyFirstLine: 1, metadata: m, byteCount: 10)
            return AnalyzedArticle(article: a, analysis: Self.analysis(events: [event]))
        }
        let a = article("a"), b = article("b")
        for group in PageGroup.allCases {
            let base = group.digest(common: "c", articles: [a, b])
            #expect(group.digest(common: "c", articles: [article("a"), article("b")]) == base)
            #expect(group.digest(common: "d", articles: [a, b]) != base)
            #expect(group.digest(common: "c", articles: [b, a]) != base)
            #expect(group.digest(common: "c", articles: [a]) != base)
            #expect(group.digest(common: "c", articles: [a, article("c")]) != base)
            #expect(group.digest(common: "c", articles: [a, article("b", outlet: "Reuters")]) != base)
        }
        var later = Self.event
        later.date = "2025-05-01"
        #expect(PageGroup.timeline.digest(common: "c", articles: [a, article("b", event: later)]) != PageGroup.timeline.digest(common: "c", articles: [a, b]))
        #expect(PageGroup.statistics.digest(common: "c", articles: [a, article("b", event: later)]) == PageGroup.statistics.digest(common: "c", articles: [a, b]))
        #expect(PageGroup.timeline.digest(common: "c", articles: [a]) != PageGroup.statistics.digest(common: "c", articles: [a]))
    }

    /// Each export's digest follows exactly what the export shows.
    @Test func streamDigestsFollowWhatEachFileShows() {
        func article(_ id: String, events: [DatedEvent] = [PageGroupDigestTests.event], statistics: [Statistic] = [PageGroupDigestTests.figure],
                     section: String = "Strikes", key: String? = "k") -> AnalyzedArticle {
            let a = Article(path: "seeds/\(id).txt", id: id, format: .plainText, body: "x", bodyFirstLine: 1, metadata: ArticleMetadata(), byteCount: 1)
            var analysis = Self.analysis(events: events, statistics: statistics)
            analysis.sections = [ArticleSection(title: section, titleSource: .generated, firstSentence: 0, lastSentence: 1, headingParagraph: nil)]
            return AnalyzedArticle(article: a, analysis: analysis, cacheKey: key.map { $0 + id })
        }
        let base = StreamDigests.make(common: "c", articles: [article("a"), article("b")])
        #expect(Set(base.keys) == ["data/briefing.json", "data/statistics.csv", "data/events.csv", "assets/search-index.js"])
        func changed(_ articles: [AnalyzedArticle], common: String = "c") -> Set<String> {
            let other = StreamDigests.make(common: common, articles: articles)
            return Set(base.keys.filter { base[$0] != other[$0] })
        }
        var later = PageGroupDigestTests.event
        later.date = "2025-05-01"
        var recounted = PageGroupDigestTests.figure
        recounted.value = 7
        #expect(changed([article("a"), article("b", events: [later])]) == ["data/events.csv", "assets/search-index.js"])
        #expect(changed([article("a"), article("b", statistics: [recounted])]) == ["data/statistics.csv", "assets/search-index.js"])
        #expect(changed([article("a"), article("b", section: "Aid")]) == ["assets/search-index.js"])
        #expect(changed([article("a"), article("b", key: "other")]) == ["data/briefing.json"])
        #expect(changed([article("b"), article("a")]).count == 4)
        #expect(changed([article("a"), article("b")], common: "d").count == 4)
        // An article without a cache key: the briefing's records are not known by key, so it has no digest.
        #expect(StreamDigests.make(common: "c", articles: [article("a"), article("b", key: nil)])["data/briefing.json"] == nil)
    }

    @Test func pagesBelongToTheirGroupByPath() {
        #expect(PageGroup.of(OutputPath("timeline", "index.html")) == .timeline)
        #expect(PageGroup.of(OutputPath("timeline", "page", "3", "index.html")) == .timeline)
        #expect(PageGroup.of(OutputPath("statistics", "killed", "index.html")) == .statistics)
        #expect(PageGroup.of(OutputPath("statistics", "index.html")) == .statistics)
        #expect(PageGroup.of(OutputPath("sources", "timeline", "index.html")) == nil)
        #expect(PageGroup.of(OutputPath("index.html")) == nil)
        #expect(PageGroup.of(OutputPath("timelines", "index.html")) == nil)
    }
}

/// The manifest keeps each group's digest and pages with the pages' entries, and gives a group back only whole.
@Suite struct PageGroupManifestTests {
    static func entry(_ n: Int) -> BuildCache.PageEntry {
        BuildCache.PageEntry(fingerprint: "f\(n)", file: FileStamp(inode: UInt64(n), size: n, seconds: n, nanoseconds: n))
    }

    static func withCache(_ body: (BuildCache, URL) throws -> Void) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("briefgen-groups-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let cache = try #require(BuildCache(output: output, version: "test"))
        try body(cache, output)
    }

    static let timeline = PageGroupRecord(digest: "d1", pages: [
        .init(path: "timeline/index.html", template: "timeline", title: "Timeline, page 1"),
        .init(path: "timeline/page/2/index.html", template: "timeline", title: "Timeline, page 2"),
    ])

    @Test func groupsComeBackWithTheirPagesInOrder() throws {
        try Self.withCache { cache, output in
            let entries = ["timeline/index.html": Self.entry(1), "timeline/page/2/index.html": Self.entry(2), "about/index.html": Self.entry(3)]
            let folder = try #require(lstat(output.path))
            cache.saveManifest(entries, groups: [.timeline: Self.timeline], folderStat: folder)
            let loaded = cache.loadManifest(output: output)
            #expect(loaded.entries.count == 3)
            #expect(loaded.entries["timeline/page/2/index.html"]?.fingerprint == "f2")
            #expect(loaded.groups == [.timeline: Self.timeline])
            let carried = BuildPipeline.carriedGroups(loaded, digests: [.timeline: "d1", .statistics: "d2"])
            #expect(carried[.timeline]?.map(\.page) == Self.timeline.pages)
            #expect(carried[.timeline]?.map(\.fingerprint) == ["f1", "f2"])
            #expect(carried[.statistics] == nil)
            #expect(BuildPipeline.carriedGroups(loaded, digests: [.timeline: "d9"]).isEmpty)  // inputs changed
        }
    }

    @Test func aGroupWithoutEveryPageOrWithATabIsNotKept() throws {
        try Self.withCache { cache, output in
            let folder = try #require(lstat(output.path))
            // A page of the group has no entry (it failed to render, or was never written).
            cache.saveManifest(["timeline/index.html": Self.entry(1)], groups: [.timeline: Self.timeline], folderStat: folder)
            #expect(cache.loadManifest(output: output).groups.isEmpty)
            var tabbed = Self.timeline
            tabbed.pages[1].title = "Timeline,\tpage 2"
            let entries = ["timeline/index.html": Self.entry(1), "timeline/page/2/index.html": Self.entry(2)]
            cache.saveManifest(entries, groups: [.timeline: tabbed], folderStat: folder)
            #expect(cache.loadManifest(output: output).groups.isEmpty)
            #expect(cache.loadManifest(output: output).entries.count == 2)
        }
    }

    @Test func damagedGroupLinesLoseTheGroupOnly() throws {
        try Self.withCache { cache, output in
            let folder = try #require(lstat(output.path))
            let entries = ["timeline/index.html": Self.entry(1), "timeline/page/2/index.html": Self.entry(2)]
            cache.saveManifest(entries, groups: [.timeline: Self.timeline], folderStat: folder)
            let url = cache.folder.appendingPathComponent("pages.tsv")
            let text = try String(contentsOf: url, encoding: .utf8)
            // The group recorded twice, a page before any group, an unknown group: the groups are dropped, entries kept.
            for damaged in [text + "@group\ttimeline\td1\n", text.replacingOccurrences(of: "@group\ttimeline\td1\n", with: ""),
                            text + "@group\tnews\tx\n@page\tnews\ta\tb\tc\n"] {
                try damaged.write(to: url, atomically: true, encoding: .utf8)
                let loaded = cache.loadManifest(output: output)
                #expect(loaded.entries.count == 2)
                if damaged.contains("news") { #expect(loaded.groups == [.timeline: Self.timeline]) } else { #expect(loaded.groups.isEmpty) }
            }
        }
    }
}

/// Whole builds: carried groups give the clean build's bytes, and a carried page whose file was changed is made again.
@Suite(.serialized) struct PageGroupBuildTests {
    @Test func carriedGroupsEqualACleanBuildAndAreRepairedWhenEdited() throws {
        let site = try FixtureSite("groups-carried")
        defer { site.remove() }
        try site.writeArticles(40)
        #expect(try BriefgenBinary.run(["build"], in: site.root).status == 0)
        // A sentence with no date or figure: both groups are taken as they were.
        try site.append(" Residents gathered in the square to watch.", to: "seeds/021_article.txt")
        let appended = try BriefgenBinary.run(["build"], in: site.root)
        #expect(appended.status == 0, "\(appended.stderr)")
        #expect(appended.stdout.contains("(timeline, figures as they were)"), "\(appended.stdout)")
        #expect(try BriefgenBinary.run(["build", "--output", "clean-appended"], in: site.root).status == 0)
        try expectSameTree(site, "public", "clean-appended")
        // The exports that show nothing of that sentence are taken as they were; one edited by hand is made again.
        let exports = try site.snapshot("public/data")
        try site.append(" Volunteers handed out blankets and water.", to: "seeds/021_article.txt")
        #expect(try BriefgenBinary.run(["build"], in: site.root).status == 0)
        let after = try site.snapshot("public/data")
        #expect(after["events.csv"] == exports["events.csv"] && after["statistics.csv"] == exports["statistics.csv"])
        #expect(after["briefing.json"] != exports["briefing.json"])
        try site.write("public/data/events.csv", "edited by hand")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("public/assets/search-index.js"))
        #expect(try BriefgenBinary.run(["build"], in: site.root).status == 0)
        #expect(try BriefgenBinary.run(["build", "--output", "clean-exports"], in: site.root).status == 0)
        try expectSameTree(site, "public", "clean-exports")

        // Files of carried pages edited and removed by hand: the groups are made again for them, same bytes as clean.
        let timelinePages = site.files(under: "public/timeline")
        #expect(timelinePages.count >= 1)
        try site.write("public/timeline/index.html", "edited by hand")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("public/statistics/index.html"))
        try site.append(" Crowds dispersed by evening.", to: "seeds/022_article.txt")
        let repaired = try BriefgenBinary.run(["build"], in: site.root)
        #expect(repaired.status == 0, "\(repaired.stderr)")
        #expect(repaired.stdout.contains("(timeline, figures as they were)"), "\(repaired.stdout)")
        #expect(try BriefgenBinary.run(["build", "--output", "clean-repaired"], in: site.root).status == 0)
        try expectSameTree(site, "public", "clean-repaired")

        // A new dated event: the timeline is made again (the figures are not), same bytes as clean.
        try site.append(" On March 3, 2025, a convoy reached Kherson.", to: "seeds/023_article.txt")
        let dated = try BriefgenBinary.run(["build"], in: site.root)
        #expect(dated.status == 0, "\(dated.stderr)")
        #expect(!dated.stdout.contains("timeline, "), "\(dated.stdout)")
        #expect(try BriefgenBinary.run(["build", "--output", "clean-dated"], in: site.root).status == 0)
        try expectSameTree(site, "public", "clean-dated")
        let timeline = site.files(under: "public/timeline").compactMap { try? site.read("public/timeline/" + $0) }
        #expect(timeline.contains { $0.contains("Convoy reached Kherson") })

        // An article's source line changes what both groups show of it (its host names it): both made again.
        try site.append("\nsource: https://news.example.net/story-24\n", to: "seeds/024_article.txt")
        let relabelled = try BriefgenBinary.run(["build"], in: site.root)
        #expect(relabelled.status == 0, "\(relabelled.stderr)")
        #expect(!relabelled.stdout.contains("as they were"), "\(relabelled.stdout)")
        #expect(try BriefgenBinary.run(["build", "--output", "clean-relabelled"], in: site.root).status == 0)
        try expectSameTree(site, "public", "clean-relabelled")
    }
}
