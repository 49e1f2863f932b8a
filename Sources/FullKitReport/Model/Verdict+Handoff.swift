import FullKitCore

extension Verdict {
    /// What the verdict means for the handoff, in the words every report uses: "full kit, accept" or "rejected,
    /// Sales keeps ownership".
    public var handoff: String {
        switch self {
        case .pass: "full kit, accept"
        case .fail: "rejected, Sales keeps ownership"
        }
    }
}

extension CheckReport.Counts {
    /// "1 error, 2 warnings".
    public var errorsAndWarnings: String {
        "\(CountedNoun.phrase(errors, "error")), \(CountedNoun.phrase(warnings, "warning"))"
    }
}
