import BriefgenSite
import Foundation

/// Terminal output: results to stdout, diagnostics to stderr, colour only on a terminal and never with NO_COLOR.
struct Console: Sendable {
    let colour: Bool = isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    func out(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    func err(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    func diagnostic(_ d: Diagnostic) {
        guard colour else { return err(d.description) }
        let code = d.severity == .error ? "\u{1B}[31m" : "\u{1B}[33m"
        err(d.description.replacingOccurrences(of: ": \(d.severity.rawValue):", with: ": \(code)\(d.severity.rawValue)\u{1B}[0m:"))
    }
}
