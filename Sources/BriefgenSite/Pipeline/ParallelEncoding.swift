import Foundation

/// Independent encodings on every core, appended in index order: a chunk at a time, so only one chunk of encoded
/// pieces is held besides the result.
enum ParallelEncoding {
    static let chunkSize = 512

    /// Writes `body(0)`, `separator`, `body(1)`, … `body(count - 1)` to `sink`, a chunk at a time (no separator:
    /// the pieces one after another).
    static func encode(_ count: Int, into sink: StreamSink, separator: UInt8? = nil, _ body: @Sendable (Int) throws -> Data) throws {
        var start = 0
        while start < count {
            let end = min(count, start + chunkSize)
            var bytes: [UInt8] = []
            let base = start
            try encode(end - start, into: &bytes, separator: separator) { try body(base + $0) }
            if start > 0, let separator { try sink.append(CollectionOfOne(separator)) }
            try sink.append(bytes)
            start = end
        }
    }

    /// Appends `body(0)`, `separator`, `body(1)`, … `body(count - 1)` to `bytes`.
    static func encode(_ count: Int, into bytes: inout [UInt8], separator: UInt8? = nil, _ body: @Sendable (Int) throws -> Data) throws {
        var start = 0
        while start < count {
            let end = min(count, start + chunkSize)
            let lock = NSLock()
            nonisolated(unsafe) var pieces = [Data](repeating: Data(), count: end - start)
            nonisolated(unsafe) var failure: (any Error)?
            let base = start
            DispatchQueue.concurrentPerform(iterations: (end - start + 31) / 32) { part in
                for index in (base + part * 32)..<min(end, base + (part + 1) * 32) {
                    do {
                        let data = try body(index)
                        lock.withLock { pieces[index - base] = data }
                    } catch {
                        lock.withLock { if failure == nil { failure = error } }
                    }
                }
            }
            if let failure { throw failure }
            for (offset, piece) in pieces.enumerated() {
                if base + offset > 0, let separator { bytes.append(separator) }
                bytes += piece
            }
            start = end
        }
    }
}
