import FullKitCore

extension PlacementTolerances {
    /// Sets the tolerance called `name` to `value`; the error names the tolerance and the values it takes.
    public mutating func set(_ name: String, to value: Double) throws(PolicyError) {
        guard let setting = Self.settings.first(where: { $0.name == name }) else {
            let known = Self.settings.map(\.name).joined(separator: ", ")
            throw PolicyError(
                .unknownKey, key: "placementTolerances.\(name)", reason: "is not a tolerance (known: \(known))")
        }
        guard value.isFinite, setting.range.contains(value) else {
            throw PolicyError(
                .invalidValue, key: "placementTolerances.\(name)",
                reason: "must be a number from \(setting.range.lowerBound) to \(setting.range.upperBound)")
        }
        self[keyPath: setting.keyPath] = value
    }
}
