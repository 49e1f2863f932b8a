import FullKitCore

/// The shapes of XY file the placement reader knows, each read by its own rules. Decided once per file, from its
/// name and first lines, by `detect(_:fileName:)`.
public enum PlacementDialect: Sendable, Hashable {
    /// A table with a header row naming designator, X and Y: CSV, TSV or semicolons, or split at white space (KiCad
    /// `.pos`, Altium "Pick Place" `.txt`, whose values hold commas).
    case table(whitespaceSeparated: Bool)
    /// Eagle's `mountsmd.ulp` output, one file per side (`.mnt` top, `.mnb` bottom): no header, millimetres.
    case eagleMountSMD(BoardSide)
    /// Allegro/OrCAD `place_txt`: a `UUNITS = …` first line (its unit, when it names one), then one part per line.
    case allegroPlaceText(LengthUnit?)
    /// Proteus `.pkp`: header lines, then one quoted record per part.
    case proteus
    /// An HTML report whose table lists the parts (PADS' Component Report).
    case htmlTable

    /// The dialect of the XY text `decoded`, named `fileName`.
    public static func detect(_ decoded: DecodedText, fileName: String) -> PlacementDialect {
        let lowered = fileName.lowercased()
        if let unit = allegroPlaceTextUnit(decoded.utf8) { return .allegroPlaceText(unit) }
        if lowered.hasSuffix(".pkp") { return .proteus }
        if HTMLTable.looksLikeHTML(decoded.utf8) { return .htmlTable }
        if lowered.hasSuffix(".mnt") { return .eagleMountSMD(.top) }
        if lowered.hasSuffix(".mnb") { return .eagleMountSMD(.bottom) }
        return .table(whitespaceSeparated: lowered.hasSuffix(".pos") || lowered.hasSuffix(".txt"))
    }

    /// The unit of an Allegro `place_txt` file (`UUNITS = MILLIMETERS|MILS|INCHES` on its first line): nil when
    /// the file is not one, `.some(nil)` when its UUNITS line names no unit FullKit knows.
    private static func allegroPlaceTextUnit(_ text: [UInt8]) -> LengthUnit?? {
        let head = String(decoding: text.prefix(256), as: UTF8.self)
        guard let line = head.split(whereSeparator: \.isNewline).first, line.trimming(" ").hasPrefix("UUNITS") else {
            return nil
        }
        let upper = line.uppercased()
        if upper.contains("MILLIMETER") { return .some(.millimeter) }
        if upper.contains("MIL") { return .some(.mil) }
        if upper.contains("INCH") { return .some(.inch) }
        return .some(nil)
    }
}
