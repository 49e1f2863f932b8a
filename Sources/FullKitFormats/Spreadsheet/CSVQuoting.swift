/// How a spreadsheet cell is written as a CSV field when a workbook is turned into text for the tabular readers.
enum CSVQuoting {
    /// `cell` in double quotes, its own quotes doubled. Cells without a quote (nearly all) are not searched twice:
    /// a generic `replacing` cost more than the rest of reading a wide sheet.
    static func quoted(_ cell: String) -> String {
        guard cell.utf8.contains(UInt8(ascii: "\"")) else { return "\"" + cell + "\"" }
        var result = "\""
        for character in cell.unicodeScalars {
            if character == "\"" { result.unicodeScalars.append("\"") }
            result.unicodeScalars.append(character)
        }
        return result + "\""
    }
}
