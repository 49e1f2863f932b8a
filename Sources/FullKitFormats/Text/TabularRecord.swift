import FullKitCore

/// One data record of a `TabularFile`, read field by field straight from the bytes; valid only inside the
/// `forEachRecord` call that passed it.
struct TabularRecord {
    let text: UnsafeRawBufferPointer
    let fields: UnsafeBufferPointer<CSVField>
    /// The file's delimiter; nil when fields are split at white space.
    let delimiter: UInt8?

    /// The field's text, or "" when the record has no such column.
    func string(_ column: Int?) -> String {
        guard let column, column < fields.count else { return "" }
        return text.fieldText(fields[column])
    }

    /// The field's text through `interner`, for columns whose values repeat (footprints, values).
    func string(_ column: Int?, interning interner: inout StringInterner) -> String {
        guard let column, column < fields.count else { return "" }
        let field = fields[column]
        guard !field.hasDoubledQuotes else { return text.fieldText(field) }
        return interner.string(text, text.trimmed(field.range))
    }

    /// The field kept as a span of the text in `builder` (its value in the side buffer when doubled quotes had to be
    /// undone); 0 when the record has no such column or the field is empty.
    func cell(_ column: Int?, into builder: inout DesignatorNames.Builder) -> UInt64 {
        guard let column, column < fields.count else { return 0 }
        let field = fields[column]
        guard !field.hasDoubledQuotes else { return builder.cell(text.fieldText(field)) }
        return builder.cell(text.trimmed(field.range))
    }

    /// The field's bytes without surrounding quotes, spaces and tabs (doubled quotes inside it left as they are), or
    /// an empty range when the record has no such column.
    func trimmedRange(_ column: Int?) -> Range<Int> {
        guard let column, column < fields.count else { return 0..<0 }
        return text.trimmed(fields[column].range)
    }

    /// Where `column` starts, or where the record starts when it has no such column.
    func location(_ column: Int?) -> SourceLocation {
        guard let column, column < fields.count else { return fields[0].location }
        return fields[column].location
    }

    /// The record's fields joined with the file's delimiter (a space for white-space separated files): the text of
    /// a comment line, for the few words read from one.
    var commentText: String {
        fields.map { text.fieldText($0) }.joined(separator: delimiter.map { String(UnicodeScalar($0)) } ?? " ")
    }

    /// Whether the record is a `#` comment line.
    var isComment: Bool {
        guard let first = fields.first, !first.isQuoted, !first.range.isEmpty else { return false }
        return text[first.range.lowerBound] == UInt8(ascii: "#")
    }

    /// The field as a number, and the unit of a `mm`/`mil`/`in` suffix if it has one. Nil when not a number.
    @inline(__always)
    func number(_ column: Int?) -> (value: Double, suffix: LengthUnit?)? {
        guard let column, column < fields.count else { return nil }
        let range = text.trimmed(fields[column].range)
        if let value = DecimalNumber.parse(text, range) { return (value, nil) }
        return numberWithSuffix(range)
    }

    /// The number in `range` followed by a `mm`/`mil`/`in` suffix, and its unit; nil when it is not one.
    private func numberWithSuffix(_ range: Range<Int>) -> (value: Double, suffix: LengthUnit?)? {
        for (suffix, unit) in [("mm", LengthUnit.millimeter), ("mil", .mil), ("in", .inch)] {
            let length = suffix.utf8.count
            guard range.count > length else { continue }
            let tail = range.upperBound - length..<range.upperBound
            guard zip(tail, suffix.utf8).allSatisfy({ ASCII.lowercased(text[$0]) == $1 }) else { continue }
            let body = text.trimmed(range.lowerBound..<tail.lowerBound)
            return DecimalNumber.parse(text, body).map { ($0, unit) }
        }
        return nil
    }

    /// The side a field names: top/bottom, T/B, TopLayer/BottomLayer, front/back, F.Cu/B.Cu, mirror flags
    /// (`SYM_MIRROR YES`, Allegro `m`), and digits as `numbering` reads them. Compared on lower-cased ASCII letters
    /// and digits, without building a String.
    func side(_ column: Int?, numbering: BoardSideWords.Numbering = .none) -> BoardSide? {
        guard let column, column < fields.count else { return nil }
        let range = fields[column].range
        if (1...8).contains(range.count), range.lowerBound &+ 8 <= text.count {
            // The usual cell, letters only (`top`, `Bottom`, `T`): packed from one load, lower-cased at once.
            let word = WordBytes.load(text, at: range.lowerBound)
            if WordBytes.allLetters(word, count: range.count) {
                let lower = (word | 0x2020_2020_2020_2020) & WordBytes.lowBytes(range.count)
                return BoardSideWords.side(
                    packed: lower.byteSwapped >> (64 - 8 * UInt64(range.count)), numbering: numbering)
            }
        }
        var key: UInt64 = 0
        var length = 0
        for index in range {
            let byte = ASCII.lowercased(text[index])
            guard ASCII.isLetter(byte) || ASCII.isDigit(byte) else { continue }
            guard length < 8 else {
                return BoardSideWords.longWords[
                    text.fieldText(fields[column]).lowercased().filter { $0.isLetter || $0.isNumber }]
            }
            key = key << 8 | UInt64(byte)
            length += 1
        }
        return BoardSideWords.side(packed: key, numbering: numbering)
    }

    /// The designators listed in the field, added to `builder`, within `limits` (designators per cell, range
    /// expansion) and the file's remaining `expansionBudget`.
    func designators(
        _ column: Int?, limits: ReadLimits, into builder: inout DesignatorNames.Builder, expansionBudget: inout Int
    ) -> DesignatorList.Parsed {
        let range = column.flatMap { $0 < fields.count ? fields[$0].range : nil } ?? 0..<0
        return DesignatorList.parse(text, range, limits: limits, into: &builder, expansionBudget: &expansionBudget)
    }
}
