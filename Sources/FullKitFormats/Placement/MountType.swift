import FullKitCore

/// How a part is fitted, as an XY file's type column says it (LibrePCB `Type`, `Mount Type`, `Technology` …).
public enum MountType: String, Sendable, Hashable {
    /// Soldered on pads on the surface: `SMT`, `SMD`.
    case surfaceMount = "SMT"
    /// Through holes: `THT`, `TH`, `PTH`, `through hole`.
    case throughHole = "THT"
    /// Both (LibrePCB `THT+SMT`).
    case mixed = "THT+SMT"
    /// A fiducial mark.
    case fiducial
    /// Anything else the column says (`Other`, a mechanical part).
    case other

    /// The mount type a cell names, compared without case and punctuation; nil for an empty cell.
    public init?(cell: String) {
        let word = cell.lowercased().filter { $0.isLetter || $0 == "+" }
        guard !word.isEmpty else { return nil }
        switch word {
        case "smt", "smd", "surfacemount", "surface": self = .surfaceMount
        case "tht", "th", "pth", "throughhole", "thruhole", "thru", "through": self = .throughHole
        case "tht+smt", "smt+tht", "mixed": self = .mixed
        case "fiducial", "fid": self = .fiducial
        default: self = .other
        }
    }
}
