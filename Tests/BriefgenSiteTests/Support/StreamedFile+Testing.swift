@testable import BriefgenSite
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension StreamedFile {
    /// Writes the file to `path` through a sink, as the site writer does with no file to compare with, for a test to
    /// read back.
    func write(toPath path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        defer { close(fd) }
        let sink = StreamSink(descriptor: fd)
        try write(sink)
        try sink.flush()
    }
}
