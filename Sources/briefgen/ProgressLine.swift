import Foundation

/// On a terminal, a `building… 3 s` line for builds that take more than a second; erased when the build ends.
/// Nothing is printed when stdout is not a terminal (pipes, CI logs, tests stay byte-for-byte the same).
struct ProgressLine {
    private let task: Task<Void, Never>?

    /// Starts counting; `enabled` false (e.g. --quiet) prints nothing.
    init(_ label: String, enabled: Bool) {
        guard enabled, isatty(1) == 1 else { task = nil; return }
        task = Task {
            let start = ContinuousClock.now
            try? await Task.sleep(for: .seconds(1))
            guard !Task.isCancelled else { return }
            while !Task.isCancelled {
                let seconds = (ContinuousClock.now - start).components.seconds
                FileHandle.standardOutput.write(Data("\r\(label)… \(seconds) s".utf8))
                try? await Task.sleep(for: .milliseconds(500))
            }
            FileHandle.standardOutput.write(Data("\r\u{1B}[K".utf8))
        }
    }

    /// Stops and erases the line.
    func stop() async {
        task?.cancel()
        await task?.value
    }
}
