/// When a file says it was made: X2 `.CreationDate` in a Gerber or drill file, or the job file's header.
public struct CreationDate: Sendable, Hashable {
    /// The file's display path.
    public var file: String
    /// The date as seconds since 1970 (UTC).
    public var secondsSince1970: Int
}
