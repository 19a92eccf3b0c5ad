/// Splits long lists over several pages (`base/index.html`, `base/page/2/index.html`, …) so every page stays small.
enum Paginator {
    /// The output path of page `number` (1-based) of a list rooted at `base`.
    static func path(_ base: [String], _ number: Int) -> OutputPath {
        number == 1 ? OutputPath(segments: base + ["index.html"]) : OutputPath(segments: base + ["page", String(number), "index.html"])
    }

    /// `items` in chunks of `size` (at least one chunk, possibly empty).
    static func chunks<T>(_ items: [T], size: Int) -> [[T]] {
        guard !items.isEmpty else { return [[]] }
        return stride(from: 0, to: items.count, by: size).map { Array(items[$0..<min($0 + size, items.count)]) }
    }

    /// Navigation for page `number` of `count`, with links relative to the page at `from`.
    static func nav(_ base: [String], page number: Int, of count: Int, from: OutputPath) -> PageNavView {
        let href = { (n: Int) in from.root + path(base, n).value }
        let window = Set([1, count, number - 2, number - 1, number, number + 1, number + 2].filter { (1...count).contains($0) })
        return PageNavView(
            isPaginated: count > 1, label: "Page \(number) of \(count)",
            previousHref: number > 1 ? href(number - 1) : nil, nextHref: number < count ? href(number + 1) : nil,
            pages: window.sorted().map { PageLinkView(number: $0, href: href($0), isCurrent: $0 == number) })
    }
}

/// Links between the pages of a long list.
struct PageNavView: Sendable, Encodable {
    var isPaginated: Bool
    var label: String
    var previousHref: String?
    var nextHref: String?
    var pages: [PageLinkView]
}

/// One page number in a page navigation.
struct PageLinkView: Sendable, Encodable {
    var number: Int
    var href: String
    var isCurrent: Bool
}
