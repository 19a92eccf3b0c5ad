/// A text addressed by Unicode scalar offsets (end exclusive), the unit of every offset briefgen reports.
///
/// Analysis code works on `scalars` (never on `Character`s) so that offsets match Python string indices
/// and the work stays linear in the length of the text.
///
/// A text has two forms. Both hold the UTF-8 text and a sparse index from scalar offsets to UTF-8 offsets, made
/// once when the text is wrapped. The working form, for analysis, also holds the decoded scalars (4 bytes a
/// character). The ``compacted()`` form, for everything after analysis (a site of 50,000 articles keeps every text
/// until its pages are made), drops them: slicing stays cheap and the text takes about a quarter of the memory.
/// A compact text may hold its UTF-8 outside a `String` (``ExternalUTF8``: a cached article read where it lies).
public struct ScalarText: Sendable {
    /// Where the UTF-8 is.
    private enum Storage: Sendable {
        case string(String)
        case external(ExternalUTF8)
    }

    private let storage: Storage
    /// Number of scalars.
    public let count: Int
    /// The decoded scalars in the working form, empty in the compact form.
    private let decoded: [Unicode.Scalar]
    private let isCompact: Bool
    private let index: UTF8OffsetIndex

    /// The text as given (made from the bytes, invalid UTF-8 repaired, when they lie outside a string).
    public var string: String {
        switch storage {
        case .string(let string): string
        case .external(let external): external.string
        }
    }

    /// Wraps `string`, decoding its scalars and indexing its UTF-8 once.
    public init(_ string: String) {
        self.storage = .string(string)
        // One pass over the UTF-8 decodes the scalars and finds the index's checkpoints.
        var checkpoints: [Int32] = []
        self.decoded = Self.decodedScalars(string, checkpoints: &checkpoints)
        self.count = decoded.count
        self.isCompact = false
        self.index = UTF8OffsetIndex(scalarCount: decoded.count, checkpoints: checkpoints)
    }

    /// The same text in compact form (no decoded scalars): for slicing only, after analysis.
    public func compacted() -> ScalarText { isCompact ? self : ScalarText(compacting: storage, index: index) }

    /// A text in compact form straight from a string (never decodes its scalars).
    public static func compact(_ string: String) -> ScalarText {
        var copy = string
        return ScalarText(compacting: .string(string), index: copy.withUTF8 { UTF8OffsetIndex($0) })
    }

    /// A text in compact form over UTF-8 that lies outside a string (indexed, never copied or decoded).
    public static func compact(_ external: ExternalUTF8) -> ScalarText {
        ScalarText(compacting: .external(external), index: external.withUTF8 { UTF8OffsetIndex($0) })
    }

    /// What a compact text's index holds (its scalar count and the UTF-8 offset of every 64th scalar, none for ASCII),
    /// to be kept with a cached analysis; nil for a text in the working form.
    public var compactIndex: (scalarCount: Int, checkpoints: [Int32])? {
        isCompact ? (index.scalarCount, index.checkpoints) : nil
    }

    /// A text in compact form from a string and its ``compactIndex`` as kept earlier (no pass over the text), or nil
    /// when the index cannot be the string's (wrong counts, offsets out of order or outside the text).
    public static func compact(_ string: String, scalarCount: Int, checkpoints: [Int32]) -> ScalarText? {
        var copy = string
        guard let index = copy.withUTF8({ UTF8OffsetIndex($0, scalarCount: scalarCount, checkpoints: checkpoints) }) else { return nil }
        return ScalarText(compacting: .string(string), index: index)
    }

    /// ``compact(_:scalarCount:checkpoints:)`` over UTF-8 that lies outside a string.
    public static func compact(_ external: ExternalUTF8, scalarCount: Int, checkpoints: [Int32]) -> ScalarText? {
        guard let index = external.withUTF8({ UTF8OffsetIndex($0, scalarCount: scalarCount, checkpoints: checkpoints) }) else { return nil }
        return ScalarText(compacting: .external(external), index: index)
    }

    private init(compacting storage: Storage, index: UTF8OffsetIndex) {
        self.storage = storage
        self.decoded = []
        self.count = index.scalarCount
        self.isCompact = true
        self.index = index
    }

    /// The text's Unicode scalars; offsets index into this array. On a compacted text this decodes them again on
    /// every call: analysis code works on texts in the working form.
    public var scalars: [Unicode.Scalar] { isCompact ? Array(string.unicodeScalars) : decoded }

