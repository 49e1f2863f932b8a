/// Reads a BOM (CSV, TSV, semicolon; UTF-8, UTF-16 or Windows-1252) into a `BillOfMaterials`.
public enum BOMReader {
    /// Value tokens that mark a line as not to be placed.
    static let doNotPlaceValues: Set<String> = [
        "dnp", "np", "n.m.", "nm", "nc", "nf", "dni", "do not place", "not fitted", "no load", "noload", "不贴件",
    ]

    /// Reads the BOM in `bytes`.
    public static func read(_ bytes: [UInt8]) -> BillOfMaterials {
        let file = TabularFile(bytes, required: [.designator])
        var bom = BillOfMaterials(encoding: file.decoded.encoding)
        if let offset = file.decoded.firstInvalidByteOffset {
            bom.issues.append(ParseIssue(
                .warning, "TEXT_NOT_UTF8", at: 0,
                "byte \(offset) is not valid UTF-8; the file was read as Windows-1252",
                fix: "Save the BOM as UTF-8 so that µ, Ω and other symbols survive."))
        }
        guard file.headerIndex != nil, let designatorColumn = file.columns.columns[.designator] else {
            bom.issues.append(ParseIssue(
                .error, "BOM_NO_DESIGNATOR_COLUMN", at: 0,
                "no header row with a designator column (Designator, Reference, Ref, RefDes, Parts …) in the first \(TabularFile.headerSearchDepth) lines",
                fix: "Export the BOM with a header row that names the designator column."))
            bom.issues.locate(file)
            return bom
        }
        let columns = file.columns.columns
        for record in file.dataRecords {
            let cell = file.string(record, designatorColumn)
            let parsed = DesignatorList.parse(cell)
            let offset = designatorColumn < record.fields.count ? record.fields[designatorColumn].offset : record.offset
            for refused in parsed.refusedRanges {
                bom.issues.append(ParseIssue(
                    .error, "BOM_RANGE_TOO_LONG", at: offset,
                    "the range '\(refused)' expands past \(DesignatorList.maximumRangeExpansion) designators",
                    fix: "List the designators explicitly or split the range."))
            }
            let quantityText = columns[.quantity].map { file.string(record, $0) } ?? ""
            let quantity = DecimalNumber.parse(quantityText).flatMap { $0 == $0.rounded() && abs($0) < 1e9 ? Int($0) : nil }
            let value = columns[.value].map { file.string(record, $0) } ?? ""
            let line = BillOfMaterials.Line(
                designators: parsed.designators,
                quantity: quantity,
                value: value,
                footprint: columns[.footprint].map { file.string(record, $0) } ?? "",
                doNotPlace: doNotPlaceEvidence(file, record, value: value, quantity: quantity),
                location: file.location(offset))
            if line.designators.isEmpty && (quantity ?? 0) == 0 && value.isEmpty && line.footprint.isEmpty {
                continue  // A separator or trailer row.
            }
            if line.designators.isEmpty {
                bom.issues.append(ParseIssue(
                    .warning, "BOM_LINE_WITHOUT_DESIGNATOR", at: offset,
                    "a BOM line (\(value.isEmpty ? "no value" : "'\(value)'")) has no designator",
                    fix: "Give the line its designators, or remove it if the part is not on the board."))
            }
            bom.lines.append(line)
        }
        bom.issues.locate(file)
        return bom
    }

    private static func doNotPlaceEvidence(
        _ file: TabularFile,
        _ record: CSVTable.Record,
        value: String,
        quantity: Int?
    ) -> String? {
        if let column = file.columns.columns[.doNotPlace] {
            let header = file.string(file.table.records[file.headerIndex!], column)
            let cell = file.string(record, column)
            let lowered = cell.lowercased()
            let (name, _) = ColumnMap.normalise(header)
            let positive = ["populate", "fitted", "mount", "install"].contains(name)
            if positive, ["0", "no", "n", "false", "dnp"].contains(lowered) {
                return "\(header) column says '\(cell)'"
            }
            if !positive, !lowered.isEmpty, !["0", "no", "n", "false", "-"].contains(lowered) {
                return "\(header) column says '\(cell)'"
            }
        }
        if quantity == 0 { return "quantity is 0" }
        if doNotPlaceValues.contains(value.lowercased()) { return "value is '\(value)'" }
        return nil
    }
}

extension TabularFile {
    /// The text of field `index` of `record`, or "" when the record is shorter.
    func string(_ record: CSVTable.Record, _ index: Int) -> String { table.string(record, index) }
}

extension Array where Element == ParseIssue {
    /// Fills in line and column from offsets into the decoded text of `file`.
    mutating func locate(_ file: TabularFile) {
        for position in indices {
            self[position].location = file.location(self[position].offset)
        }
    }
}
