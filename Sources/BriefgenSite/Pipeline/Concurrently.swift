import Foundation

/// Runs independent pieces of synchronous work on all cores and gives their results in index order.
enum Concurrently {
    /// `transform(0) … transform(count - 1)`, in parallel; the results in index order, whatever the scheduling.
    static func map<T>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in slots.set(index, transform(index)) }
        return slots.values
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