    /// The substring between two scalar offsets (end exclusive), clamped to the text.
    public func slice(_ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, count))
        let upper = max(lower, min(end, count))
        guard isCompact else { return Self.string(decoded[lower..<upper]) }
        return withUTF8(lower, upper) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes between two scalar offsets (clamped like ``slice(_:_:)``), read from the
    /// text's own storage without making a string (for hashing what a page shows).
    public func withUTF8<R>(_ start: Int, _ end: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let lower = max(0, min(start, count))
        let upper = max(lower, min(end, count))
        return withAllUTF8 { bytes in
            let from = index.utf8Offset(ofScalar: lower, in: bytes)
            // Never before `from`, even with an index damaged in a cache file (a kept index is checked, not rescanned).
            let to = max(from, index.utf8Offset(ofScalar: upper, in: bytes, from: (lower, from)))
            return body(UnsafeBufferPointer(rebasing: bytes[from..<to]))
        }
    }

    /// `body` over the whole text's UTF-8.
    private func withAllUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        switch storage {
        case .string(let string):
            var copy = string
            return copy.withUTF8(body)
        case .external(let external):
            return external.withUTF8(body)
        }
    }

    /// A string of the given scalars, encoded to UTF-8 directly (much faster than appending them to a
    /// `String.UnicodeScalarView`, which goes through a generic, per-scalar path).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var at = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[at] = UInt8(truncatingIfNeeded: value)
                    at += 1
                } else {
                    for unit in UTF8.encode(scalar)! {
                        buffer[at] = unit
                        at += 1
                    }
                }
            }
            return at
        }
    }

    /// The scalars of `string`, decoded from its UTF-8 in one pass, eight ASCII bytes at a time:
    /// what `Array(string.unicodeScalars)` gives, which counted and decoded through the generic scalar view (a
    /// fiftieth of the analysis). A `String`'s UTF-8 is always valid, so each lead byte says its length.
    static func decodedScalars(_ string: String) -> [Unicode.Scalar] {
        var checkpoints: [Int32] = []
        return decodedScalars(string, checkpoints: &checkpoints)
    }

    /// ``decodedScalars(_:)``, with the checkpoints of ``UTF8OffsetIndex`` for the string found on the way: the UTF-8
    /// offset of every 64th scalar, none for ASCII text.
    static func decodedScalars(_ string: String, checkpoints: inout [Int32]) -> [Unicode.Scalar] {
        var marks: [Int32] = []
        let stride = UTF8OffsetIndex.stride
        defer { checkpoints = marks }
        var copy = string
        return copy.withUTF8 { bytes -> [Unicode.Scalar] in
            let byteCount = bytes.count
            guard byteCount > 0, let base = bytes.baseAddress else { return [] }
            let high: UInt64 = 0x8080_8080_8080_8080
            // Room for a scalar per byte, the most there can be (exactly as many in ASCII text): no counting pass.
            return [Unicode.Scalar](unsafeUninitializedCapacity: byteCount) { scalars, initialized in
                scalars.withMemoryRebound(to: UInt32.self) { out in
                    var at = 0
                    var offset = 0
                    while offset < byteCount {
                        if offset + 8 <= byteCount {
                            let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                            if word & high == 0 {
                                for k in 0..<8 { out[at + k] = UInt32(truncatingIfNeeded: word >> (8 * UInt64(k))) & 0xFF }
                                // Scalar `at + k` starts at byte `offset + k`: at most one of the eight is a 64th.
                                let next = (at + stride - 1) / stride * stride
                                if next < at + 8 { marks.append(Int32(offset + next - at)) }
                                at += 8
                                offset += 8
                                continue
                            }
                        }
                        if at % stride == 0 { marks.append(Int32(offset)) }
                        let lead = UInt32(base[offset])
                        if lead < 0x80 {
                            out[at] = lead
                            offset += 1
                        } else if lead < 0xE0 {
                            out[at] = (lead & 0x1F) << 6 | UInt32(base[offset + 1] & 0x3F)
                            offset += 2
                        } else if lead < 0xF0 {
                            out[at] = (lead & 0x0F) << 12 | UInt32(base[offset + 1] & 0x3F) << 6 | UInt32(base[offset + 2] & 0x3F)
                            offset += 3
                        } else {
                            out[at] = (lead & 0x07) << 18 | UInt32(base[offset + 1] & 0x3F) << 12
                                | UInt32(base[offset + 2] & 0x3F) << 6 | UInt32(base[offset + 3] & 0x3F)
                            offset += 4
                        }
                        at += 1
                    }
                    initialized = at
                    // An ASCII text (a scalar per byte) needs no checkpoints.
                    if at == byteCount { marks = [] }
                }
            }
        }
    }

    /// The text of a sentence.
    public func text(of sentence: Sentence) -> String { slice(sentence.start, sentence.end) }

    /// The text of a paragraph.
    public func text(of paragraph: TextParagraph) -> String { slice(paragraph.start, paragraph.end) }
}

/// Scalar offset → UTF-8 offset for a compact ``ScalarText``: nothing for an ASCII text (the offsets are equal),
/// else the UTF-8 offset of every 64th scalar, from which a lookup walks at most 63 scalars.
struct UTF8OffsetIndex: Sendable {
    static let stride = 64
    let scalarCount: Int
    /// Empty for an ASCII text.
    let checkpoints: [Int32]

