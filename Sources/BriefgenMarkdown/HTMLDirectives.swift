/// Applies template directives to the HTML cmark produced, and gives headings ids.
///
/// Attribute values are restricted to a safe alphabet (letters, digits, `_ - . / : #`), attribute names to an
/// allowlist, and `href` to relative paths, fragments and http(s) URLs, so a directive can never carry script.
public enum HTMLDirectives {
    /// Attribute names a directive may set (besides `#id` and `.class`).
    public static let allowedAttributes: Set<String> = [
        "datetime", "value", "lang", "dir", "role", "colspan", "rowspan", "scope", "href", "hidden", "tabindex",
        "data-sort", "data-value", "data-kind", "data-date", "data-verification", "data-category", "aria-hidden",
    ]

    /// The finished HTML: directives applied, widgets inserted, heading ids added.
    ///
    /// Works on UTF-8 bytes: every sentinel is `EE 80 80`…`EE 80 86`, and `EE` is only ever a lead byte, so runs of
    /// ordinary text are copied whole (appending scalar by scalar was a quarter of the render time).
    public static func apply(to html: String, widgets: [String: String] = [:]) -> String {
        apply(toBytes: Array(html.utf8), widgets: widgets)
    }

    /// ``apply(to:widgets:)`` on the UTF-8 bytes of the HTML.
    public static func apply(toBytes s: [UInt8], widgets: [String: String] = [:]) -> String {
        String(decoding: applying(toBytes: s, widgets: widgets), as: UTF8.self)
    }

