import Foundation

/// Turns a file's bytes into text with `\n` line endings, or says exactly why it cannot.
///
/// UTF-8 (with or without BOM) and UTF-16 with a BOM are accepted. Invalid UTF-8 is reported with its byte offset
/// and line, never silently replaced; a file with NUL bytes or a known binary signature is refused as binary;
/// other control characters and bidirectional overrides are removed with a warning.
struct TextDecoder {
    /// Decoded text and what was noticed on the way.
    struct Decoded {
        var text: String
        var warnings: [Diagnostic]
    }

    let path: String

    func decode(_ data: Data) -> Result<Decoded, Diagnostic> {
        var warnings: [Diagnostic] = []
        let bytes = [UInt8](data)
        if let signature = binarySignature(bytes) {
            return .failure(error(0, "binary file (\(signature)), not text", hint: "remove it from the input folder"))
        }
        var text: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let decoded = String(data: Data(bytes.dropFirst(2)), encoding: encoding) else {
                return .failure(error(0, "invalid UTF-16 after a byte-order mark", hint: "save the file as UTF-8"))
            }
            text = decoded
            warnings.append(warning(1, "UTF-16 file converted to UTF-8", hint: "save the file as UTF-8"))
        } else {
            let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            if let nul = TextDecoder.firstNUL(bytes) {
                return .failure(error(lineOf(nul, in: bytes), "NUL byte at byte \(nul): binary or corrupt file",
                                      column: columnOf(nul, in: bytes), hint: "remove it from the input folder or re-save it as UTF-8 text (UTF-16 needs a byte-order mark)"))
            }
            // The standard library's validation is the fast path; the byte walk only finds where a bad file breaks.
            guard let valid = String(validating: bytes[start...], as: UTF8.self) else {
                let bad = firstInvalidUTF8(bytes, from: start) ?? start
                return .failure(error(lineOf(bad, in: bytes), "invalid UTF-8 at byte \(bad)", column: columnOf(bad, in: bytes),
                                      hint: "re-save the file as UTF-8"))
            }
            text = valid
        }
        let normalized = normalize(text)
        if normalized.removedControls > 0 {
            warnings.append(warning(normalized.firstControlLine, "\(normalized.removedControls) control character(s) removed",
                                    hint: "check the file's encoding"))
        }
        text = normalized.text
        return .success(Decoded(text: text, warnings: warnings))
    }

    // MARK: - Checks

    private func binarySignature(_ bytes: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            ([0x89, 0x50, 0x4E, 0x47], "PNG image"), ([0xFF, 0xD8, 0xFF], "JPEG image"), ([0x25, 0x50, 0x44, 0x46], "PDF"),
            ([0x47, 0x49, 0x46, 0x38], "GIF image"), ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"), ([0x1F, 0x8B], "gzip archive"),
            ([0x7F, 0x45, 0x4C, 0x46], "executable"),
        ]
        return signatures.first { bytes.starts(with: $0.0) }?.1
    }

    /// Offset of the first NUL byte (`memchr`).
    private static func firstNUL(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, let hit = memchr(base, 0, raw.count) else { return nil }
            return UnsafeRawPointer(hit) - base
        }
    }

    /// Offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    private func firstInvalidUTF8(_ bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            if bytes[i + 1] < lower || bytes[i + 1] > upper { return i }
            for k in 2..<max(2, length) where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }

    private func normalize(_ text: String) -> (text: String, removedControls: Int, firstControlLine: Int) {
        if TextDecoder.isAlreadyNormal(text) { return (text, 0, 0) }
        var out = String.UnicodeScalarView()
        var removed = 0, firstLine = 0, line = 1
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                out.append("\n"); line += 1; previousCR = true; continue
            }
            if scalar == "\n" {
                if !previousCR { out.append("\n"); line += 1 }
                previousCR = false
                continue
            }
            previousCR = false
            if scalar == "\u{FEFF}" && out.isEmpty { continue }
            if TextDecoder.isHiddenControl(scalar) {
                removed += 1
                if firstLine == 0 { firstLine = line }
                continue
            }
            out.append(scalar)
        }
        return (String(out), removed, firstLine)
    }

    /// Whether ``normalize(_:)`` would return `text` unchanged: no carriage return, no leading byte-order mark and no
    /// hidden control, checked on the UTF-8 bytes (almost every article; the scalar-by-scalar copy was most of the
    /// ingest time).
    static func isAlreadyNormal(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { b in
            if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return false }
            var i = 0
            while i < b.count {
                // Eight bytes at a time while they are all printable ASCII (no byte below 0x20, none 0x7F or
                // above): most of an article. A word with anything else is looked at byte by byte.
                if i + 8 <= b.count {
                    let w = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
                    let below20 = (w &- ones &* 0x20) & ~w & high
                    let is7F = ((w ^ (ones &* 0x7F)) &- ones) & ~(w ^ (ones &* 0x7F)) & high
                    if (w & high) | below20 | is7F == 0 {
                        i += 8
                        continue
                    }
                }
                let c = b[i]
                if c < 0x80 {
                    if (c < 0x20 && c != 0x09 && c != 0x0A) || c == 0x7F { return false }
                    i += 1
                    continue
                }
                if c == 0xC2, i + 1 < b.count, (0x80...0x9F).contains(b[i + 1]) { return false }
                if i + 2 < b.count {
                    if c == 0xE2, b[i + 1] == 0x80, (0xAA...0xAE).contains(b[i + 2]) { return false }
                    if c == 0xE2, b[i + 1] == 0x81, (0xA6...0xA9).contains(b[i + 2]) { return false }
                    if c == 0xEE, b[i + 1] == 0x80, (0x80...0x87).contains(b[i + 2]) { return false }
                }
                i += 1
            }
            return true
        }
    }

    /// C0 controls other than tab and line ends, DEL, C1 controls, the bidirectional embedding, override and
    /// isolate controls (U+202A–U+202E, U+2066–U+2069), which can make a title or a sentence read differently
    /// from what it is (e.g. in a page's `<title>`, which is not Markdown-escaped), and the private-use characters
    /// U+E000–U+E007 that carry template directives through cmark.
    static func isHiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (0x7F...0x9F).contains(v)
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || (0xE000...0xE007).contains(v)
    }

    /// A metadata value with hidden controls removed and line breaks and tabs turned into single spaces.
    static func cleanValue(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar == " " { space = !out.isEmpty; continue }
            if isHiddenControl(scalar) { continue }
            if space { out.append(" "); space = false }
            out.append(scalar)
        }
        return String(out)
    }

    private func lineOf(_ offset: Int, in bytes: [UInt8]) -> Int {
        1 + bytes[..<offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    private func columnOf(_ offset: Int, in bytes: [UInt8]) -> Int {
        var start = offset
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        return offset - start + 1
    }

    private func error(_ line: Int, _ message: String, column: Int = 0, hint: String) -> Diagnostic {
        Diagnostic(path: path, line: line, column: column, severity: .error, stage: .ingest, message: message, hint: hint)
    }

    private func warning(_ line: Int, _ message: String, hint: String) -> Diagnostic {
        Diagnostic(path: path, line: line, severity: .warning, stage: .ingest, message: message, hint: hint)
    }
}
