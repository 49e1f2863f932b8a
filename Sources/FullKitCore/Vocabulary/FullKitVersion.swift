/// FullKit's version.
public enum FullKitVersion {
    /// The version string printed by `fullkit --version` and written into every report.
    public static let current = "0.1.0"
}
