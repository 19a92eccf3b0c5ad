import BriefgenSite
import Foundation

/// Terminal output: results to stdout, diagnostics to stderr, colour only on a terminal and never with NO_COLOR.
struct Console: Sendable {
    /// ANSI styles used for emphasis.
    enum Style: String, Sendable {
        case bold = "1", red = "31", green = "32", yellow = "33"
    }

    let colour: Bool = isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    /// Whether stdout takes colour (a terminal, and no NO_COLOR).
    let outColour: Bool = isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    func out(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    func err(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// `text` in `style` when the stream (stdout, or stderr with `forError`) takes colour; else unchanged.
    func styled(_ text: String, _ style: Style, forError: Bool = false) -> String {
        (forError ? colour : outColour) ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    func diagnostic(_ d: Diagnostic) {
        guard colour else { return err(d.description) }
        let code = d.severity == .error ? "\u{1B}[31m" : "\u{1B}[33m"
        err(d.description.replacingOccurrences(of: ": \(d.severity.rawValue):", with: ": \(code)\(d.severity.rawValue)\u{1B}[0m:"))
    }
}
