import FullKitCore

/// Reads a BOM (CSV, TSV, semicolon; UTF-8, UTF-16 or Windows-1252) into a `BillOfMaterials`.
public enum BOMReader {
    /// Value tokens that mark a line as not to be placed.
    static let doNotPlaceValues: Set<String> = [
        "dnp", "np", "n.m.", "nm", "nc", "nf", "dni", "dnm", "nopop", "no pop", "do not place", "not fitted", "no load",
        "noload", "不贴件", "不贴",
    ]

    /// Phrases that mark a line as not to be placed in whichever cell they stand (a Notes or Manufacturer column, as
    /// Altium's `NOT FITTED PART` and PADS' `不贴件` in real packs): unlike `NC` or `NP`, no part value or number
    /// reads so.
    static let doNotPlacePhrases: Set<String> = [
        "dnp", "dnm", "dni", "do not place", "do not populate", "do not mount", "not fitted", "not fitted part",
        "not populated", "not mounted", "not assembled", "no load", "no pop", "nopop", "不贴件", "不贴", "不焊", "不上件",
        "nicht bestückt", "nicht bestueckt", "non monté", "non monte", "ne pas monter", "no montar", "no poblar",
    ]

    /// Whether a cell starting with each byte can be one of `doNotPlaceValues` or `doNotPlacePhrases` (their first
    /// bytes, in either case): other cells are passed without lower-casing them and looking them up.
    private static let doNotPlaceInitials: [Bool] = {
        var initials = [Bool](repeating: false, count: 256)
        for value in doNotPlaceValues.union(doNotPlacePhrases) {
            let first = value.utf8.first!
            initials[Int(first)] = true
            initials[Int(ASCII.uppercased(first))] = true
        }
        return initials
    }()

    /// Whether `text` (lower-cased) is in `words`, looked up only when its first byte and length allow it.
    private static func isDoNotPlace(_ text: String, in words: Set<String>) -> Bool {
        guard let first = text.utf8.first, doNotPlaceInitials[Int(first)], text.utf8.count <= 16 else { return false }
        return words.contains(text.lowercased())
    }

    /// Reads the BOM in `bytes`, within `limits` (line length, designators per cell, range expansion).
    public static func read(_ bytes: [UInt8], limits: ReadLimits = ReadLimits()) -> BillOfMaterials {
        read(table(DecodedText(bytes), limits: limits))
    }

    /// The table a BOM is read as: `decoded`, its header the first row with a designator column.
    package static func table(_ decoded: DecodedText, limits: ReadLimits) -> TabularFile {
        TabularFile(decoded, required: [.designator], limits: limits)
    }

    /// Reads the BOM laid out in `file` (its header found, see `table(_:limits:)`), within the file's limits.
    package static func read(_ file: TabularFile) -> BillOfMaterials {
        let limits = file.limits
        var bom = BillOfMaterials(encoding: file.decoded.encoding)
        if let offset = file.decoded.firstInvalidByteOffset {
            bom.issues.append(TextIssues.notUTF8(offset, what: "BOM"))
        }
        guard let header = file.header, let designatorColumn = file.column(.designator) else {
            bom.issues.append(
                ParseIssue(
                    .bomNoDesignatorColumn, at: 0,
                    "no header row with a designator column (Designator, Reference, Ref, RefDes, Parts …) in the first \(TabularFile.headerSearchDepth) lines",
                    location: SourceLocation(line: 1, column: 1)))
            return bom
        }
        let quantityColumn = file.column(.quantity)
        let valueColumn = file.column(.value)
        let footprintColumn = file.column(.footprint)
        let descriptionColumn = file.column(.description)
        let deviceColumn = file.column(.device)
        let partNumberColumns = header.columns.partNumberColumns
        bom.partNumberColumns = partNumberColumns.map { header.names[$0] }
        let (firstPartNumberColumn, otherPartNumberColumns) = (partNumberColumns.first, partNumberColumns.dropFirst())
        let doNotPlace = file.column(.doNotPlace).map { DoNotPlaceColumn(header: header.names[$0], index: $0) }
        var interner = StringInterner()
        var designators = DesignatorNames.Builder(textSize: file.decoded.utf8.count)
        var expansionBudget = limits.maximumExpandedDesignators
        bom.lines.reserveCapacity(file.estimatedRecordCount)
        var partCount = 0
        let overlong = file.forEachRecord { record in
            guard partCount <= limits.maximumParts else { return }
            let parsed = record.designators(
                designatorColumn, limits: limits, into: &designators, expansionBudget: &expansionBudget)
            let location = record.location(designatorColumn)
            for refused in parsed.refusedRanges {
                bom.issues.append(
                    ParseIssue(
                        .bomRangeTooLong, at: 0,
                        "the range '\(refused)' expands past \(CountedNoun.phrase(limits.maximumRangeExpansion, "designator")) (limit maximumRangeExpansion)",
                        location: location))
            }
            for refused in parsed.rangesPastFileLimit {
                bom.issues.append(
                    ParseIssue(
                        .bomRangeTooLong, at: 0,
                        "the range '\(refused)' was not expanded: the BOM's ranges together expand past \(CountedNoun.phrase(limits.maximumExpandedDesignators, "designator")) (limit maximumExpandedDesignators)",
                        location: location))
            }
            if parsed.isTruncated {
                bom.issues.append(
                    ParseIssue(
                        .bomTooManyDesignators, at: 0,
                        "the cell lists more than \(CountedNoun.phrase(limits.maximumDesignatorsPerCell, "designator")) (limit maximumDesignatorsPerCell); the rest were not read",
                        location: location))
            }
            let quantity = record.number(quantityColumn).flatMap { number -> Int? in
                number.value == number.value.rounded() && abs(number.value) < 1e9 ? Int(number.value) : nil
            }
            let value = record.string(valueColumn, interning: &interner)
            let footprint = record.string(footprintColumn, interning: &interner)
            // The first part-number column is read without iterating the list (most BOMs have one).
            var partNumber = record.cell(firstPartNumberColumn, into: &designators)
            if partNumber == 0, !otherPartNumberColumns.isEmpty {
                for column in otherPartNumberColumns where partNumber == 0 {
                    partNumber = record.cell(column, into: &designators)
                }
            }
            let description = record.cell(descriptionColumn, into: &designators)
            // A row that names no part (blank, or a total row: Altium's quantity sum under the lines) is no line.
            if parsed.designators.isEmpty && value.isEmpty && footprint.isEmpty && partNumber == 0 && description == 0 {
                return
            }
            let line = BillOfMaterials.Line(
                designators: parsed.designators, quantity: quantity, value: value, footprint: footprint,
                cells: (description, record.cell(deviceColumn, into: &designators), partNumber),
                doNotPlace: doNotPlaceEvidence(
                    record, doNotPlace, value: value, quantity: quantity, header: header.names),
                location: location)
            if line.designators.isEmpty {
                bom.issues.append(
                    ParseIssue(
                        .bomLineWithoutDesignator, at: 0,
                        "a BOM line (\(value.isEmpty ? "no value" : "'\(value)'")) has no designator",
                        location: location))
            }
            if let lower = parsed.firstLowercase {
                bom.issues.append(Designators.lowercaseIssue(lower, location: location))
            }
            partCount += line.designators.count
            guard partCount <= limits.maximumParts else {
                bom.issues.append(
                    ParseIssue(
                        .bomTooManyDesignators, at: 0,
                        "the BOM lists more than \(CountedNoun.phrase(limits.maximumParts, "designator")) (limit maximumParts); this line and the rest were not read",
                        location: location))
                return
            }
            bom.lines.append(line)
        }
        bom.issues += overlong
        // The lines were made before the designators' storage was complete: now they all share it.
        let storage = designators.finish(text: file.decoded.utf8)
        for index in bom.lines.indices { bom.lines[index].designators.storage = storage }
        return bom
    }

