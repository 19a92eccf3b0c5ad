import Foundation

/// One piece of a streamed export: bytes made now, or bytes that lie in a cache file (read straight into the output
/// buffer, never into an array of their own).
enum ExportPiece: Sendable {
    case bytes([UInt8])
    case stored(StoredBytes)
}

/// Where a record lies in an open cache file (see ``ShardedStore/stored(_:)``).
struct StoredBytes: Sendable, Equatable {
    var file: Int32
    var offset: Int
    var length: Int
    /// The address of the record's first byte where the file is mapped into memory (valid as long as the record
    /// is: until the store is saved); 0 when it is not mapped. (An address, as a pointer is not `Sendable`.)
    var mapped: UInt = 0

    /// The record's bytes in memory, when the file is mapped.
    var mappedBytes: UnsafeRawBufferPointer? {
        mapped == 0 ? nil : UnsafeRawBufferPointer(start: UnsafeRawPointer(bitPattern: mapped), count: length)
    }
}

/// Independent encodings on every core, appended in index order: a chunk at a time, so only one chunk of encoded
/// pieces is held besides the output buffer.
enum ParallelEncoding {
    static let chunkSize = 512

    /// Writes `body(0)`, `separator`, `body(1)`, … `body(count - 1)` to `sink`, a chunk at a time (no separator:
    /// the pieces one after another).
    static func encode(_ count: Int, into sink: StreamSink, separator: UInt8? = nil, _ body: @Sendable (Int) throws -> ExportPiece) throws {
        var start = 0
        while start < count {
            let end = min(count, start + chunkSize)
            let lock = NSLock()
            nonisolated(unsafe) var pieces = [ExportPiece](repeating: .bytes([]), count: end - start)
            nonisolated(unsafe) var failure: (any Error)?
            let base = start
            DispatchQueue.concurrentPerform(iterations: (end - start + 31) / 32) { part in
                for index in (base + part * 32)..<min(end, base + (part + 1) * 32) {
                    do {
                        let piece = try body(index)
                        lock.withLock { pieces[index - base] = piece }
                    } catch {
                        lock.withLock { if failure == nil { failure = error } }
                    }
                }
            }
            if let failure { throw failure }
            for (offset, piece) in pieces.enumerated() {
                if base + offset > 0, let separator { try sink.append(CollectionOfOne(separator)) }
                try sink.append(piece)
            }
            start = end
        }
    }
}
