/// Bounds on what reading a pack may cost. Defaults are far above any honest data pack and keep a hostile one
/// (a ZIP bomb, a million members) from exhausting memory.
public struct ReadLimits: Sendable, Hashable {
    /// The largest uncompressed size of one member.
    public var maximumMemberSize: Int = 512 << 20
    /// The largest uncompressed size of all members together, nested archives included.
    public var maximumTotalSize: Int = 2 << 30
    /// The most members one archive may list.
    public var maximumMemberCount: Int = 20_000
    /// The largest ratio of uncompressed to compressed size, applied to members over `ratioCheckThreshold`.
    public var maximumCompressionRatio: Int = 200
    /// Members smaller than this are not held to `maximumCompressionRatio`.
    public var ratioCheckThreshold: Int = 4 << 20
    /// How deep archives inside archives are opened: 1 opens an archive inside the pack, not one inside that.
    public var maximumNestingDepth: Int = 1

    public init() {}
}
