import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `data/briefing.json` written while the articles are analysed, by a build that analyses every article (a first
/// build, or one into a new output): each article's record goes into the staged file as soon as the records before it
/// are there. Before, every record went into the cache's record store first and from there into the export: the same
/// 186 MB written twice at 10,000 articles, and read back once.
///
/// Records come from the analysis tasks nearly in article order (a few are analysed at a time, in that order); one that
/// comes early waits in memory for those before it. ``finish(trailer:)`` ends the file once every record is there; the
/// writer then puts it in its place (see ``StreamedFile/prewritten``). A stream that is not finished removes its file.
final class RecordStream: @unchecked Sendable {
    /// The file being written (in the staging folder, beside the export's place).
    let path: String
    /// Where each article's record lies in the file, in article order (as far as written).
    private var places: [ExportPieces.Place] = []
    private let count: Int
    private let lock = NSLock()
    private var descriptor: Int32
    private var next = 0
    private var early: [Int: [UInt8]] = [:]
    private var buffer: [UInt8] = []
    private var size = 0
    private var failed = false
    private var handedOver = false

    static let flushSize = 1 << 20

    /// Starts the file at `path` (replacing what is there) with `header`, for `count` records; nil when it cannot be
    /// created.
    init?(path: String, header: [UInt8], count: Int) {
        self.path = path
        self.count = count
        unlink(path)
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        buffer.reserveCapacity(RecordStream.flushSize + (1 << 16))
        places.reserveCapacity(count)
        append(header)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        if !handedOver { unlink(path) }
    }

    /// Takes article `index`'s record (each index once). False when the stream has failed (a write error): the record
    /// is then the caller's to keep, for the export to be written the usual way.
    func put(_ index: Int, _ record: [UInt8]) -> Bool {
        lock.withLock {
            guard !failed, index >= next, index < count else { return false }
            guard index == next else {
                early[index] = record
                return true
            }
            emit(record)
            while !failed, let waiting = early.removeValue(forKey: next) { emit(waiting) }
            return true
        }
    }

    /// Ends the file with `trailer` and closes it; false (the file left to be removed) unless every record was put and
    /// every byte written. After `true`, the file at ``path`` is the caller's.
    func finish(trailer: [UInt8]) -> Bool {
        lock.withLock {
            guard !failed, next == count, descriptor >= 0 else { return false }
            append(trailer)
            flush()
            let closed = close(descriptor) == 0
            descriptor = -1
            guard !failed, closed else { return false }
            handedOver = true
            return true
        }
    }

    /// Where each article's record lies in the file, in article order (all of them once ``finish(trailer:)`` is true).
    var recordPlaces: [ExportPieces.Place] { lock.withLock { places } }

    /// Writes the next record (the lock held).
    private func emit(_ record: [UInt8]) {
        if next > 0 {
            buffer.append(0x2C)
            size += 1
        }
        places.append(ExportPieces.Place(offset: size, length: record.count))
        append(record)
        next += 1
    }

    private func append(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        size += bytes.count
        if buffer.count >= RecordStream.flushSize { flush() }
    }

    /// Writes the buffer; on an error the stream fails and lets go of the records that wait.
    private func flush() {
        guard !failed, !buffer.isEmpty else { return }
        let ok = buffer.withUnsafeBytes { raw -> Bool in
            var done = 0
            while done < raw.count {
                let n = write(descriptor, raw.baseAddress! + done, raw.count - done)
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { return false }
                done += n
            }
            return true
        }
        buffer.removeAll(keepingCapacity: true)
        if !ok {
            failed = true
            early = [:]
        }
    }
}
