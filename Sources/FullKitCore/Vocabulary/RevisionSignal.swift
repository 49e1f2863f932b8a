/// One version signal of the pack and the files that carry it: the revision table the report always shows.
public struct RevisionSignal: Sendable, Hashable, Codable {
    /// What kind of signal.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// X2 `.ProjectId` (or the job file's `ProjectId`): name, GUID and revision.
        case projectID = "project-id"
        /// X2 `.GenerationSoftware` or the job file's: vendor, application, version.
        case generationSoftware = "generation-software"
        /// The day of X2 `.CreationDate` (or the job file's); the exact times are in the files' details.
        case creationDay = "creation-day"
        /// A revision token in a data file's name: `rev B`, `RevA1`, `_rev1.2`, `-v0.3`.
        case fileNameRevision = "file-name-revision"
    }

    /// What kind of signal.
    public var kind: Kind
    /// The value as one of the files writes it.
    public var value: String
    /// The files that carry this value.
    public var files: [String]

    /// A signal `value` of `kind`, carried by `files`.
    public init(kind: Kind, value: String, files: [String]) {
        self.kind = kind
        self.value = value
        self.files = files
    }
}