    /// Reads a workbook BOM (`.xlsx`, or a legacy `.xls`): the first sheet with a designator column, read as CSV (line
    /// N is sheet row N).
    public static func readWorkbook(_ bytes: [UInt8], limits: ReadLimits = ReadLimits()) -> BillOfMaterials {
        let sheets: [Worksheet]
        do throws(SpreadsheetError) {
            sheets = try Workbook.sheets(bytes, limits: limits)
        } catch {
            return unreadableWorkbook(error)
        }
        for sheet in sheets {
            let bom = read(sheet.csv, limits: limits)
            if !bom.issues.contains(where: { $0.ruleID == Rule.bomNoDesignatorColumn.id }) { return bom }
        }
        return read(sheets.first?.csv ?? [], limits: limits)
    }

    /// An empty BOM whose only issue says that the workbook it came from cannot be read, and why.
    package static func unreadableWorkbook(_ error: SpreadsheetError) -> BillOfMaterials {
        var bom = BillOfMaterials(encoding: .utf8)
        bom.issues.append(
            ParseIssue(
                .bomSpreadsheetUnreadable, at: 0, "the workbook cannot be read: \(error.detail)",
                location: SourceLocation(line: 1, column: 1)))
        return bom
    }

    /// The DNP-like column: its header decides whether a value means "placed" or "not placed".
    private struct DoNotPlaceColumn {
        let header: String
        let index: Int
        /// `Populate`, `Fitted`, `Mount`, `Install`: a "no" means do not place. `DNP`, `NoLoad`: a "yes" does.
        var isPositive: Bool { ["populate", "fitted", "mount", "install"].contains(ColumnMap.normalise(header).name) }
    }

    /// Why the line is not to be placed, in this order: a DNP-like column, quantity 0, a DNP value (`DNP`, or a
    /// token in parentheses at its end: `10k(NC)`), a DNP phrase in any other cell; nil when nothing says so.
    private static func doNotPlaceEvidence(
        _ record: TabularRecord,
        _ column: DoNotPlaceColumn?,
        value: String,
        quantity: Int?,
        header: [String]
    ) -> String? {
        if let column {
            let cell = record.string(column.index)
            let lowered = cell.lowercased()
            if column.isPositive, ["0", "no", "n", "false", "dnp"].contains(lowered) {
                return "\(column.header) column says '\(cell)'"
            }
            if !column.isPositive, !lowered.isEmpty, !["0", "no", "n", "false", "-"].contains(lowered) {
                return "\(column.header) column says '\(cell)'"
            }
        }
        if quantity == 0 { return "quantity is 0" }
        if isDoNotPlace(value, in: doNotPlaceValues) { return "value is '\(value)'" }
        if value.hasSuffix(")"), let open = value.lastIndex(of: "("),
            isDoNotPlace(
                String(value[value.index(after: open)..<value.index(before: value.endIndex)]), in: doNotPlaceValues)
        {
            return "value '\(value)' ends in '\(value[open...])'"
        }
        for index in record.fields.indices where index != column?.index {
            // The same first-byte and length test as `isDoNotPlace`, on the bytes: most cells make no String.
            let range = record.trimmedRange(index)
            guard !range.isEmpty, doNotPlaceInitials[Int(record.text[range.lowerBound])], range.count <= 16 else {
                continue
            }
            let cell = record.string(index)
            if doNotPlacePhrases.contains(cell.lowercased()) {
                return "\(index < header.count ? header[index] : "column \(index + 1)") column says '\(cell)'"
            }
        }
        return nil
    }
}
