import Foundation
import Mustache
import Testing
@testable import BriefgenSite

/// Every stored field of every view a page of the seeds' site is rendered from resolves through the view's
/// `child(named:)` (there is no reflection fallback: a field left out would silently render as empty). The seeds have
/// no category pages; their view is checked whenever a site that has them is.
struct MustacheParentCoverageTests {
    @Test func everyFieldOfEveryViewResolvesByName() async throws {
        let articles = try await SortedJSONEncoderTests.seeds()
        let site = try SiteAssembler(config: BriefgenConfig(), version: "test").assemble(articles)
        var seen: Set<String> = []
        var missing: [String] = []
        func visit(_ value: Any) {
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional {
                if let wrapped = mirror.children.first?.value { visit(wrapped) }
                return
            }
            if mirror.displayStyle == .collection {
                for child in mirror.children { visit(child.value) }
                return
            }
            guard mirror.displayStyle == .struct else { return }
            let typeName = String(describing: type(of: value))
            guard let parent = value as? MustacheParent else {
                if typeName.hasSuffix("View") { missing.append("\(typeName) is not a MustacheParent") }
                return
            }
            seen.insert(typeName)
            for child in mirror.children {
                guard let label = child.label else { continue }
                let isNil = Mirror(reflecting: child.value).displayStyle == .optional && Mirror(reflecting: child.value).children.isEmpty
                if !isNil, parent.child(named: label) == nil { missing.append("\(typeName).\(label)") }
                visit(child.value)
            }
        }
        for page in site.pages { visit(page.content.object) }
        let layout = LayoutView(root: "", site: site.view, pageTitle: "t", content: "c", kind: "index", isIndex: true,
                                isTimeline: false, isStatistics: false, isSources: false, isAbout: false, isSearch: false)
        visit(layout)
        #expect(missing == [])
        #expect(seen.isSuperset(of: ["SiteView", "FigureView", "EventView", "EventSourceView", "SourceCardView", "SectionLinkView",
                                     "SectionTextView", "ParagraphView", "SentenceView", "FigureGroupView", "MonthView", "YearView",
                                     "IndexPageView", "SourcePageView", "SourcesPageView", "TimelinePageView", "StatisticsPageView",
                                     "AboutPageView", "SearchPageView", "LayoutView", "PageNavView"]), "\(seen.sorted())")
    }
}