    /// ``apply(to:widgets:)``, UTF-8 bytes to UTF-8 bytes (valid UTF-8 in, valid UTF-8 out).
    public static func applying(toBytes s: [UInt8], widgets: [String: String] = [:]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.count + 256)
        var stack: [String] = []
        var containers: [String] = []
        var inlineOpenings: [String: (tag: String, html: [UInt8], unwraps: Bool)?] = [:]
        // Whether the page may hold `<summary`, `<caption` or `<figcaption` (see ``needsUnwrap(_:)``): only an inline
        // directive of those tags or a widget can put one there (cmark escapes text and omits raw HTML, and containers
        // and attributes are other tags), so a page with neither is not scanned for them.
        var mayUnwrap = false
        var i = 0
        while i < s.count {
            guard let c = sentinel(s, at: i) else {
                if s[i] == 0xEE, i + 2 < s.count, s[i + 1] == 0x80, s[i + 2] == 0x87 {
                    out.append(0x40)  // MarkdownEscaper.atSign (U+E007) back to "@" once cmark can no longer autolink it
                    i += 3
                    continue
                }
                let j = ByteSearch.index(of: 0xEE, in: s, from: i + 1) ?? s.count
                out.append(contentsOf: s[i..<j])
                i = j
                continue
            }
            if c == Directive.containerClose {
                if let tag = containers.popLast() { replaceParagraph(in: &out, s: s, i: &i, with: "</\(tag)>") } else { i += 3 }
                continue
            }
            if c == Directive.close {
                if let tag = stack.popLast() { appendClosing(tag, to: &out) }
                i += 3
                continue
            }
            if c == Directive.end {
                i += 3
                continue
            }
            var j = i + 3
            while j < s.count, sentinel(s, at: j) == nil { j += 1 }
            let headerBytes = s[(i + 3)..<j]
            var header: String { String(decoding: headerBytes, as: UTF8.self) }
            i = (j < s.count && sentinel(s, at: j) == Directive.end) ? j + 3 : j
            switch c {
            case Directive.attributes:
                insertAttributes(headerBytes, into: &out)
                if i < s.count, s[i] == 0x20 { i += 1 }
            case Directive.open:
                // A page repeats the same few inline directives (every figure's `span .who`…): each is parsed once.
                // One with an id (every sentence's `span #s-N …`) never repeats: it is written straight into the
                // page, its tag looked up by its bytes (a string and a hash per sentence were a fifth of this pass).
                if headerBytes.contains(0x23) {
                    let space = headerBytes.firstIndex(of: 0x20) ?? headerBytes.endIndex
                    guard let tag = InlineTag.named(headerBytes[..<space]) else { continue }
                    if tag.unwraps { mayUnwrap = true }
                    appendOpening(tag, attributes: headerBytes[space...], to: &out)
                    stack.append(tag.name)
                    continue
                }
                let opened: (tag: String, html: [UInt8], unwraps: Bool)?
                if let known = inlineOpenings[header] {
                    opened = known
                } else {
                    let space = headerBytes.firstIndex(of: 0x20) ?? headerBytes.endIndex
                    if let tag = InlineTag.named(headerBytes[..<space]) {
                        var html: [UInt8] = []
                        appendOpening(tag, attributes: headerBytes[space...], to: &html)
                        opened = (tag.name, html, tag.unwraps)
                    } else {
                        opened = nil
                    }
                    inlineOpenings[header] = opened
                }
                guard let opened else { continue }
                if opened.unwraps { mayUnwrap = true }
                out.append(contentsOf: opened.html)
                stack.append(opened.tag)
            case Directive.containerOpen:
                let parts = header.split(separator: " ", maxSplits: 1)
                guard let tag = parts.first.map(String.init), Directive.containerTags.contains(tag) else { continue }
                let attributes = parts.count > 1 ? render(attributes: String(parts[1])) : ""
                var at = i
                replaceParagraph(in: &out, s: s, i: &at, with: "<\(tag)\(attributes)>", headerConsumed: true)
                i = at
                containers.append(tag)
            case Directive.widget:
                let name = header.trimmingCharacters(in: " ")
                let widget = widgets[name] ?? ""
                if !widget.isEmpty { mayUnwrap = true }
                if endsWithParagraphOpen(out), startsParagraphClose(s, at: i) {
                    out.removeLast(3)
                    i += 4
                }
                out.append(contentsOf: widget.utf8)
            default:
                break
            }
        }
        while let tag = stack.popLast() { appendClosing(tag, to: &out) }
        while let tag = containers.popLast() { out.append(contentsOf: "</\(tag)>\n".utf8) }
        return HeadingAnchors.addingIDs(to: mayUnwrap && needsUnwrap(out) ? unwrap(out) : out)
    }

    /// `<tag attributes>` onto `out`; `rest` is the header after the tag (empty, or a space and the attributes).
    private static func appendOpening(_ tag: InlineTag, attributes rest: ArraySlice<UInt8>, to out: inout [UInt8]) {
        out.append(0x3C)
        out += tag.name.utf8
        if !rest.isEmpty { appendAttributes(rest.dropFirst(), to: &out) }
        out.append(0x3E)
    }

    /// `</tag>` onto `out`, byte by byte (string interpolation for every closed span was a share of the pass).
    private static func appendClosing(_ tag: String, to out: inout [UInt8]) {
        out.append(0x3C)
        out.append(0x2F)
        out += tag.utf8
        out.append(0x3E)
    }

    /// Whether `bytes` holds `<summary`, `<caption` or `<figcaption`: one scan over the page's `<`s, where there were
    /// three scans, one per tag.
    static func needsUnwrap(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while let lt = ByteSearch.index(of: 0x3C, in: bytes, from: i) {
            if matches(summaryOpen, in: bytes, at: lt) || matches(captionOpen, in: bytes, at: lt) || matches(figcaptionOpen, in: bytes, at: lt) {
                return true
            }
            i = lt + 1
        }
        return false
    }

    private static let summaryOpen = Array("<summary".utf8)
    private static let captionOpen = Array("<caption".utf8)
    private static let figcaptionOpen = Array("<figcaption".utf8)

    /// The sentinel scalar encoded at `i` (`EE 80 80`…`EE 80 86`), or nil.
    private static func sentinel(_ s: [UInt8], at i: Int) -> Unicode.Scalar? {
        guard s[i] == 0xEE, i + 2 < s.count, s[i + 1] == 0x80, (0x80...0x86).contains(s[i + 2]) else { return nil }
        return Unicode.Scalar(0xE000 + UInt32(s[i + 2] - 0x80))
    }


    /// Replaces the `<p>` … `</p>` around a container sentinel with `html`.
    /// `i` points at the sentinel (or, with `headerConsumed`, just past its header).
    private static func replaceParagraph(
        in out: inout [UInt8], s: [UInt8], i: inout Int, with html: String, headerConsumed: Bool = false
    ) {
        if !headerConsumed { i += 3 }
        if endsWithParagraphOpen(out) { out.removeLast(3) }
        if startsParagraphClose(s, at: i) {
            i += 4
            if i < s.count, s[i] == 0x0A { i += 1 }
        }
        out.append(contentsOf: (html + "\n").utf8)
    }

    /// Whether `out` ends with `<p>` (checked on the last bytes: converting the whole output to a String here made
    /// big pages quadratic).
    private static func endsWithParagraphOpen(_ out: [UInt8]) -> Bool {
        let n = out.count
        return n >= 3 && out[n - 3] == 0x3C && out[n - 2] == 0x70 && out[n - 1] == 0x3E
    }

    /// Whether `s` holds `</p>` at `i`.
    private static func startsParagraphClose(_ s: [UInt8], at i: Int) -> Bool {
        i + 4 <= s.count && s[i] == 0x3C && s[i + 1] == 0x2F && s[i + 2] == 0x70 && s[i + 3] == 0x3E
    }

    /// `<p><summary>…</summary></p>` → `<summary>…</summary>`; a caption paragraph before a table moves into it.
    /// The same matches as `<p>(<tag[ >].*?</tag>)</p>` and `(<caption[^>]*>.*?</caption>)\n<table>` with `.` not
    /// crossing a line break, found by a scan over the bytes (Swift Regex here was an eighth of the render time).
    static func unwrap(_ html: [UInt8]) -> [UInt8] {
        var bytes = html
        for tag in Directive.unwrappedTags.sorted() { bytes = unwrapParagraphs(bytes, tag: Array(tag.utf8)) }
        return moveCaptionsIntoTables(bytes)
    }

    private static func unwrapParagraphs(_ b: [UInt8], tag: [UInt8]) -> [UInt8] {
        let open = Array("<p><".utf8) + tag
        let close = Array("</".utf8) + tag + Array("></p>".utf8)
        return replacing(open, in: b) { at in
            let next = at + open.count
            guard next < b.count, b[next] == 0x20 || b[next] == 0x3E,
                  let end = firstOnLine(from: at + 3, in: b, where: { matches(close, in: b, at: $0) }) else { return nil }
            return (end + close.count, Array(b[(at + 3)..<(end + close.count - 4)]))
        }
    }

    private static func moveCaptionsIntoTables(_ b: [UInt8]) -> [UInt8] {
        let open = Array("<caption".utf8), close = Array("</caption>".utf8), table = Array("\n<table>".utf8)
        return replacing(open, in: b) { at in
            var j = at + open.count
            while j < b.count, b[j] != 0x3E { j += 1 }
            guard let end = firstOnLine(from: j, in: b, where: { matches(close, in: b, at: $0) && matches(table, in: b, at: $0 + close.count) })
            else { return nil }
            return (end + close.count + table.count, Array("<table>\n".utf8) + b[at..<(end + close.count)])
        }
    }

    /// `b` with every match replaced: at each occurrence of `open` (left to right, not overlapping a replaced range),
    /// `match` gives where the replaced range ends and what replaces it, or nil to leave that occurrence.
    private static func replacing(_ open: [UInt8], in b: [UInt8], _ match: (Int) -> (end: Int, replacement: [UInt8])?) -> [UInt8] {
        var out: [UInt8] = []
        var copied = 0
        var i = 0
        while let at = find(open, in: b, from: i) {
            guard let (end, replacement) = match(at) else {
                i = at + 1
                continue
            }
            out += b[copied..<at]
            out += replacement
            copied = end
            i = end
        }
        if copied == 0 { return b }
        out += b[copied...]
        return out
    }

    /// The first position from `start` before the next line break (see ``HeadingAnchors/isLineBreak(_:at:)``) where
    /// `condition` holds and a `<` stands.
    private static func firstOnLine(from start: Int, in b: [UInt8], where condition: (Int) -> Bool) -> Int? {
        var j = start
        while j < b.count, !HeadingAnchors.isLineBreak(b, at: j) {
            if b[j] == 0x3C, condition(j) { return j }
            j += 1
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in b: [UInt8], from: Int) -> Int? {
        guard let first = needle.first else { return nil }
        var i = from
        while let at = ByteSearch.index(of: first, in: b, from: i), at + needle.count <= b.count {
            if matches(needle, in: b, at: at) { return at }
            i = at + 1
        }
        return nil
    }

    private static func matches(_ needle: [UInt8], in b: [UInt8], at i: Int) -> Bool {
        guard i + needle.count <= b.count else { return false }
        for k in 0..<needle.count where b[i + k] != needle[k] { return false }
        return true
    }

    private static func insertAttributes(_ header: ArraySlice<UInt8>, into out: inout [UInt8]) {
        guard let last = out.last, last == 0x3E else { return }
        var attributes: [UInt8] = []
        appendAttributes(header, to: &attributes)
        guard !attributes.isEmpty else { return }
        var insertAt = out.count - 1
        if insertAt > 0, out[insertAt - 1] == 0x2F { insertAt -= 1 }
        out.insert(contentsOf: attributes, at: insertAt)
    }

    /// `#id .a .b key=value` → ` id="id" class="a b" key="value"`, unsafe tokens dropped.
    static func render(attributes header: String) -> String {
        var bytes: [UInt8] = []
        appendAttributes(Array(header.utf8)[...], to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// ``render(attributes:)`` on bytes, appended to `out`: every sentence of a source page has a directive of its own
    /// (`span #s-N .sentence`), and splitting each into strings was a third of the directive pass. Three passes over
    /// the (short) header write the id, the classes and the other attributes in that order, so nothing is collected.
    static func appendAttributes(_ header: ArraySlice<UInt8>, to out: inout [UInt8]) {
        header.withUnsafeBufferPointer { appendAttributes($0, to: &out) }
    }

    /// ``appendAttributes(_:to:)`` on the header's bytes in place (slices of an array retained and released the
    /// array's storage for every token).
    private static func appendAttributes(_ header: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: header[range]) }
        var id: Range<Int>?
        forEachToken(of: header) { token in
            if header[token.lowerBound] == 0x23, isSafe(bytes((token.lowerBound + 1)..<token.upperBound)) { id = token }  // #
        }
        if let id {
            out += #" id=""#.utf8
            out.append(contentsOf: bytes((id.lowerBound + 1)..<id.upperBound))
            out.append(0x22)
        }
        var hasClass = false
        forEachToken(of: header) { token in
            let name = bytes((token.lowerBound + 1)..<token.upperBound)
            guard header[token.lowerBound] == 0x2E, isSafe(name) else { return }  // .
            if hasClass { out.append(0x20) } else { out += #" class=""#.utf8 }
            hasClass = true
            out.append(contentsOf: name)
        }
        if hasClass { out.append(0x22) }
        forEachToken(of: header) { range in
            let token = bytes(range)
            guard token[0] != 0x23, token[0] != 0x2E else { return }
            if let eq = token.firstIndex(of: 0x3D) {  // =
                let name = UnsafeBufferPointer(rebasing: token[..<eq]), value = UnsafeBufferPointer(rebasing: token[(eq + 1)...])
                let isHref = name.elementsEqual("href".utf8)
                guard isAllowed(name), isSafe(value, allowHash: isHref), !isHref || isSafeLink(value) else { return }
                out.append(0x20)
                out.append(contentsOf: name)
                out += #"=""#.utf8
                out.append(contentsOf: value)
                out.append(0x22)
            } else if isAllowed(token) {
                out.append(0x20)
                out.append(contentsOf: token)
            }
        }
    }

    /// Calls `body` with the range of each space-separated token of `header` (runs of spaces separate one token).
    private static func forEachToken(of header: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        var i = 0
        while i < header.count {
            guard header[i] != 0x20 else {
                i += 1
                continue
            }
            var j = i + 1
            while j < header.count, header[j] != 0x20 { j += 1 }
            body(i..<j)
            i = j
        }
    }

    /// ``allowedAttributes`` as bytes.
    private static let allowedAttributeBytes: [[UInt8]] = allowedAttributes.map { Array($0.utf8) }

    private static func isAllowed(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        allowedAttributeBytes.contains { $0.count == name.count && $0.elementsEqual(name) }
    }

    /// ASCII letters, digits and `_ - . : /` (and `#` in an href) only: checked on the UTF-8 bytes.
    private static func isSafe(_ value: UnsafeBufferPointer<UInt8>, allowHash: Bool = false) -> Bool {
        !value.isEmpty && value.allSatisfy { c in
            (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
                || c == 0x5F || c == 0x2D || c == 0x2E || c == 0x3A || c == 0x2F || (allowHash && c == 0x23)
        }
    }

    /// A relative path, a fragment, or an http(s) URL: no scheme before the first `:` other than those (the value has
    /// passed ``isSafe(_:allowHash:)``, so it is ASCII).
    private static func isSafeLink(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let colon = value.firstIndex(of: 0x3A) else { return true }
        if let slash = value.firstIndex(of: 0x2F), slash < colon { return true }
        if let hash = value.firstIndex(of: 0x23), hash < colon { return true }
        let scheme = UnsafeBufferPointer(rebasing: value[..<colon]).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return scheme.elementsEqual("http".utf8) || scheme.elementsEqual("https".utf8)
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        return String(self.drop { chars.contains($0) }.reversed().drop { chars.contains($0) }.reversed())
    }
}
