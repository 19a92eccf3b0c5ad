@testable import BriefgenMarkdown
import Foundation
import Testing

/// The lock cmark-gfm's parses share (see ``MarkdownRenderer``): readers side by side, a writer alone.
@Suite struct ReadersWriterLockTests {
    /// A reader does not come in while a writer is inside: the writer waits 0.3 s for a reader that tries to enter
    /// meanwhile, and the reader gets in only after the writer has left.
    @Test func aWriterIsAlone() {
        let lock = ReadersWriterLock()
        let writerInside = DispatchSemaphore(value: 0), readerInside = DispatchSemaphore(value: 0)
        let done = DispatchGroup()
        nonisolated(unsafe) var readerCameInWhileWriting = true
        nonisolated(unsafe) var writerLeft = false
        nonisolated(unsafe) var readerFoundWriterGone = false
        done.enter()
        Thread.detachNewThread {
            lock.with(exclusively: true) {
                writerInside.signal()
                readerCameInWhileWriting = readerInside.wait(timeout: .now() + 0.3) == .success
                writerLeft = true
            }
            done.leave()
        }
        done.enter()
        Thread.detachNewThread {
            writerInside.wait()
            lock.with(exclusively: false) {
                readerFoundWriterGone = writerLeft
                readerInside.signal()
            }
            done.leave()
        }
        done.wait()
        #expect(!readerCameInWhileWriting)
        #expect(readerFoundWriterGone)
    }

    /// Readers do not wait for each other: a reader inside waits (up to 10 s) for a second reader to come in too,
    /// which it could not if readers excluded each other.
    @Test func readersShareTheLock() {
        let lock = ReadersWriterLock()
        let secondInside = DispatchSemaphore(value: 0)
        let done = DispatchGroup()
        nonisolated(unsafe) var met = false
        done.enter()
        Thread.detachNewThread {
            lock.with(exclusively: false) { met = secondInside.wait(timeout: .now() + 10) == .success }
            done.leave()
        }
        done.enter()
        Thread.detachNewThread {
            usleep(50_000)
            lock.with(exclusively: false) { secondInside.signal() }
            done.leave()
        }
        done.wait()
        #expect(met)
    }
}
