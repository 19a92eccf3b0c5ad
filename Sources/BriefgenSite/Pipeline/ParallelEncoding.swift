import Foundation

/// One piece of a streamed export: bytes made now, or bytes that lie in a cache file (read straight into the output
/// buffer, never into an array of their own).
enum ExportPiece: Sendable {
    case bytes([UInt8])
    case stored(StoredBytes)
    /// Bytes of the file the output holds now (the sink's reference), where the last build wrote the same piece (see
    /// ``ExportPieces``): copied inside the kernel, or only compared by position while the file is still the same.
    case reference(offset: Int, length: Int)

    var count: Int {
        switch self {
        case .bytes(let bytes): bytes.count
        case .stored(let stored): stored.length
        case .reference(_, let length): length
        }
    }
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
    /// the pieces one after another), and tells `placed` where each piece went (index, offset in the file, length).
    /// A piece of the reference that follows the previous piece and its separator there is copied with the separator.
    static func encode(_ count: Int, into sink: StreamSink, separator: UInt8? = nil,
                       placed: ((Int, Int, Int) -> Void)? = nil, _ body: @Sendable (Int) throws -> ExportPiece) throws {
        var start = 0
        // Where the last piece ended in the reference, when it was a piece of the reference.
        var previousEnd: Int?
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
                let index = base + offset
                if index > 0, let separator {
                    if case .reference(let at, let length) = piece, at > 0, previousEnd == at - 1 {
                        try sink.append(.reference(offset: at - 1, length: length + 1))
                        placed?(index, sink.count - length, length)
                        previousEnd = at + length
                        continue
                    }
                    try sink.append(CollectionOfOne(separator))
                }
                placed?(index, sink.count, piece.count)
                try sink.append(piece)
                if case .reference(let at, let length) = piece { previousEnd = at + length } else { previousEnd = nil }
            }
            start = end
        }
    }
}
