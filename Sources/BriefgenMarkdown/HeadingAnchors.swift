import Foundation

/// Gives every `<h2>`–`<h6>` without an id one made from its text, unique within the page.
enum HeadingAnchors {
    static func addIDs(to html: String) -> String { addIDs(to: Array(html.utf8)) }

    /// The same, on the page's UTF-8 bytes.
    static func addIDs(to bytes: [UInt8]) -> String { String(decoding: addingIDs(to: bytes), as: UTF8.self) }

    /// The same, bytes to bytes.
    static func addingIDs(to bytes: [UInt8]) -> [UInt8] {
        // A linear scan over UTF-8 (the same matches as `id="([^"]+)"` and `<h([2-6])>(.*?)</h\1>` with `.` not
        // crossing a line break): Swift Regex over whole pages was a fifth of the render time.
        guard nextHeading(in: bytes, from: 0) != nil else { return bytes }
        // The page's ids are compared where they stand (a candidate is a short ASCII slug, so byte equality is what the
        // set of id strings it replaced tested): a set of every id of a source page (one per sentence) was most of
        // this pass.
        // A page with many headings (or a heading title repeated many times) would make that scan quadratic: past a
        // budget of comparisons the ids go into a set once, and candidates are looked up there (a 5 MB article's page
        // took minutes with the scan alone).
        let ids = idValues(in: bytes)
        var assigned: [[UInt8]] = []
        var usedSet: Set<[UInt8]>?
        var scanned = 0
        func isUsed(_ candidate: [UInt8]) -> Bool {
            if let usedSet { return usedSet.contains(candidate) }
            scanned += ids.count + assigned.count
            guard scanned > HeadingAnchors.scanBudget else {
                for (start, end) in ids where end - start == candidate.count && bytes[start..<end].elementsEqual(candidate) { return true }
                return assigned.contains(candidate)
            }
            var set = Set<[UInt8]>(minimumCapacity: ids.count + assigned.count)
            for (start, end) in ids { set.insert(Array(bytes[start..<end])) }
            set.formUnion(assigned)
            usedSet = set
            return set.contains(candidate)
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 64)
        var copied = 0
        var i = 0
        while let match = nextHeading(in: bytes, from: i) {
            result += bytes[copied..<match.open]
            let inner = String(decoding: bytes[match.innerStart..<match.innerEnd], as: UTF8.self)
            var slug = Slug.make(from: stripTags(inner))
            if slug.isEmpty { slug = "section" }
            var candidate = Array(slug.utf8)
            var n = 2
            while isUsed(candidate) {
                candidate = Array("\(slug)-\(n)".utf8)
                n += 1
            }
            assigned.append(candidate)
            usedSet?.insert(candidate)
            result += "<h".utf8
            result.append(UInt8(0x30 + match.level))
            result += #" id=""#.utf8
            result += candidate
            result += #"">"#.utf8
            result += bytes[match.innerStart..<match.end]
            copied = match.end
            i = match.end
        }
        if copied == 0 { return bytes }
        result += bytes[copied...]
        return result
    }

    /// How many id comparisons a page may make by scanning before its ids go into a set.
    static let scanBudget = 1 << 16

