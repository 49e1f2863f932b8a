/// Reads XY files: CSV/TSV exports (KiCad, JLCPCB, EasyEDA, Altium CSV, DipTrace …), KiCad's ASCII `.pos`, Altium's
/// "Pick Place" text, and Eagle's header-less `mountsmd` `.mnt`/`.mnb` files.
public enum PlacementReader {
    /// Reads the XY file in `bytes`. `fileName` decides the header-less Eagle format and its side.
    public static func read(_ bytes: [UInt8], fileName: String) -> PlacementList {
        let lowered = fileName.lowercased()
        if lowered.hasSuffix(".mnt") || lowered.hasSuffix(".mnb") {
            return readEagleMountSMD(bytes, side: lowered.hasSuffix(".mnt") ? .top : .bottom)
        }
        let whitespace = lowered.hasSuffix(".pos") || lowered.hasSuffix(".txt")
        let file = TabularFile(bytes, required: [.designator, .x, .y], whitespaceSeparated: whitespace && !lowered.hasSuffix(".csv"))
        var list = PlacementList(encoding: file.decoded.encoding)
        guard file.headerIndex != nil else {
            list.issues.append(ParseIssue(
                .error, "XY_NO_HEADER", at: 0,
                "no header row naming the designator, X and Y columns (e.g. Designator, Mid X, Mid Y) in the first \(TabularFile.headerSearchDepth) lines",
                fix: "Export the placement file with a header row: Designator, Mid X, Mid Y, Rotation, Layer."))
            list.issues.locate(file)
            return list
        }
        (list.unit, list.unitEvidence) = statedUnit(file)
        let columns = file.columns.columns
        for record in file.dataRecords where !file.isComment(record) {
            let designatorColumn = columns[.designator]!
            let designator = file.string(record, designatorColumn)
            let offset = designatorColumn < record.fields.count ? record.fields[designatorColumn].offset : record.offset
            if designator.isEmpty {
                list.issues.append(ParseIssue(
                    .error, "XY_EMPTY_DESIGNATOR", at: offset, "a placement row has no designator",
                    fix: "Give every placed part its designator in the XY file."))
                continue
            }
            let x = coordinate(file.string(record, columns[.x]!), list: &list, at: offset)
            let y = coordinate(file.string(record, columns[.y]!), list: &list, at: offset)
            if x == nil || y == nil {
                list.issues.append(ParseIssue(
                    .error, "XY_INVALID_COORDINATE", at: offset, "the position of \(designator) is not a number",
                    fix: "Export the placement file again; every row needs numeric X and Y."))
            }
            list.placements.append(PlacementList.Placement(
                designator: designator, x: x, y: y,
                rotation: columns[.rotation].flatMap { DecimalNumber.parse(file.string(record, $0)) },
                side: columns[.side].flatMap { side(file.string(record, $0)) },
                value: columns[.value].map { file.string(record, $0) } ?? "",
                footprint: columns[.footprint].map { file.string(record, $0) } ?? "",
                location: file.location(offset)))
        }
        list.issues.locate(file)
        return list
    }

    /// Reads side words: top/bottom, T/B, TopLayer/BottomLayer, front/back, and mirror flags (`SYM_MIRROR YES`).
    static func side(_ text: String) -> BoardSide? {
        switch text.lowercased().filter({ $0 != " " && $0 != "_" && $0 != "." }) {
        case "top", "t", "toplayer", "front", "f", "fcu", "no", "n", "0", "component", "componentside": .top
        case "bottom", "b", "bot", "bottomlayer", "back", "bcu", "yes", "y", "m", "mirrored", "1", "solder", "solderside": .bottom
        default: nil
        }
    }

    /// Parses a coordinate, taking a `mm`/`mil`/`in` suffix as the file's unit when nothing else stated one.
    private static func coordinate(_ text: String, list: inout PlacementList, at offset: Int) -> Double? {
        if let value = DecimalNumber.parse(text) { return value }
        for (suffix, unit) in [("mm", LengthUnit.millimeter), ("mil", .mil), ("in", .inch)] where text.lowercased().hasSuffix(suffix) {
            guard let value = DecimalNumber.parse(text.dropLast(suffix.count)) else { return nil }
            if list.unit == nil {
                list.unit = unit
                list.unitEvidence = "values carry a '\(suffix)' suffix"
            }
            return value
        }
        return nil
    }

    /// The unit stated in a header (`(mm)`) or a preamble line (`## Unit = mm`, `Units used: mil`, `UUNITS = …`).
    private static func statedUnit(_ file: TabularFile) -> (LengthUnit?, String?) {
        if let unit = file.columns.statedUnit {
            return (unit, "the X/Y column header names '\(unit.rawValue)'")
        }
        for line in file.preamble {
            let lowered = line.lowercased()
            guard lowered.contains("unit") else { continue }
            let unit: LengthUnit? =
                if lowered.contains("mm") || lowered.contains("millimeter") { .millimeter }
                else if lowered.contains("mil") { .mil }
                else if lowered.contains("inch") { .inch }
                else { nil }
            if let unit { return (unit, "the line \"\(line.prefix(60))\"") }
        }
        return (nil, nil)
    }

    /// Eagle `mountsmd.ulp` output: `name x y rotation value package`, millimetres, one file per side.
    private static func readEagleMountSMD(_ bytes: [UInt8], side: BoardSide) -> PlacementList {
        let decoded = DecodedText(bytes)
        let table = CSVReader.read(decoded.utf8, delimiter: nil)
        let lineIndex = LineIndex(decoded.utf8)
        var list = PlacementList(encoding: decoded.encoding)
        list.unit = .millimeter
        list.unitEvidence = "Eagle mountsmd.ulp writes millimetres"
        for record in table.records {
            let offset = record.fields.first?.offset ?? record.offset
            guard record.fields.count >= 3 else {
                list.issues.append(ParseIssue(
                    .error, "XY_INVALID_ROW", at: offset, "a row has fewer than the three fields name, X, Y",
                    fix: "Export the mountsmd file again."))
                continue
            }
            list.placements.append(PlacementList.Placement(
                designator: table.string(record, 0),
                x: DecimalNumber.parse(table.string(record, 1)),
                y: DecimalNumber.parse(table.string(record, 2)),
                rotation: DecimalNumber.parse(table.string(record, 3)),
                side: side,
                value: table.string(record, 4),
                footprint: table.string(record, 5),
                location: lineIndex.location(ofOffset: offset)))
        }
        for position in list.issues.indices {
            list.issues[position].location = lineIndex.location(ofOffset: list.issues[position].offset)
        }
        return list
    }
}
