import Foundation

/// Runs independent pieces of synchronous work on all cores and gives their results in index order.
enum Concurrently {
    /// Tasks run at once: the cores this process may use (asked once: Foundation reads the cgroup's files on every
    /// call, and the renderer asked for every batch of pages).
    static let width = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// `transform(0) … transform(count - 1)`, in parallel; the results in index order, whatever the scheduling.
    static func map<T>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in slots.set(index, transform(index)) }
        return slots.values
    }

    /// `work()` on a Dispatch thread, awaited without holding a thread of Swift's cooperative pool (for blocking
    /// work such as reading thousands of files, started with `async let` while the caller does something else).
    static func background<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }

    /// Starts `work()` on a thread of its own at once, before the caller goes on, and gives a handle to await its
    /// result. (Started from an `async let` child task, the thread began only when that task first ran, which waited
    /// for a thread of Swift's cooperative pool: in a rebuild the exports began 80 ms late, after the site was assembled.)
    static func started<T: Sendable>(_ work: @escaping @Sendable () -> T) -> Started<T> { Started(work) }

    /// A result being made on a thread of its own (see ``started(_:)``).
    final class Started<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var result: T?
        private var waiting: CheckedContinuation<T, Never>?

        fileprivate init(_ work: @escaping @Sendable () -> T) {
            let thread = Thread { [self] in
                let value = work()
                let waiter = lock.withLock { () -> CheckedContinuation<T, Never>? in
                    result = value
                    defer { waiting = nil }
                    return waiting
                }
                waiter?.resume(returning: value)
            }
            thread.stackSize = 8 << 20
            thread.start()
        }

        /// The result, once the work is done (awaited without holding a thread of Swift's cooperative pool). One task
        /// at a time may wait for it; asked again after it is ready, it is given at once.
        var value: T {
            get async {
                await withCheckedContinuation { continuation in
                    let ready = lock.withLock { () -> T? in
                        if let result { return result }
                        waiting = continuation
                        return nil
                    }
                    if let ready { continuation.resume(returning: ready) }
                }
            }
        }
    }

    /// One result per index, each written once.
    private final class Slots<T>: @unchecked Sendable {
        private var storage: [T?]
        private let lock = NSLock()

        init(count: Int) { storage = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: T) { lock.withLock { storage[index] = value } }
        var values: [T] { lock.withLock { storage.map { $0! } } }
    }
}
