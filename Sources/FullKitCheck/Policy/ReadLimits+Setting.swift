import FoundationEssentials
import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

extension ReadLimits {
    /// Sets the limit called `name` to `value`; the error names the limit and the values it accepts.
    public mutating func set(_ name: String, to value: Double) throws(PolicyError) {
        guard let setting = ReadLimits.setting(named: name) else {
            let known = ReadLimits.settings.map(\.name).joined(separator: ", ")
            throw PolicyError(.unknownKey, key: "limits.\(name)", reason: "is not a limit (known: \(known))")
        }
        guard value == value.rounded(), value >= Double(setting.minimum), value <= Double(setting.maximum) else {
            throw PolicyError(
                .invalidValue, key: "limits.\(name)",
                reason: "must be a whole number from \(setting.minimum) to \(setting.maximum)")
        }
        self[keyPath: setting.keyPath] = Int(value)
    }
}
