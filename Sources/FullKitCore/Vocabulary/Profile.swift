/// What the pack is for, which decides the files a full kit needs.
public enum Profile: String, Sendable, Hashable, Codable, CaseIterable {
    /// Bare board and assembly: Gerbers, drill, BOM, XY, and paste for each populated side (the default).
    case assembly
    /// Bare board only: copper, mask, outline, drill. BOM and XY are not required (still checked when present).
    case fab
}
