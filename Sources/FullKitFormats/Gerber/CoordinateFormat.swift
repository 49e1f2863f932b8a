import FullKitCore

/// The coordinate format of `%FS`: digits before and after the decimal point, and the zero-omission mode.
public struct CoordinateFormat: Sendable, Hashable {
    /// Digits before the implied decimal point.
    public var integerDigits: Int
    /// Digits after the implied decimal point.
    public var decimalDigits: Int
    /// `T` in `%FS`: trailing zeros are omitted (deprecated).
    public var omitsTrailingZeros: Bool
    /// `I` in `%FS`: incremental coordinates (deprecated).
    public var isIncremental: Bool
}
