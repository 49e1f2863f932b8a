import FullKitCore

/// The copper's plated features (vias and through-hole pads), which only plated drill data can make, and how they
/// were seen: by X2 aperture functions (`ViaPad`, `ComponentPad`), or by geometry, as flashes at the same point on
/// both outer copper layers (a via's or a through-hole pad's two lands; an SMD pad has one side).
public struct PlatedFeatures: Sendable, Hashable {
    /// How many were found.
    public var count: Int
    /// How they were seen, in words, e.g. "412 flashes at the same point on both outer copper layers".
    public var evidence: String

    /// The grid the two sides' flash centres are matched on, in millimetres: CAD tools write both lands of a via from
    /// the same coordinate, so they agree to the file's resolution.
    static let matchGrid = 0.001

    /// The plated features of `entries`' copper, or nil when it shows none.
    static func find(in entries: [PackEntry]) -> PlatedFeatures? {
        var marked = 0
        for entry in entries where entry.identification.role == .copper {
            marked += entry.gerber?.pads.count { $0.function?.hasPrefix("ViaPad") == true || $0.isThroughHole } ?? 0
        }
        if marked > 0 {
            return PlatedFeatures(
                count: marked,
                evidence: "\(marked) copper flashes X2 marks as vias or through-hole pads (ViaPad, ComponentPad)")
        }
        let outer = entries.outerCopperPads()
        let (top, bottom) = (outer.filter { $0.side == .top }, outer.filter { $0.side == .bottom })
        guard top.count == 1, bottom.count == 1 else { return nil }
        let (topPads, bottomPads) = (top[0].pads, bottom[0].pads)
        func key(_ pad: Pad) -> Int64 {
            let x = Int64((pad.x / matchGrid).rounded())
            let y = Int64((pad.y / matchGrid).rounded())
            return x &* 0x1_0000_0001 &+ y
        }
        let topKeys = Set(topPads.map(key))
        let shared = Set(bottomPads.map(key)).intersection(topKeys).count
        guard shared > 0 else { return nil }
        return PlatedFeatures(
            count: shared,
            evidence:
                "\(shared) flash\(shared == 1 ? "" : "es") at the same point on both outer copper layers (\(top[0].entry.path), \(bottom[0].entry.path))"
        )
    }
}
