import FullKitCore

/// Recognises the columns of a table that has no header row from its data, as a person reading it would: Eagle's
/// placement files (`BT1, 250, 1150,Top, 90` or TAB-separated `C1  22.23  60.58  0.00  0.1uF  C0603`), PADS'
/// `BillOfMaterials.rep` (`"C1 C4"  ""  "GRM188…"  "2"  …`). An XY table: designators in the first column, numbers in
/// the next two (X, Y), then a rotation, a side word, value and package. A BOM: designator lists in the first column
/// and a column of whole numbers that count them. Nine rows in ten must agree, and at least two rows must be there.
enum HeaderlessTable {
    /// How many leading records are looked at.
    static let sampleRows = 40

    /// The table of `decoded`, split at `delimiter` (white space when nil), with columns recognised from its data,
    /// when they give every `required` kind; nil otherwise.
    static func infer(
        _ decoded: DecodedText, delimiter: UInt8?, required: Set<ColumnKind>, limits: ReadLimits
    ) -> TabularFile.Search? {
        let fresh = CSVCursor(delimiter: delimiter, maximumRecordLength: limits.maximumLineLength)
        let sample: (rows: [[String]], location: SourceLocation?) = decoded.utf8.withUnsafeBytes { text in
            var cursor = fresh
            var buffer = CSVCursor.makeFieldBuffer()
            var rows: [[String]] = []
            var location: SourceLocation?
            while rows.count < sampleRows, cursor.next(text, into: &buffer) {
                let fields = buffer.fields.map { text.fieldText($0) }
                guard let first = fields.first, !first.hasPrefix("#") else { continue }
                if location == nil { location = buffer.fields[0].location }
                rows.append(fields)
            }
            return (rows, location)
        }
        guard sample.rows.count >= 2, let location = sample.location,
            let columns = placementColumns(sample.rows) ?? bomColumns(sample.rows),
            required.isSubset(of: columns.keys)
        else { return nil }
        var map = ColumnMap(headers: [])
        map.columns = columns
        let width = sample.rows.map(\.count).max() ?? 0
        let names = (0..<width).map { index in
            columns.first { $0.value == index }.map { "(\($0.key.rawValue))" } ?? "(column \(index + 1))"
        }
        var header = TabularFile.Header(names: names, location: location, columns: map)
        header.inferred = true
        return TabularFile.Search(delimiter: delimiter, header: header, preamble: [], cursor: fresh)
    }

    /// Columns of an XY table, or nil when the rows do not read as one.
    private static func placementColumns(_ rows: [[String]]) -> [ColumnKind: Int]? {
        guard mostly(rows, { $0.count >= 3 && isDesignator($0[0]) && isNumber($0[1]) && isNumber($0[2]) }) else {
            return nil
        }
        var columns: [ColumnKind: Int] = [.designator: 0, .x: 1, .y: 2]
        let width = rows.map(\.count).min() ?? 3
        for index in 3..<max(width, 3) {
            if columns[.rotation] == nil,
                mostly(rows, { row in Double(row[index]).map { abs($0) <= 360 } == true })
            {
                columns[.rotation] = index
            } else if columns[.side] == nil, mostly(rows, { sideWords.contains($0[index].lowercased()) }) {
                columns[.side] = index
            } else if columns[.value] == nil {
                columns[.value] = index
            } else if columns[.footprint] == nil {
                columns[.footprint] = index
            }
        }
        return columns
    }

    /// Columns of a BOM, or nil when the rows do not read as one.
    private static func bomColumns(_ rows: [[String]]) -> [ColumnKind: Int]? {
        guard mostly(rows, { !$0.isEmpty && designatorCount($0[0]) > 0 }) else { return nil }
        let width = rows.map(\.count).min() ?? 1
        for index in 1..<max(width, 1) {
            let counts = mostly(rows) { row in Int(row[index]).map { $0 == designatorCount(row[0]) } == true }
            if counts { return [.designator: 0, .quantity: index] }
        }
        return nil
    }

    /// Whether nine rows in ten satisfy `test`.
    private static func mostly(_ rows: [[String]], _ test: ([String]) -> Bool) -> Bool {
        rows.count { test($0) } * 10 >= rows.count * 9
    }

    private static let sideWords: Set<String> = [
        "top", "bot", "bottom", "t", "b", "toplayer", "bottomlayer", "front", "back",
    ]

    /// Whether `text` reads as one designator: letters, then digits, then at most a few letters or digits (`R1`,
    /// `XTAL1`, `U1A`).
    private static func isDesignator(_ text: String) -> Bool {
        text.wholeMatch(of: /[A-Za-z][A-Za-z_]{0,11}[0-9]{1,6}[A-Za-z0-9_]{0,4}/) != nil
    }

    /// How many designators `text` lists (ranges expanded), or 0 when it is not a designator list.
    private static func designatorCount(_ text: String) -> Int {
        let parts = text.split { $0 == " " || $0 == "," || $0 == ";" }
        guard !parts.isEmpty, parts.allSatisfy({ isDesignator(String($0)) || isRange(String($0)) }) else { return 0 }
        return DesignatorList.parse(text).designators.count
    }

    /// Whether `text` is a range such as `R1-R5` or `U1-2`.
    private static func isRange(_ text: String) -> Bool {
        text.wholeMatch(of: /[A-Za-z]{1,12}[0-9]{1,6}-[A-Za-z]{0,12}[0-9]{1,6}/) != nil
    }

    /// Whether `text` is a number, with or without a unit suffix (`12.5`, `1050mil`).
    private static func isNumber(_ text: String) -> Bool {
        Double(text) != nil || text.wholeMatch(of: /-?[0-9]+(\.[0-9]+)?(mm|mil|in)/) != nil
    }
}
