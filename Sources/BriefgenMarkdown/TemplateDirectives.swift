/// Turns the directive syntax a template author writes into sentinel characters, before Mustache parses it.
///
/// `{: #id .class key=value}` → attributes for the enclosing block element (write it first in the block);
/// `{span .class}` … `{/span}` → an inline element (tags in ``Directive/inlineTags``);
/// `{widget name}` → a pre-rendered HTML widget, alone in its paragraph.
/// Mustache tags (`{{…}}`) are left alone, also inside a directive.
public enum TemplateDirectives {
    /// The template text with directives replaced by sentinels.
    public static func compile(_ template: String) -> String {
        inline(containers(template))
    }

    /// `:::tag attrs` and `:::` lines become sentinel paragraphs (blank lines around them keep them apart).
    static func containers(_ template: String) -> String {
        guard template.contains(":::") else { return template }
        var lines: [String] = []
        for line in template.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix(":::") else {
                lines.append(String(line))
                continue
            }
            let rest = trimmed.dropFirst(3).trimmingSpaces
            if rest.isEmpty {
                lines += ["", String(Directive.containerClose), ""]
                continue
            }
            let tag = String(rest.prefix { $0.isLetter })
            guard Directive.containerTags.contains(tag) else {
                lines.append(String(line))
                continue
            }
            lines += ["", String(Directive.containerOpen) + rest + String(Directive.end), ""]
        }
        return lines.joined(separator: "\n")
    }

    static func inline(_ template: String) -> String {
        let s = Array(template.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            guard s[i] == "{" else {
                out.append(s[i])
                i += 1
                continue
            }
            if i + 1 < s.count, s[i + 1] == "{" {
                let stop = mustacheEnd(s, from: i)
                out.append(contentsOf: s[i..<stop])
                i = stop
                continue
            }
            if let (replacement, next) = directive(s, at: i) {
                out.append(contentsOf: replacement.unicodeScalars)
                i = next
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The end of the Mustache tag starting at `start` (`{{…}}`, or `{{{…}}}` for a triple tag).
    private static func mustacheEnd(_ s: [Unicode.Scalar], from start: Int) -> Int {
        let triple = start + 2 < s.count && s[start + 2] == "{"
        var i = start + (triple ? 3 : 2)
        while i + 1 < s.count {
            if s[i] == "}" && s[i + 1] == "}" {
                var end = i + 2
                if triple, end < s.count, s[end] == "}" { end += 1 }
                return end
            }
            i += 1
        }
        return s.count
    }

    /// The body of `{…}` starting at `start`, with nested `{{…}}` kept, or nil if unterminated.
    private static func body(_ s: [Unicode.Scalar], from start: Int) -> (String, Int)? {
        var i = start + 1
        var body = String.UnicodeScalarView()
        while i < s.count, s[i] != "\n" {
            if s[i] == "{", i + 1 < s.count, s[i + 1] == "{" {
                let stop = mustacheEnd(s, from: i)
                body.append(contentsOf: s[i..<stop])
                i = stop
                continue
            }
            if s[i] == "}" { return (String(body), i + 1) }
            body.append(s[i])
            i += 1
        }
        return nil
    }

    private static func directive(_ s: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        guard let (body, next) = body(s, from: start) else { return nil }
        let open = String(Directive.open), end = String(Directive.end)
        if body.hasPrefix(":") {
            return (String(Directive.attributes) + body.dropFirst().trimmingSpaces + end, next)
        }
        if body.hasPrefix("/") {
            let tag = String(body.dropFirst())
            return Directive.inlineTags.contains(tag) ? (String(Directive.close), next) : nil
        }
        let name = body.prefix { $0.isLetter }
        let rest = body.dropFirst(name.count)
        guard rest.isEmpty || rest.first == " " else { return nil }
        if name == "widget" { return (String(Directive.widget) + rest.trimmingSpaces + end, next) }
        guard Directive.inlineTags.contains(String(name)) else { return nil }
        return (open + name + (rest.isEmpty ? "" : " " + rest.trimmingSpaces) + end, next)
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(self.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
