import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// A file a site's policy requires beyond the profile's: a role, and optionally the side it must be on.
/// Written `role` or `role:side` in the policy, e.g. `"silkscreen:top"`, `"job-file"`, `"drill-map"`.
public struct RequiredLayer: Sendable, Hashable, CustomStringConvertible {
    /// The role the file must have.
    public var role: FileRole
    /// The side it must be on; nil for any side.
    public var side: BoardSide?

    /// A requirement for a file of `role` (on `side`, when given).
    public init(role: FileRole, side: BoardSide? = nil) {
        self.role = role
        self.side = side
    }

    /// Reads `role` or `role:side`; nil when either part is not a known name.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2, let role = FileRole(rawValue: parts[0]), Self.roles.contains(role) else { return nil }
        self.role = role
        if parts.count == 2 {
            guard let side = BoardSide(rawValue: parts[1]) else { return nil }
            self.side = side
        }
    }

    /// The roles a policy may require (not `ignored` or `unknown`).
    public static let roles = FileRole.allCases.filter { $0 != .ignored && $0 != .unknown }

    /// How the policy writes it.
    public var description: String { side.map { "\(role.rawValue):\($0.rawValue)" } ?? role.rawValue }
}
