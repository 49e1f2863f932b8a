import FoundationEssentials
import FullKitCore

/// Renders reports as JSON (schema `fullkit.check/1`): pretty for `check`, one line per pack for `batch`.
public enum JSONReportRenderer {
    /// The report (or any encodable value, such as `fullkit inspect`'s list) as indented JSON with sorted keys.
    public static func render(_ value: some Encodable) -> String {
        encode(value, formatting: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) + "\n"
    }

    /// The report as one line of JSON (JSON Lines).
    public static func renderLine(_ report: CheckReport) -> String {
        encode(report, formatting: [.sortedKeys, .withoutEscapingSlashes]) + "\n"
    }

    /// Any encodable value as one line of JSON.
    public static func renderLine(_ value: some Encodable) -> String {
        encode(value, formatting: [.sortedKeys, .withoutEscapingSlashes]) + "\n"
    }

    private static func encode(_ value: some Encodable, formatting: JSONEncoder.OutputFormatting) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
