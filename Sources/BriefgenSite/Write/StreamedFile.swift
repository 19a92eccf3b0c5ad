import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file of the site written piece by piece: the data exports of a big archive are hundreds of megabytes, and
/// holding each whole in memory (and the search index beside it) was most of a 50,000-article build's peak memory.
struct StreamedFile: Sendable {
    /// Where it goes.
    var path: OutputPath
    /// Writes the file's bytes, in order, to the sink.
    var write: @Sendable (StreamSink) throws -> Void
    /// The file already written in the staging folder, if it was (its path, taken over by the writer as the staged
    /// file; see ``RecordStream``); `write` is used when this is nil or gives nil.
    var prewritten: (@Sendable () throws -> String?)?

    init(path: OutputPath, prewritten: (@Sendable () throws -> String?)? = nil, write: @escaping @Sendable (StreamSink) throws -> Void) {
        self.path = path
        self.prewritten = prewritten
        self.write = write
    }
}

/// Buffered appends to a file (1 MB at a time).
///
/// Made with a `reference` (the file the output holds now), the sink first only compares: as long as the bytes equal
/// the reference's, nothing is written, so an export a rebuild leaves unchanged costs a read, not a write of hundreds
/// of megabytes and a read-back. At the first difference it creates the file, copies the equal prefix from the
/// reference inside the kernel, and writes from there on. ``finish()`` says which way it went.
final class StreamSink {
    private var descriptor: Int32
    private let reference: Int32
    private let referenceSize: Int
    private let create: () throws -> Int32
    private let buffer: UnsafeMutableRawBufferPointer
    private var scratch: UnsafeMutableRawBufferPointer?
    private var used = 0
    /// Bytes flushed while comparing, all equal to the reference's first bytes.
    private var matched = 0
    private(set) var count = 0
    static let bufferSize = 1 << 20
    /// Once the file is being written, spans of the buffer and mapped stored bytes waiting for one `writev`: stored
    /// bytes are written from where their file is mapped, never copied into the buffer first (when export records were
    /// copied from a cache store, the copy was a fifth of the exports' cost in a rebuild).
    private var queued: [iovec] = []
    private var queuedBytes = 0
    /// The buffer's bytes before this offset are queued.
    private var bufferQueued = 0
    /// Mapped records shorter than this are copied into the buffer (a vector entry each would cost more).
    static let directMinimum = 512
    /// Pieces of the reference waiting to be copied, one run (see ``append(_:)``); while there is one, nothing is
    /// buffered or queued.
    private var pendingCopy: (offset: Int, length: Int)?
    /// The reference's identity and size, as opened (nil without one).
    let referenceStamp: FileStamp?

    /// Appends to `descriptor`, an open file.
    init(descriptor: Int32) {
        self.descriptor = descriptor
        reference = -1
        referenceSize = 0
        create = { descriptor }
        referenceStamp = nil
        buffer = .allocate(byteCount: StreamSink.bufferSize, alignment: 16)
    }

    /// Compares with `reference` (open for reading, `referenceSize` bytes; `referenceStamp` its identity) and calls
    /// `create` for the file to write only when the bytes differ.
    init(reference: Int32, referenceSize: Int, referenceStamp: FileStamp? = nil, create: @escaping () throws -> Int32) {
        descriptor = -1
        self.reference = reference
        self.referenceSize = referenceSize
        self.referenceStamp = reference >= 0 ? referenceStamp : nil
        self.create = create
        buffer = .allocate(byteCount: StreamSink.bufferSize, alignment: 16)
    }

    deinit {
        buffer.deallocate()
        scratch?.deallocate()
    }

    /// Flushes the buffer. True when there is a reference and every byte equals its bytes, its whole length: nothing
    /// was created or written. False when the file was written (created, even if empty, when there was nothing to
    /// compare with or the bytes only differed at the end).
    func finish() throws -> Bool {
        try flush()
        guard descriptor < 0 else { return false }
        if reference >= 0, matched == referenceSize { return true }
        try diverge()
        return false
    }

