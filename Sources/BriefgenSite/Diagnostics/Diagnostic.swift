/// A problem found in a user's file: where, how bad, in which stage, and what to do.
///
/// Printed as `path:line:col: error|warning: [stage] message — hint`.
public struct Diagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How bad the problem is.
    ///
    /// The policy (tested in `ReliabilityInputTests` and `ReliabilityEnvironmentTests`):
    /// - **error**, exit 1: text the user wrote is left out of the site — an article that cannot be decoded
    ///   (invalid UTF-8, NUL bytes, a binary file), read (permissions), parsed (unclosed or invalid front matter) or
    ///   is over the size limit. The article is named and dropped; every other article is still built and written.
    ///   A problem that would make the whole site wrong (missing input folder, broken template or configuration,
    ///   unusable output folder) is also an error, and then nothing is written: the previous site stays.
    /// - **warning**, exit 0: the site shows everything the file says, or the file holds nothing to show — a
    ///   conversion (UTF-16, control characters or bidi overrides removed), a metadata value that is ignored or kept
    ///   as text (unknown key, `published: yesterday`, a non-web `source`), an empty or whitespace-only file, a page
    ///   renamed because its name was taken, and a symbolic link out of the input folder or a special file (FIFO,
    ///   socket, device), which are deliberately not read.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    /// The pipeline stage that found it.
    public enum Stage: String, Sendable, Hashable {
        case config, ingest, analyze, assemble, render, write, check, serve
        case initialize = "init"
    }

    /// The file, as the user named it (relative to the working directory where possible).
    public var path: String
    /// 1-based line, 0 when the problem is about the whole file.
    public var line: Int
    /// 1-based column, 0 when unknown.
    public var column: Int
    /// How bad.
    public var severity: Severity
    /// Which stage.
    public var stage: Stage
    /// What is wrong.
    public var message: String
    /// What to do about it.
    public var hint: String?

    /// Creates a diagnostic.
    public init(
        path: String, line: Int = 0, column: Int = 0, severity: Severity, stage: Stage, message: String,
        hint: String? = nil
    ) {
        self.path = path
        self.line = line
        self.column = column
        self.severity = severity
        self.stage = stage
        self.message = message
        self.hint = hint
    }

    /// The one-line form. Control characters from file names or values (a newline, an ANSI escape that would
    /// drive the terminal, a bidi override) are shown as `\u{…}`, so one diagnostic is always one honest line.
    public var description: String {
        var location = Diagnostic.printable(path)
        if line > 0 { location += ":\(line)" + (column > 0 ? ":\(column)" : ":1") }
        return "\(location): \(severity.rawValue): [\(stage.rawValue)] \(Diagnostic.printable(message))"
            + (hint.map { " — \(Diagnostic.printable($0))" } ?? "")
    }

    /// At most `limit` characters of a user's value for quoting in a message, with `…` when cut.
    public static func excerpt(_ text: String, limit: Int = 80) -> String {
        text.unicodeScalars.count <= limit ? text : String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit))) + "…"
    }

    /// `text` with C0/C1 controls, DEL and bidirectional controls written as `\u{…}`.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) { out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}" } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// Ordered by path, line, column, then message, so reports are deterministic.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.path, a.line, a.column, a.message) < (b.path, b.line, b.column, b.message)
    }
}

/// A build failure that stops the build before anything is written.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    /// The diagnostics that explain the failure.
    public var diagnostics: [Diagnostic]
    /// Creates a failure.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    /// All diagnostics, one per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
