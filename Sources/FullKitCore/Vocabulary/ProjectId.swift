/// The X2 `.ProjectId` attribute: which project and revision a file belongs to.
public struct ProjectId: Sendable, Hashable, Codable {
    /// The project (board) name.
    public var name: String
    /// The project's GUID (KiCad derives it from the board file name).
    public var guid: String
    /// The revision (`rev?` when KiCad has none).
    public var revision: String

    /// A project `name`, `guid` and `revision`.
    public init(name: String, guid: String, revision: String) {
        self.name = name
        self.guid = guid
        self.revision = revision
    }
}
