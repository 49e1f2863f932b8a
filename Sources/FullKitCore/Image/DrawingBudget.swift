import Synchronization

/// How many objects the layers of one pack may still keep for drawing, shared by the readers that run at once: a
/// hostile pack of a hundred step-and-repeat layers of a million flashes each must not hold a hundred million objects
/// (`ReadLimits.maximumDrawnObjects`). Readers take in chunks and give back what they did not use; which layer is
/// cut when the budget runs out depends on the order the readers run, the total never does.
public final class DrawingBudget: Sendable {
    private let remaining: Atomic<Int>

    /// A budget of `objects` objects.
    public init(objects: Int) {
        remaining = Atomic(max(0, objects))
    }

    /// How many objects are left.
    public var left: Int { remaining.load(ordering: .relaxed) }

    /// Takes up to `count` objects from the budget; returns how many it gave (0 when spent).
    public func take(_ count: Int) -> Int {
        var current = remaining.load(ordering: .relaxed)
        while current > 0 {
            let granted = min(current, count)
            let (exchanged, original) = remaining.compareExchange(
                expected: current, desired: current - granted, ordering: .relaxed)
            if exchanged { return granted }
            current = original
        }
        return 0
    }

    /// Gives back `count` objects taken and not used.
    public func giveBack(_ count: Int) {
        guard count > 0 else { return }
        remaining.add(count, ordering: .relaxed)
    }
}