    /// Whether the buffered bytes continue the reference.
    private func continuesReference() -> Bool {
        guard reference >= 0, matched + used <= referenceSize else { return false }
        if scratch == nil { scratch = .allocate(byteCount: StreamSink.bufferSize, alignment: 16) }
        var got = 0
        while got < used {
            let n = pread(reference, scratch!.baseAddress! + got, used - got, off_t(matched + got))
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return false }
            got += n
        }
        return memcmp(scratch!.baseAddress!, buffer.baseAddress!, used) == 0
    }

    /// Creates the file and copies the reference's equal prefix into it.
    private func diverge() throws {
        descriptor = try create()
        try copyReference(from: 0, to: matched)
    }

    /// Copies the reference's bytes from `start` to `end` to the file, inside the kernel where it can.
    private func copyReference(from start: Int, to end: Int) throws {
        var copied = start
        while copied < end {
            guard let n = KernelCopy.copy(from: reference, at: copied, to: descriptor, count: end - copied) else {
                return try copyByReading(from: copied, to: end)
            }
            copied += n
        }
    }

    /// ``copyReference(from:to:)`` where the kernel cannot copy between these files.
    private func copyByReading(from start: Int, to end: Int) throws {
        if scratch == nil { scratch = .allocate(byteCount: StreamSink.bufferSize, alignment: 16) }
        var offset = start
        while offset < end {
            let n = pread(reference, scratch!.baseAddress!, min(scratch!.count, end - offset), off_t(offset))
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw POSIXError(n < 0 ? POSIXErrorCode(rawValue: errno) ?? .EIO : .EIO) }
            try writeRaw(scratch!.baseAddress!, n)
            offset += n
        }
    }

    func append<C: Collection>(_ bytes: C) throws where C.Element == UInt8 {
        try copyPending()
        let n = bytes.count
        if n > buffer.count - used { try flush() }
        if n > buffer.count {
            try Array(bytes).withUnsafeBytes { raw in
                var offset = 0
                while offset < n {
                    let k = min(buffer.count - used, n - offset)
                    UnsafeMutableRawBufferPointer(rebasing: buffer[used..<(used + k)])
                        .copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + k)]))
                    used += k
                    offset += k
                    if used == buffer.count { try flush() }
                }
            }
        } else {
            UnsafeMutableRawBufferPointer(rebasing: buffer[used..<(used + n)]).copyBytes(from: bytes)
            used += n
        }
        count += n
    }

    /// Appends a piece. Stored bytes whose file is mapped are written from the mapping (or copied from it while the
    /// sink still compares); others are read from their file straight into the buffer; pieces of the reference are
    /// taken as ``appendReference(_:_:)`` says.
    func append(_ piece: ExportPiece) throws {
        if case .reference(let offset, let length) = piece { return try appendReference(offset, length) }
        try copyPending()
        switch piece {
        case .reference: break
        case .bytes(let bytes): try append(bytes)
        case .stored(let stored) where stored.mappedBytes != nil:
            let mapped = stored.mappedBytes!
            guard descriptor >= 0, mapped.count >= StreamSink.directMinimum else { return try append(mapped) }
            queueBuffer()
            queued.append(iovec(iov_base: UnsafeMutableRawPointer(mutating: mapped.baseAddress), iov_len: mapped.count))
            queuedBytes += mapped.count
            count += mapped.count
            if queued.count >= StreamSink.vectorLimit || queuedBytes >= StreamSink.bufferSize { try writeQueued() }
        case .stored(let stored):
            var offset = stored.offset, left = stored.length
            while left > 0 {
                if used == buffer.count { try flush() }
                let n = pread(stored.file, buffer.baseAddress! + used, min(left, buffer.count - used), off_t(offset))
                if n < 0, errno == EINTR { continue }
                // A cache file cut short during the build: the export cannot be completed from it.
                guard n > 0 else { throw POSIXError(n < 0 ? POSIXErrorCode(rawValue: errno) ?? .EIO : .EIO) }
                used += n
                offset += n
                left -= n
                count += n
            }
        }
    }

    /// Appends `length` bytes of the reference from `offset`. While the sink still compares and they lie at the
    /// same place in the reference, they are equal by what the caller knows (``ExportPieces``): nothing is read. Else
    /// the file is written and they are copied inside the kernel, a run of adjacent pieces at a time.
    private func appendReference(_ offset: Int, _ length: Int) throws {
        guard length > 0 else { return }
        // ``ExportPieces`` checks every piece against the reference's size when it reads them.
        guard reference >= 0, offset >= 0, offset + length <= referenceSize else { throw POSIXError(.EINVAL) }
        if descriptor < 0 {
            if offset == matched + used, continuesReference() {
                matched += used + length
                used = 0
                count += length
                return
            }
            try flush()  // compares what is buffered, and writes the file from the first difference
            if descriptor < 0 { try diverge() }  // the bytes differ from here on
        }
        count += length
        if let pending = pendingCopy, pending.offset + pending.length == offset {
            pendingCopy = (pending.offset, pending.length + length)
            return
        }
        try copyPending()
        if !queued.isEmpty { try writeQueued() } else if used > 0 {
            try writeRaw(buffer.baseAddress!, used)
            used = 0
        }
        pendingCopy = (offset, length)
    }

    /// Copies the pending run of the reference (see ``appendReference(_:_:)``).
    private func copyPending() throws {
        guard let pending = pendingCopy else { return }
        pendingCopy = nil
        try copyReference(from: pending.offset, to: pending.offset + pending.length)
    }

    func flush() throws {
        try copyPending()
        if descriptor < 0 {
            if continuesReference() {
                matched += used
                used = 0
                return
            }
            try diverge()
        }
        guard queued.isEmpty else { return try writeQueued() }
        try writeRaw(buffer.baseAddress!, used)
        used = 0
    }

    /// Vector entries per `writev` (Linux allows 1,024).
    private static let vectorLimit = 256

    /// Queues the buffer's bytes not queued yet.
    private func queueBuffer() {
        guard used > bufferQueued else { return }
        queued.append(iovec(iov_base: buffer.baseAddress! + bufferQueued, iov_len: used - bufferQueued))
        queuedBytes += used - bufferQueued
        bufferQueued = used
    }

    /// Writes everything queued and the rest of the buffer, in order; the buffer is empty after.
    private func writeQueued() throws {
        queueBuffer()
        var first = 0
        while first < queued.count {
            let n = queued.withUnsafeMutableBufferPointer { vectors in
                writev(descriptor, vectors.baseAddress! + first, Int32(vectors.count - first))
            }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw POSIXError(n < 0 ? POSIXErrorCode(rawValue: errno) ?? .EIO : .EIO) }
            // Past the entries written whole; a partly written one starts further on.
            var left = n
            while left > 0, left >= queued[first].iov_len {
                left -= queued[first].iov_len
                first += 1
            }
            if left > 0 {
                queued[first].iov_base += left
                queued[first].iov_len -= left
            }
        }
        queued.removeAll(keepingCapacity: true)
        queuedBytes = 0
        bufferQueued = 0
        used = 0
    }

    private func writeRaw(_ start: UnsafeMutableRawPointer, _ length: Int) throws {
        var done = 0
        while done < length {
            let n = write(descriptor, start + done, length - done)
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            done += n
        }
    }
}

/// `copy_file_range(2)`: bytes copied from one file to another inside the kernel (Linux; looked up at run time, as
/// Glibc's Swift module does not declare it).
enum KernelCopy {
    private typealias CopyFileRange = @convention(c) (
        Int32, UnsafeMutablePointer<Int64>?, Int32, UnsafeMutablePointer<Int64>?, Int, UInt32
    ) -> Int
    private static let function: CopyFileRange? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "copy_file_range") else { return nil }
        return unsafeBitCast(symbol, to: CopyFileRange.self)
    }()

    /// Copies up to `count` bytes from `source` at `offset` to the current position of `target`: how many it copied,
    /// or nil where the kernel cannot (the caller copies by reading then).
    static func copy(from source: Int32, at offset: Int, to target: Int32, count: Int) -> Int? {
        guard let function else { return nil }
        var from = Int64(offset)
        while true {
            let n = function(source, &from, target, nil, count, 0)
            if n < 0, errno == EINTR { continue }
            return n > 0 ? n : nil
        }
    }
}
