import Foundation

/// The layout rendered once per page kind and depth, with markers where the page's title and content go, then filled
/// in for each page: rendering the layout through Mustache for every page was a tenth of the render time, and all
/// that changes from page to page of one kind and depth is the title (and the content, already spliced as bytes).
///
/// Used only for a layout that shows `pageTitle` plainly (see ``TemplateSet/layoutShowsTitlePlainly``): every
/// mention is `{{pageTitle}}`, `{{{pageTitle}}}` or `{{&pageTitle}}`, so a title's only effect is its text, escaped
/// or not, where the marker stands. A shell holding the markers' character anywhere else (a title or the content
/// shown transformed or escaped otherwise, by a content type or a transform) is not used: those pages are rendered
/// whole, as before.
final class LayoutShells: @unchecked Sendable {
    /// A shell's pieces: bytes of the layout, and where the content and the title (HTML-escaped or as it is) go.
    enum Piece: Equatable {
        case bytes([UInt8])
        case content
        case escapedTitle
        case title
    }

    /// The title's marker: private-use characters around an `&`, so that HTML escaping changes it (`{{pageTitle}}` and
    /// `{{{pageTitle}}}` leave different text) and the same letters as ``PageRenderer/contentMarker``, which every
    /// string transform changes.
    static let titleMarker = "\u{E00F}bRiefgen&title\u{E00F}"

    private let lock = NSLock()
    private var shells: [String: (site: SiteView, pieces: [Piece]?)] = [:]

    /// The pieces of the shell for `key` (a page kind and depth) rendered by `render` (given the title and content
    /// markers), made once per key and site; nil when the shell cannot be used.
    func pieces(for key: String, site: SiteView, render: () -> String) -> [Piece]? {
        if let known = lock.withLock({ shells[key] }), known.site == site { return known.pieces }
        let pieces = Self.pieces(of: render())
        lock.withLock { shells[key] = (site, pieces) }
        return pieces
    }

    /// `shell` cut at the markers: nil unless the content marker stands exactly once and the markers' character
    /// nowhere but in the markers.
    static func pieces(of shell: String) -> [Piece]? {
        let bytes = Array(shell.utf8)
        let content = Array(PageRenderer.contentMarker.utf8)
        let raw = Array(titleMarker.utf8)
        let escaped = Array(titleMarker.replacingOccurrences(of: "&", with: "&amp;").utf8)
        var pieces: [Piece] = []
        var contentCount = 0
        var copied = 0
        var i = 0
        while i + 3 <= bytes.count {
            guard bytes[i] == 0xEE, bytes[i + 1] == 0x80, bytes[i + 2] == 0x8F else {  // U+E00F
                i += 1
                continue
            }
            let found: (Piece, Int)
            if starts(bytes, with: content, at: i) {
                found = (.content, content.count)
                contentCount += 1
            } else if starts(bytes, with: raw, at: i) {
                found = (.title, raw.count)
            } else if starts(bytes, with: escaped, at: i) {
                found = (.escapedTitle, escaped.count)
            } else {
                return nil
            }
            if copied < i { pieces.append(.bytes(Array(bytes[copied..<i]))) }
            pieces.append(found.0)
            i += found.1
            copied = i
        }
        guard contentCount == 1 else { return nil }
        if copied < bytes.count { pieces.append(.bytes(Array(bytes[copied...]))) }
        return pieces
    }

    /// The page: `pieces` with `body` and `title` in place.
    static func assemble(_ pieces: [Piece], body: [UInt8], title: String) -> [UInt8] {
        let escapedTitle = htmlEscaped(title)
        var page: [UInt8] = []
        var count = 0
        for piece in pieces {
            switch piece {
            case .bytes(let bytes): count += bytes.count
            case .content: count += body.count
            case .escapedTitle: count += escapedTitle.count
            case .title: count += title.utf8.count
            }
        }
        page.reserveCapacity(count)
        for piece in pieces {
            switch piece {
            case .bytes(let bytes): page += bytes
            case .content: page += body
            case .escapedTitle: page += escapedTitle
            case .title: page += title.utf8
            }
        }
        return page
    }

    /// `text` as the layout's `{{…}}` shows it (swift-mustache's HTML escaping, byte for byte): `<`, `>`, `&`, `"`
    /// and `'` become entities.
    static func htmlEscaped(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            case UInt8(ascii: "'"): out += "&#39;".utf8
            default: out.append(byte)
            }
        }
        return out
    }

    private static func starts(_ bytes: [UInt8], with needle: [UInt8], at i: Int) -> Bool {
        i + needle.count <= bytes.count && bytes[i..<(i + needle.count)].elementsEqual(needle)
    }
}
