import FullKitCore

/// Reads XY files: CSV/TSV exports (KiCad, JLCPCB, EasyEDA, Altium CSV, DipTrace …), KiCad's ASCII `.pos`, Altium's
/// "Pick Place" text, Allegro's component report and `place_txt`, Eagle's header-less `.mnt`/`.mnb` files, Proteus
/// `.pkp` and PADS' HTML Component Report (whose locations are rows of its table, counted from the top).
public enum PlacementReader {
    /// Reads the XY file in `bytes`, named `fileName` (which, with its first lines, decides the dialect), skipping
    /// lines longer than `limits.maximumLineLength`.
    public static func read(_ bytes: [UInt8], fileName: String, limits: ReadLimits = ReadLimits()) -> PlacementList {
        let decoded = DecodedText(bytes)
        return read(decoded, dialect: PlacementDialect.detect(decoded, fileName: fileName), limits: limits)
    }

    /// Reads `decoded` as `dialect`. A table whose header row was already found (while the file was identified) is
    /// passed as `table` and used when it was split the way `dialect` splits and names X and Y. Placements that say
    /// no side get `defaultSide` (what the file's name says, for files that list one side).
    package static func read(
        _ decoded: DecodedText, dialect: PlacementDialect, table: TabularFile? = nil, defaultSide: BoardSide? = nil,
        limits: ReadLimits
    ) -> PlacementList {
        switch dialect {
        case .allegroPlaceText(let unit):
            return readAllegroPlaceText(decoded, unit: unit, limits: limits)
        case .proteus:
            return readProteus(decoded, limits: limits)
        case .htmlTable:
            // Read once as a table: a cell whose decoded text looks like HTML again is text, not another report.
            let cells = DecodedText(
                utf8: HTMLTable.tabSeparated(decoded.utf8), encoding: decoded.encoding,
                firstInvalid: decoded.firstInvalidByteOffset)
            return readTable(
                TabularFile(cells, required: [.designator, .x, .y], limits: limits), defaultSide: defaultSide)
        case .eagleMountSMD(let side):
            // Other Eagle scripts write the same extension with commas and a side column: read by their data.
            let delimited = TabularFile(decoded, required: [.designator, .x, .y], limits: limits)
            if delimited.delimiter != nil, delimited.header?.inferred == true {
                return readTable(delimited, defaultSide: side)
            }
            // mountsmd.ulp: no header, white space between the fields.
            return readTable(
                TabularFile(
                    decoded, required: [.designator, .x, .y], whitespaceSeparated: true, headerless: true,
                    limits: limits),
                defaultSide: side, mountSMD: true)
        case .table(let whitespaceSeparated):
            if let table, table.header?.columns.columns[.x] != nil, table.header?.columns.columns[.y] != nil,
                !whitespaceSeparated || table.delimiter == nil
            {
                return readTable(table, defaultSide: defaultSide)
            }
            return readTable(
                TabularFile(
                    decoded, required: [.designator, .x, .y], whitespaceSeparated: whitespaceSeparated, limits: limits),
                defaultSide: defaultSide)
        }
    }

