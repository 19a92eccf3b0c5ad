import Foundation

/// Gives every `<h2>`–`<h6>` without an id one made from its text, unique within the page.
enum HeadingAnchors {
    static func addIDs(to html: String) -> String {
        guard html.contains("<h") else { return html }
        var used: Set<String> = []
        for match in html.matches(of: #/id="([^"]+)"/#) { used.insert(String(match.1)) }
        var result = ""
        result.reserveCapacity(html.utf8.count + 64)
        var rest = html[...]
        while let match = rest.firstMatch(of: #/<h([2-6])>(.*?)</h\1>/#) {
            result += rest[..<match.range.lowerBound]
            let inner = String(match.2)
            var slug = Slug.make(from: stripTags(inner))
            if slug.isEmpty { slug = "section" }
            var candidate = slug
            var n = 2
            while used.contains(candidate) {
                candidate = "\(slug)-\(n)"
                n += 1
            }
            used.insert(candidate)
            result += "<h\(match.1) id=\"\(candidate)\">\(inner)</h\(match.1)>"
            rest = rest[match.range.upperBound...]
        }
        result += rest
        return result
    }

    private static func stripTags(_ html: String) -> String {
        var text = ""
        var inTag = false
        for c in html {
            if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { text.append(c) }
        }
        return text.replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// URL-safe slugs: lower-case ASCII letters, digits and single hyphens.
public enum Slug {
    /// The slug of `text` (accents folded, other characters become hyphens), at most `limit` characters.
    public static func make(from text: String, limit: Int = 80) -> String {
        var slug = ""
        var hyphen = false
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) {
                if hyphen && !slug.isEmpty { slug.append("-") }
                hyphen = false
                slug.unicodeScalars.append(scalar)
            } else if (0x41...0x5A).contains(v) {
                if hyphen && !slug.isEmpty { slug.append("-") }
                hyphen = false
                slug.unicodeScalars.append(Unicode.Scalar(v + 0x20)!)
            } else if scalar.properties.generalCategory != .nonspacingMark {
                hyphen = true
            }
            if slug.unicodeScalars.count >= limit { break }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }
}

