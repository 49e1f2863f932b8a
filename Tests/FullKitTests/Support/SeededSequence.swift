/// A reproducible pseudo-random sequence (a 64-bit linear congruential generator): synthetic boards that are the
/// same on every run.
struct SeededSequence {
    /// The generator's state; the seed.
    var state: UInt64

    /// The next number, evenly spread over `range`.
    mutating func next(_ range: ClosedRange<Double>) -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return range.lowerBound + Double(state >> 11) / Double(1 << 53) * (range.upperBound - range.lowerBound)
    }
}
