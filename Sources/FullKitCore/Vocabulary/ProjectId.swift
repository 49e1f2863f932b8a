/// The X2 `.ProjectId` attribute: which project and revision a file belongs to.
public struct ProjectId: Sendable, Hashable, Codable {
    public var name: String
    public var guid: String
    public var revision: String

    public init(name: String, guid: String, revision: String) {
        self.name = name
        self.guid = guid
        self.revision = revision
    }
}