    /// An index kept earlier for `string`, checked to be possible for it: an ASCII text's scalar count is its byte
    /// count; otherwise one checkpoint per 64 scalars, the first at 0, rising, each at the start of a scalar, and the
    /// scalars after the last one complete the count.
    init?(_ utf8: UnsafeBufferPointer<UInt8>, scalarCount: Int, checkpoints: [Int32]) {
        let bytes = utf8.count
        guard scalarCount >= 0, scalarCount <= bytes else { return nil }
        if checkpoints.isEmpty {
            guard scalarCount == bytes else { return nil }
        } else {
            guard checkpoints.count == (scalarCount + UTF8OffsetIndex.stride - 1) / UTF8OffsetIndex.stride, checkpoints[0] == 0 else { return nil }
            guard zip(checkpoints, checkpoints.dropFirst()).allSatisfy({ $0 < $1 }), checkpoints.allSatisfy({ c in
                Int(c) < utf8.count && utf8[Int(c)] & 0xC0 != 0x80
            }) else { return nil }
            // The scalars after the last checkpoint (at most 64) make up the count.
            let last = Int(checkpoints[checkpoints.count - 1])
            let tail = utf8[last...].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
            guard (checkpoints.count - 1) * UTF8OffsetIndex.stride + tail == scalarCount else { return nil }
        }
        self.scalarCount = scalarCount
        self.checkpoints = checkpoints
    }

    /// An index from its parts as ``ScalarText/decodedScalars(_:checkpoints:)`` found them (not checked: they are
    /// what ``init(_:)`` finds, see the tests).
    init(scalarCount: Int, checkpoints: [Int32]) {
        self.scalarCount = scalarCount
        self.checkpoints = checkpoints
    }

    /// The index of `string`'s UTF-8.
    init(_ string: String) {
        var copy = string
        self = copy.withUTF8 { UTF8OffsetIndex($0) }
    }

    /// The index of `bytes`, worked out in one pass.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        (scalarCount, checkpoints) = { () -> (Int, [Int32]) in
            var count = 0
            var marks: [Int32] = []
            var ascii = true
            let stride = UTF8OffsetIndex.stride
            let high: UInt64 = 0x8080_8080_8080_8080
            var offset = 0
            while offset < bytes.count {
                // Eight bytes at a time when no checkpoint falls among them (reading a cached article spent most of
                // its time here, byte by byte): all ASCII while the text still is, else however many scalars start
                // in the word (bytes that are not continuation bytes, 10xxxxxx).
                if offset + 8 <= bytes.count {
                    let w = UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
                    if ascii {
                        if w & high == 0 {
                            count += 8
                            offset += 8
                            continue
                        }
                    } else {
                        let starts = UTF8OffsetIndex.scalarStarts(w)
                        let phase = count % stride
                        if phase != 0, phase + starts <= stride {
                            count += starts
                            offset += 8
                            continue
                        }
                    }
                }
                let byte = bytes[offset]
                if byte & 0xC0 != 0x80 {
                    if byte >= 0x80, ascii {
                        ascii = false
                        // Checkpoints for the ASCII run so far: scalar k starts at byte k.
                        marks = Swift.stride(from: 0, to: count, by: stride).map { Int32($0) }
                    }
                    if !ascii, count % stride == 0 { marks.append(Int32(offset)) }
                    count += 1
                }
                offset += 1
            }
            return (count, ascii ? [] : marks)
        }()
    }

    /// The UTF-8 offset where scalar `scalar` starts (the end of `bytes` for `scalar == scalarCount`).
    func utf8Offset(ofScalar scalar: Int, in bytes: UnsafeBufferPointer<UInt8>, from known: (scalar: Int, offset: Int)? = nil) -> Int {
        if checkpoints.isEmpty { return scalar }
        if scalar >= scalarCount { return bytes.count }
        var at: Int
        var remaining: Int
        let checkpoint = scalar / UTF8OffsetIndex.stride
        if let known, known.scalar <= scalar, known.scalar >= checkpoint * UTF8OffsetIndex.stride {
            at = known.offset
            remaining = scalar - known.scalar
        } else {
            at = Int(checkpoints[checkpoint])
            remaining = scalar - checkpoint * UTF8OffsetIndex.stride
        }
        // The target is the scalar start reached after `remaining` more starts. Eight bytes at a time while all the
        // starts among them come before it, then byte by byte.
        while at + 8 <= bytes.count {
            let starts = Self.scalarStarts(UnsafeRawPointer(bytes.baseAddress! + at).loadUnaligned(as: UInt64.self))
            guard starts <= remaining else { break }
            at += 8
            remaining -= starts
        }
        while at < bytes.count {
            if bytes[at] & 0xC0 != 0x80 {
                if remaining == 0 { return at }
                remaining -= 1
            }
            at += 1
        }
        return bytes.count
    }

    /// How many of the eight UTF-8 bytes of `word` start a scalar (are not continuation bytes, 10xxxxxx).
    @inline(__always) static func scalarStarts(_ word: UInt64) -> Int {
        8 - (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
    }
}
