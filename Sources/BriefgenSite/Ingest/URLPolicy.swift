import Foundation

/// Which URLs from article metadata may become links.
public enum URLPolicy {
    /// True for absolute `http://` and `https://` URLs with a host and no white space or quotes.
    public static func isWebURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        guard !text.unicodeScalars.contains(where: isRefused) else { return false }
        guard let url = URL(string: text), let host = url.host, !host.isEmpty else { return false }
        return true
    }

    /// Characters a web URL must not hold: white space, quotes, angle brackets, backquote, backslash, controls and
    /// invisible format characters (bidi controls, zero-width joiners). ASCII is decided without Unicode tables.
    private static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x21, 0x7F...0x9F: return true
        case 0x22, 0x27, 0x3C, 0x3E, 0x5C, 0x60: return true
        case 0x21..<0x7F: return false
        default: return scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
        }
    }

    /// A web URL ready to be a Markdown link destination: parentheses percent-encoded, so that a URL such as
    /// `https://a.org/)![x](https://b.org/t.png` cannot close the link early and add an image or a link of its own.
    /// Nil when `text` is not a web URL.
    public static func linkTarget(_ text: String) -> String? {
        guard isWebURL(text) else { return nil }
        return text.replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
    }

    /// True when text looks like an address a user meant as a link: it has a URL scheme (`javascript:`, `ftp:`,
    /// `data:`…) or starts with `www.`. Plain credits such as `Source: Reuters` do not.
    public static func looksLikeURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        if lower.hasPrefix("www.") { return true }
        guard let colon = lower.firstIndex(of: ":"), colon > lower.startIndex else { return false }
        let scheme = lower[..<colon]
        return scheme.first!.isASCII && scheme.first!.isLetter
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// The host of a web URL without `www.`, for showing where a source comes from.
    public static func host(of text: String) -> String? {
        guard isWebURL(text), let host = URL(string: text)?.host else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