    /// Byte ranges of the values of every `id="…"` (non-empty, up to the next quote).
    private static func idValues(in b: [UInt8]) -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        let n = b.count
        var i = 0
        // Found from each `=` (memchr), then checked for `id` before it and `"` after it.
        while let eq = ByteSearch.index(of: 0x3D, in: b, from: i + 2), eq + 1 < n {
            i = eq - 1
            if b[eq - 2] == 0x69, b[eq - 1] == 0x64, b[eq + 1] == 0x22 {  // id="
                let j = ByteSearch.index(of: 0x22, in: b, from: eq + 2) ?? n
                if j < n, j > eq + 2 {
                    found.append((eq + 2, j))
                    i = j + 1
                    continue
                }
            }
            i = eq - 1
        }
        return found
    }

    /// The next `<hN>…</hN>` (N in 2…6) from `from` whose inner text has no line break.
    private static func nextHeading(in b: [UInt8], from: Int) -> (open: Int, level: Int, innerStart: Int, innerEnd: Int, end: Int)? {
        let n = b.count
        var i = from
        while let lt = ByteSearch.index(of: 0x3C, in: b, from: i), lt + 4 <= n {
            i = lt
            guard b[i + 1] == 0x68, (0x32...0x36).contains(b[i + 2]), b[i + 3] == 0x3E else {  // <hN>
                i += 1
                continue
            }
            let digit = b[i + 2]
            var j = i + 4
            while j < n, !isLineBreak(b, at: j) {
                if b[j] == 0x3C, j + 5 <= n, b[j + 1] == 0x2F, b[j + 2] == 0x68, b[j + 3] == digit, b[j + 4] == 0x3E {  // </hN>
                    return (i, Int(digit - 0x30), i + 4, j, j + 5)
                }
                j += 1
            }
            i += 1
        }
        return nil
    }

    /// `\n`, `\r`, VT, FF, NEL, LS and PS: what `.` does not match (also used by the directive pass).
    static func isLineBreak(_ b: [UInt8], at i: Int) -> Bool {
        switch b[i] {
        case 0x0A, 0x0B, 0x0C, 0x0D: return true
        case 0xC2: return i + 1 < b.count && b[i + 1] == 0x85
        case 0xE2: return i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9)
        default: return false
        }
    }

    /// The text of rendered inline HTML: tags dropped (on the bytes: rendered HTML has `<` and `>` only in tags),
    /// `&amp;` back to `&`.
    private static func stripTags(_ html: String) -> String {
        var text: [UInt8] = []
        var inTag = false
        for byte in html.utf8 {
            if byte == 0x3C { inTag = true } else if byte == 0x3E { inTag = false } else if !inTag { text.append(byte) }
        }
        let stripped = String(decoding: text, as: UTF8.self)
        return stripped.utf8.contains(0x26) ? stripped.replacingOccurrences(of: "&amp;", with: "&") : stripped
    }
}

/// URL-safe slugs: lower-case ASCII letters, digits and single hyphens.
public enum Slug {
    /// The slug of `text` (accents folded, other characters become hyphens), at most `limit` characters.
    public static func make(from text: String, limit: Int = 80) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return makeASCII(from: text, limit: limit) }
        var slug = ""
        var hyphen = false
        var length = 0
        // Plain ASCII needs no canonical decomposition (a Foundation call per heading of every page).
        let scalars = text.utf8.allSatisfy { $0 < 0x80 } ? text.unicodeScalars : text.decomposedStringWithCanonicalMapping.unicodeScalars
        for scalar in scalars {
            let v = scalar.value
            if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) {
                if hyphen && !slug.isEmpty { slug.append("-"); length += 1 }
                hyphen = false
                slug.unicodeScalars.append(scalar)
                length += 1
            } else if (0x41...0x5A).contains(v) {
                if hyphen && !slug.isEmpty { slug.append("-"); length += 1 }
                hyphen = false
                slug.unicodeScalars.append(Unicode.Scalar(v + 0x20)!)
                length += 1
            } else if scalar.properties.generalCategory != .nonspacingMark {
                hyphen = true
            }
            if length >= limit { break }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }

    /// ``make(from:limit:)`` of ASCII text, on its bytes (appending scalar by scalar to a string was most of a
    /// heading's id).
    private static func makeASCII(from text: String, limit: Int) -> String {
        var slug: [UInt8] = []
        slug.reserveCapacity(min(text.utf8.count, limit) + 8)
        var hyphen = false
        var length = 0
        for byte in text.utf8 {
            let letter: UInt8? = (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) ? byte
                : (0x41...0x5A).contains(byte) ? byte + 0x20 : nil
            if let letter {
                if hyphen && !slug.isEmpty {
                    slug.append(0x2D)
                    length += 1
                }
                hyphen = false
                slug.append(letter)
                length += 1
            } else {
                hyphen = true
            }
            if length >= limit { break }
        }
        while slug.last == 0x2D { slug.removeLast() }
        return String(decoding: slug, as: UTF8.self)
    }
}


/// Byte search with `memchr` (a Swift loop over a page's bytes, one comparison and bounds check at a time, was most of
/// the directive pass).
enum ByteSearch {
    /// The first index at or after `from` where `bytes` holds `byte`.
    static func index(of byte: UInt8, in bytes: [UInt8], from: Int) -> Int? {
        guard from < bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { b in
            guard let hit = memchr(b.baseAddress! + from, Int32(byte), b.count - from) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(b.baseAddress!)
        }
    }
}
