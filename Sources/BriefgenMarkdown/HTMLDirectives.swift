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
    public static func apply(to html: String, widgets: [String: String] = [:]) -> String {
        let s = Array(html.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(s.count + 256)
        var stack: [String] = []
        var containers: [String] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            guard Directive.all.contains(c) else {
                out.append(c == MarkdownEscaper.atSign ? "@" : c)
                i += 1
                continue
            }
            if c == Directive.containerClose {
                if let tag = containers.popLast() { replaceParagraph(in: &out, s: s, i: &i, with: "</\(tag)>") } else { i += 1 }
                continue
            }
            if c == Directive.close {
                if let tag = stack.popLast() { out.appendScalars(of: "</\(tag)>") }
                i += 1
                continue
            }
            if c == Directive.end {
                i += 1
                continue
            }
            var j = i + 1
            while j < s.count, s[j] != Directive.end, !Directive.all.contains(s[j]) { j += 1 }
            var header = String.UnicodeScalarView()
            header.append(contentsOf: s[(i + 1)..<j])
            i = (j < s.count && s[j] == Directive.end) ? j + 1 : j
            switch c {
            case Directive.attributes:
                insertAttributes(String(header), into: &out)
                if i < s.count, s[i] == " " { i += 1 }
            case Directive.open:
                let parts = String(header).split(separator: " ", maxSplits: 1)
                guard let tag = parts.first.map(String.init), Directive.inlineTags.contains(tag) else { continue }
                let attributes = parts.count > 1 ? render(attributes: String(parts[1])) : ""
                out.appendScalars(of: "<\(tag)\(attributes)>")
                stack.append(tag)
            case Directive.containerOpen:
                let parts = String(header).split(separator: " ", maxSplits: 1)
                guard let tag = parts.first.map(String.init), Directive.containerTags.contains(tag) else { continue }
                let attributes = parts.count > 1 ? render(attributes: String(parts[1])) : ""
                var at = i
                replaceParagraph(in: &out, s: s, i: &at, with: "<\(tag)\(attributes)>", headerConsumed: true)
                i = at
                containers.append(tag)
            case Directive.widget:
                let name = String(header).trimmingCharacters(in: " ")
                let widget = widgets[name] ?? ""
                if String(out).hasSuffix("<p>"), i + 4 <= s.count, String(String.UnicodeScalarView(s[i..<(i + 4)])) == "</p>" {
                    out.removeLast(3)
                    i += 4
                }
                out.appendScalars(of: widget)
            default:
                break
            }
        }
        while let tag = stack.popLast() { out.appendScalars(of: "</\(tag)>") }
        while let tag = containers.popLast() { out.appendScalars(of: "</\(tag)>\n") }
        return HeadingAnchors.addIDs(to: unwrap(String(out)))
    }

    /// Replaces the `<p>` … `</p>` around a container sentinel with `html`.
    /// `i` points at the sentinel (or, with `headerConsumed`, just past its header).
    private static func replaceParagraph(
        in out: inout String.UnicodeScalarView, s: [Unicode.Scalar], i: inout Int, with html: String, headerConsumed: Bool = false
    ) {
        if !headerConsumed { i += 1 }
        if String(out).hasSuffix("<p>") { out.removeLast(3) }
        if i + 4 <= s.count, String(String.UnicodeScalarView(s[i..<(i + 4)])) == "</p>" {
            i += 4
            if i < s.count, s[i] == "\n" { i += 1 }
        }
        out.appendScalars(of: html + "\n")
    }

    /// `<p><summary>…</summary></p>` → `<summary>…</summary>`; a caption paragraph before a table moves into it.
    private static func unwrap(_ html: String) -> String {
        guard html.contains("<summary") || html.contains("<caption") || html.contains("<figcaption") else { return html }
        var result = html
        for tag in Directive.unwrappedTags {
            guard let pattern = try? Regex("<p>(<\(tag)[ >].*?</\(tag)>)</p>") else { continue }
            result = result.replacing(pattern) { match in match.output[1].substring.map(String.init) ?? "" }
        }
        result = result.replacing(#/(<caption[^>]*>.*?</caption>)\n<table>/#) { "<table>\n" + $0.1 }
        return result
    }

    private static func insertAttributes(_ header: String, into out: inout String.UnicodeScalarView) {
        guard let last = out.lastIndex(of: ">"), out.index(after: last) == out.endIndex else { return }
        let attributes = render(attributes: header)
        guard !attributes.isEmpty else { return }
        var insertAt = last
        if last > out.startIndex, out[out.index(before: last)] == "/" { insertAt = out.index(before: last) }
        out.insert(contentsOf: attributes.unicodeScalars, at: insertAt)
    }

    /// `#id .a .b key=value` → ` id="id" class="a b" key="value"`, unsafe tokens dropped.
    static func render(attributes header: String) -> String {
        var id: String?
        var classes: [String] = []
        var others: [(String, String)] = []
        for token in header.split(separator: " ") {
            if token.hasPrefix("#") {
                let value = String(token.dropFirst())
                if isSafe(value) { id = value }
            } else if token.hasPrefix(".") {
                let value = String(token.dropFirst())
                if isSafe(value) { classes.append(value) }
            } else if let eq = token.firstIndex(of: "=") {
                let name = String(token[..<eq]), value = String(token[token.index(after: eq)...])
                guard allowedAttributes.contains(name), isSafe(value, allowHash: name == "href") else { continue }
                if name == "href", !isSafeLink(value) { continue }
                others.append((name, value))
            } else if allowedAttributes.contains(String(token)) {
                others.append((String(token), ""))
            }
        }
        var result = ""
        if let id { result += " id=\"\(id)\"" }
        if !classes.isEmpty { result += " class=\"\(classes.joined(separator: " "))\"" }
        for (name, value) in others { result += value.isEmpty ? " \(name)" : " \(name)=\"\(value)\"" }
        return result
    }

    private static func isSafe(_ value: String, allowHash: Bool = false) -> Bool {
        !value.isEmpty && value.unicodeScalars.allSatisfy { c in
            (c.properties.isAlphabetic && c.value < 0x80) || ("0"..."9").contains(c) || "_-.:/".unicodeScalars.contains(c)
                || (allowHash && c == "#")
        }
    }

    private static func isSafeLink(_ value: String) -> Bool {
        guard let colon = value.firstIndex(of: ":") else { return true }
        let scheme = value[..<colon].lowercased()
        if let slash = value.firstIndex(of: "/"), slash < colon { return true }
        if let hash = value.firstIndex(of: "#"), hash < colon { return true }
        return scheme == "http" || scheme == "https"
    }
}

extension String.UnicodeScalarView {
    /// Appends `text` scalar by scalar. The standard library's `append(contentsOf:)` on a scalar view rebuilds the
    /// whole string on every call, which made pages with many directives quadratic (a 5 MB article took 35 s).
    mutating func appendScalars(of text: String) {
        for scalar in text.unicodeScalars { append(scalar) }
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        return String(self.drop { chars.contains($0) }.reversed().drop { chars.contains($0) }.reversed())
    }
}
