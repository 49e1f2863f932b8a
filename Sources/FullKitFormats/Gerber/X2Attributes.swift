import FullKitCore

/// The X2 file attributes (`%TF…%`) of a Gerber or Excellon file, in any of their three spellings.
public struct X2Attributes: Sendable, Hashable, Codable {
    /// Every file attribute by name (with its leading dot, e.g. `.FileFunction`), values split at commas.
    public var values: [String: [String]] = [:]

    /// No attributes.
    public init() {}

    /// The `.FileFunction` fields, e.g. `["Copper", "L1", "Top"]`.
    public var fileFunction: [String]? { values[".FileFunction"] }
    /// The `.FilePolarity` value.
    public var filePolarity: String? { values[".FilePolarity"]?.first }
    /// The `.ProjectId` name, GUID and revision.
    public var projectId: ProjectId? {
        guard let fields = values[".ProjectId"], fields.count >= 3 else { return nil }
        return ProjectId(name: fields[0], guid: fields[1], revision: fields[2...].joined(separator: ","))
    }
    /// The `.GenerationSoftware` vendor, application and version joined by spaces.
    public var generationSoftware: String? { values[".GenerationSoftware"]?.joined(separator: " ") }
    /// The `.CreationDate` value as written.
    public var creationDate: String? { values[".CreationDate"]?.first }
    /// The `.SameCoordinates` key.
    public var sameCoordinates: String? { values[".SameCoordinates"]?.joined(separator: ",") }

    /// Records the attribute in a `TF` command body such as `.FileFunction,Copper,L1,Top`.
    mutating func record(_ body: String) {
        var fields = body.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimming(" ")
        }
        guard let name = fields.first, !name.isEmpty else { return }
        fields.removeFirst()
        values[name] = fields
    }
}