    /// Reads a delimited or white-space separated XY table; `mountSMD` reads Eagle's header-less `.mnt`/`.mnb` as
    /// mountsmd.ulp writes them. Placements that say no side get `defaultSide`.
    private static func readTable(_ file: TabularFile, defaultSide: BoardSide?, mountSMD: Bool = false) -> PlacementList
    {
        var list = PlacementList(encoding: file.decoded.encoding)
        let limits = file.limits
        if let offset = file.decoded.firstInvalidByteOffset {
            list.issues.append(TextIssues.notUTF8(offset, what: "XY file"))
        }
        let columns: [ColumnKind: Int]
        var sideNumbering = BoardSideWords.Numbering.none
        if mountSMD {
            // Eagle mountsmd.ulp: `name x y rotation value package` split at white space, millimetres, one file per side.
            columns = [.designator: 0, .x: 1, .y: 2, .rotation: 3, .value: 4, .footprint: 5]
            (list.unit, list.unitEvidence) = (.millimeter, "Eagle mountsmd.ulp writes millimetres")
        } else if let header = file.header {
            columns = header.columns.columns
            let names = header.names.map { ColumnMap.normalise($0).name }
            if names.contains("xloc") {
                // MacroFab XYRS: `Designator X-Loc Y-Loc Rotation Side Type …`, always mils, Side 1 top and 2 bottom.
                (list.unit, list.unitEvidence) = (.mil, "MacroFab XYRS (X-Loc, Y-Loc columns) is in mils")
                sideNumbering = .macroFab
            } else {
                (list.unit, list.unitEvidence) = statedUnit(header, preamble: file.preamble)
            }
            if let side = columns[.side], ["symmirror", "mirror"].contains(names[side]) { sideNumbering = .mirrorFlag }
        } else {
            list.issues.append(
                ParseIssue(
                    .xyNoHeader, at: 0,
                    "no header row naming the designator, X and Y columns (e.g. Designator, Mid X, Mid Y) in the first \(TabularFile.headerSearchDepth) lines",
                    location: SourceLocation(line: 1, column: 1)))
            return list
        }
        let designatorColumn = columns[.designator]!
        let (xColumn, yColumn, rotationColumn) = (columns[.x], columns[.y], columns[.rotation])
        let (sideColumn, valueColumn, footprintColumn) = (columns[.side], columns[.value], columns[.footprint])
        let (descriptionColumn, mountTypeColumn) = (columns[.description], columns[.mountType])
        var interner = StringInterner()
        list.placements.reserveCapacity(file.estimatedRecordCount)
        var placed = 0  // counted here, not read from `list` per row
        let overlong = file.forEachRecord { record in
            guard !record.isComment else {
                // gEDA/pcb-rnd state the unit in a comment after their header: `# X,Y in mil.  rotation in degrees.`
                if list.unit == nil {
                    let comment = record.commentText
                    if let unit = unitStated(by: comment) {
                        (list.unit, list.unitEvidence) = (unit, "the comment \"\(comment.prefix(60))\"")
                    }
                }
                return
            }
            let location = record.location(designatorColumn)
            let designator = record.string(designatorColumn)
            guard !designator.isEmpty else {
                list.issues.append(
                    ParseIssue(.xyEmptyDesignator, at: 0, "a placement row has no designator", location: location))
                return
            }
            let x = record.number(xColumn)
            let y = record.number(yColumn)
            if x == nil || y == nil {
                list.issues.append(
                    ParseIssue(
                        .xyInvalidCoordinate, at: 0, "the position of \(designator) is not a number", location: location
                    ))
            }
            if list.unit == nil, let suffix = x?.suffix ?? y?.suffix {
                list.unit = suffix
                list.unitEvidence = "values carry a '\(suffix.rawValue)' suffix"
            }

            if Designators.hasLowercasePrefix(record.text, record.trimmedRange(designatorColumn)) {
                list.issues.append(Designators.lowercaseIssue(designator, location: location))
            }
            guard placed < limits.maximumParts else {
                if list.issues.last?.ruleID != Rule.xyTooManyPlacements.id {
                    list.issues.append(tooManyPlacements(at: location, limits: limits))
                }
                return
            }
            placed += 1
            list.placements.append(
                PlacementList.Placement(
                    designator: designator, x: inUnit(x, list.unit), y: inUnit(y, list.unit),
                    rotation: record.number(rotationColumn)?.value,
                    side: record.side(sideColumn, numbering: sideNumbering) ?? defaultSide,
                    value: record.string(valueColumn, interning: &interner),
                    footprint: record.string(footprintColumn, interning: &interner),
                    description: descriptionColumn == nil ? "" : record.string(descriptionColumn, interning: &interner),
                    mountType: mountTypeColumn.flatMap { column in
                        let cell = record.string(column)
                        // MacroFab XYRS numbers its types: 1 is SMD, 2 through-hole.
                        if sideNumbering == .macroFab, cell == "1" || cell == "2" {
                            return cell == "1" ? .surfaceMount : .throughHole
                        }
                        return MountType(cell: cell)
                    },
                    location: location))
        }
        list.issues += overlong
        return list
    }

    /// A number in `unit`: one whose suffix names another unit (`14.4mm` among `1050mil`) is converted.
    @inline(__always)
    private static func inUnit(_ number: (value: Double, suffix: LengthUnit?)?, _ unit: LengthUnit?) -> Double? {
        guard let number, let suffix = number.suffix, let unit, suffix != unit else { return number?.value }
        return number.value * suffix.millimeters / unit.millimeters
    }

