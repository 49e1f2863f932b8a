import Dispatch

/// Runs work on every core with `DispatchQueue.concurrentPerform`, as swift-format's `--parallel` does.
package enum Parallel {
    /// Maps `items` through `transform` concurrently; the results keep the order of `items`.
    package static func map<Item, Output>(_ items: [Item], _ transform: (Item) -> Output) -> [Output] {
        guard items.count > 1 else { return items.map(transform) }
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
