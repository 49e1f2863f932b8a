import Dispatch

/// Runs work on every core with `DispatchQueue.concurrentPerform`, as swift-format's `--parallel` does.
package enum Parallel {
    /// When true, work runs on the calling thread: set once, before any work, by a `fullkit batch` worker process,
    /// whose batch already keeps every core busy with one pack per worker (threads within a worker would only
    /// contend with the other workers).
    nonisolated(unsafe) package static var isSerial = false

    /// Calls `body` for each index in `0..<iterations`, on every core unless `isSerial`.
    package static func forEach(_ iterations: Int, _ body: (Int) -> Void) {
        guard !isSerial, iterations > 1 else {
            for index in 0..<iterations { body(index) }
            return
        }
        withoutActuallyEscaping(body) { body in
            nonisolated(unsafe) let work = body
            DispatchQueue.concurrentPerform(iterations: iterations) { work($0) }
        }
    }

    /// Maps `items` through `transform` concurrently; the results keep the order of `items`.
    package static func map<Item, Output>(_ items: [Item], _ transform: (Item) -> Output) -> [Output] {
        guard items.count > 1, !isSerial else { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<Output?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        nonisolated(unsafe) let output = results
        withoutActuallyEscaping(transform) { transform in
            nonisolated(unsafe) let work = transform
            items.withUnsafeBufferPointer { items in
                nonisolated(unsafe) let input = items
                DispatchQueue.concurrentPerform(iterations: input.count) { index in
                    output[index] = work(input[index])
                }
            }
        }
        return results.map { $0! }
    }
}