    /// Proteus `.pkp`: header lines, then `"R1","10k","0402",[Stock Code,]TOP,270,15.1678,15.24` per part
    /// (designator, value, package, an optional stock code, layer, rotation, X, Y); millimetres unless a header line
    /// says `Units … thou`.
    private static func readProteus(_ decoded: DecodedText, limits: ReadLimits) -> PlacementList {
        let file = TabularFile(decoded, required: [], headerless: true, limits: limits)
        var list = PlacementList(encoding: file.decoded.encoding)
        (list.unit, list.unitEvidence) = (.millimeter, "Proteus writes millimetres when no Units line says thou")
        var interner = StringInterner()
        let overlong = file.forEachRecord { record in
            guard let first = record.fields.first, first.isQuoted else {
                let line = (0..<record.fields.count).map { record.string($0) }.joined(separator: " ").lowercased()
                if line.contains("units"), line.contains("thou") {
                    (list.unit, list.unitEvidence) = (.mil, "the Proteus Units line says thou")
                }
                return
            }
            // Seven fields, or eight with the stock code after the package.
            let shift = record.fields.count >= 8 ? 1 : 0
            guard record.fields.count >= 7, let x = record.number(5 + shift), let y = record.number(6 + shift) else {
                list.issues.append(
                    ParseIssue(
                        .xyInvalidCoordinate, at: 0,
                        "the row of \(record.string(0)) does not read as designator, value, package, layer, rotation, X, Y",
                        location: record.location(0)))
                return
            }
            guard list.placements.count < limits.maximumParts else {
                if list.issues.last?.ruleID != Rule.xyTooManyPlacements.id {
                    list.issues.append(tooManyPlacements(at: record.location(0), limits: limits))
                }
                return
            }
            list.placements.append(
                PlacementList.Placement(
                    designator: record.string(0), x: x.value, y: y.value, rotation: record.number(4 + shift)?.value,
                    side: record.side(3 + shift), value: record.string(1, interning: &interner),
                    footprint: record.string(2, interning: &interner), location: record.location(0)))
        }
        list.issues += overlong
        return list
    }

    /// The issue of a file past `limits.maximumParts` placements.
    private static func tooManyPlacements(at location: SourceLocation, limits: ReadLimits) -> ParseIssue {
        ParseIssue(
            .xyTooManyPlacements, at: 0,
            "the file lists more than \(CountedNoun.phrase(limits.maximumParts, "placement")) (limit maximumParts); this row and the rest were not read",
            location: location)
    }

    /// Allegro/OrCAD `place_txt`: `UUNITS = …`, then `refdes x y rotation [m] symbol`, where `m` marks a mirrored
    /// (bottom-side) part.
    private static func readAllegroPlaceText(_ decoded: DecodedText, unit: LengthUnit?, limits: ReadLimits)
        -> PlacementList
    {
        let file = TabularFile(decoded, required: [], whitespaceSeparated: true, headerless: true, limits: limits)
        var list = PlacementList(encoding: file.decoded.encoding)
        (list.unit, list.unitEvidence) = (unit, unit.map { _ in "the UUNITS line" })
        let overlong = file.forEachRecord { record in
            let first = record.string(0)
            guard !first.hasPrefix("UUNITS"), !record.isComment else { return }
            guard record.fields.count >= 4, let x = record.number(1), let y = record.number(2) else {
                list.issues.append(
                    ParseIssue(
                        .xyInvalidCoordinate, at: 0, "the row of \(first) does not read as refdes, X, Y, rotation",
                        location: record.location(0)))
                return
            }
            let mirrored = record.string(4).lowercased() == "m"
            guard list.placements.count < limits.maximumParts else {
                if list.issues.last?.ruleID != Rule.xyTooManyPlacements.id {
                    list.issues.append(tooManyPlacements(at: record.location(0), limits: limits))
                }
                return
            }
            list.placements.append(
                PlacementList.Placement(
                    designator: first, x: x.value, y: y.value, rotation: record.number(3)?.value,
                    side: mirrored ? .bottom : .top, value: "", footprint: record.string(mirrored ? 5 : 4),
                    location: record.location(0)))
        }
        list.issues += overlong
        return list
    }

    /// The unit stated in a header (`(mm)`) or a preamble line (`## Unit = mm`, `Units used: mil`, `UUNITS = …`).
    private static func statedUnit(_ header: TabularFile.Header, preamble: [String]) -> (LengthUnit?, String?) {
        if let unit = header.columns.statedUnit {
            return (unit, "the X/Y column header names '\(unit.rawValue)'")
        }
        for line in preamble {
            if let unit = unitStated(by: line) { return (unit, "the line \"\(line.drop { $0 == " " }.prefix(60))\"") }
        }
        return (nil, nil)
    }

    /// The unit a line states: `## Unit = mm`, `Units used: mil`, `UUNITS = …`, or gEDA's `# X,Y in mil.`.
    private static func unitStated(by line: String) -> LengthUnit? {
        let lowered = line.lowercased()
        if let range = lowered.firstRange(of: "x,y in ") {
            let word = lowered[range.upperBound...].prefix { $0.isLetter }
            return word == "mils" ? .mil : LengthUnit(rawValue: String(word))
        }
        guard lowered.contains("unit") else { return nil }
        if lowered.contains("mm") || lowered.contains("millimeter") { return .millimeter }
        if lowered.contains("mil") { return .mil }
        if lowered.contains("inch") { return .inch }
        return nil
    }
}
