import FullKitCore
import FullKitReport

/// Why a policy file (or a `--limit`) was refused.
public struct PolicyError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public typealias Kind = ErrorKind<PolicyError>

    /// What went wrong.
    public let kind: Kind
    /// The key at fault (dotted for nested keys), if one is.
    public let key: String?
    /// Why it was refused, for people.
    public let reason: String

    /// An error of `kind` about `key` (nil: the policy as a whole), saying why.
    public init(_ kind: Kind, key: String?, reason: String) {
        self.kind = kind
        self.key = key
        self.reason = reason
    }

    /// The key at fault and the reason, for people.
    public var description: String { key.map { "key '\(TerminalText.inline($0))' \(reason)" } ?? reason }
}

/// The kinds of PolicyError.
extension ErrorKind where Domain == PolicyError {
    /// The policy file cannot be read.
    public static let unreadable = Self("unreadable")
    /// The policy is not a JSON object.
    public static let notJSON = Self("not JSON")
    /// A key that is not a policy key, rule ID or limit.
    public static let unknownKey = Self("unknown key")
    /// A value of the wrong JSON type.
    public static let wrongType = Self("wrong type")
    /// A value of the right type outside what the key accepts.
    public static let invalidValue = Self("invalid value")
}
