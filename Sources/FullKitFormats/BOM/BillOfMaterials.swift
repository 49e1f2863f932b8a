import FullKitCore

/// A bill of materials as read from a BOM file: one entry per line item.
public struct BillOfMaterials: Sendable {
    /// One line item of the BOM.
    public struct Line: Sendable {
        /// The designators listed on the line, ranges expanded.
        public var designators: DesignatorNames
        /// The quantity column's number, when there is one and it parses.
        public var quantity: Int?
        /// The value (or comment) column.
        public var value: String
        /// The footprint (or package) column.
        public var footprint: String
        /// The description column, or "".
        public var description: String { designators.cell(cells.description) }
        /// The library part the line uses (Eagle's `Device`, Altium's `LibRef`), or "".
        public var device: String { designators.cell(cells.device) }
        /// The first part number the line gives (MPN, supplier or LCSC number), or "" when it gives none.
        public var partNumber: String { designators.cell(cells.partNumber) }
        /// Where the description, device and part number are written: spans of the text the designators share (0
        /// when empty), so that a line holds no strings for cells most checks never read.
        var cells: (description: UInt64, device: UInt64, partNumber: UInt64)
        /// Why the line counts as "do not place", when it does (e.g. `DNP column says "DNP"`).
        public var doNotPlace: String?
        /// Where the line's designator cell starts.
        public var location: SourceLocation
    }

    /// The text encoding the file used.
    public var encoding: TextEncoding
    /// The line items, in file order.
    public var lines: [Line] = []
    /// The header names of the columns that give a part number (`MPN`, `LCSC`, `Supplier Part Number 1` …), in
    /// file order; a line's `partNumber` is the first of them that is not empty.
    public var partNumberColumns: [String] = []
    /// Problems found while reading.
    public var issues: [ParseIssue] = []
}
