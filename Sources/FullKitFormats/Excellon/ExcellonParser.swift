import FullKitCore

struct ExcellonParser {
    let bytes: UnsafeRawBufferPointer
    let maximumLineLength: Int
    var document = ExcellonDocument()
    var inHeader = false
    /// Digits before and after the decimal point; values from the file are clamped to 0…20 so that no sum of them
    /// can overflow.
    var integerDigits: Int? { didSet { integerDigits = integerDigits.map { min(max($0, 0), 20) } } }
    var decimalDigits: Int? { didSet { decimalDigits = decimalDigits.map { min(max($0, 0), 20) } } }
    /// `LZ` keeps leading zeros, so trailing ones are suppressed; `TZ` the reverse. nil when not stated.
    var keepsLeadingZeros: Bool?
    var currentTool: Int?
    var x = 0.0
    var y = 0.0
    var routing = false
    var sawCoordinates = false
    var firstCoordinateOffset = 0
    /// Tool sizes given before the file stated its unit, in file units: converted with the unit stated later (a
    /// header may list tools before `M71`/`M72`).
    var sizesBeforeUnit: [Int: Double] = [:]
    /// The extent of the hole centres drilled with each tool (0: none selected), in mm; each grows by its tool's
    /// radius into `document.extent` when reading ends, once every size and the unit are known.
    var centreExtents: [Int: Extent?] = [:]
    /// The byte offset of each hole in `document.holes`, located when reading ends.
    var holeOffsets: [Int] = []
    /// The byte offset of each slot in `document.slots`, located when reading ends.
    var slotOffsets: [Int] = []
    /// Where the slot being read starts (a `G85` slot's first point, or the point where `M15` started routing).
    var slotStart: (x: Double, y: Double)?
    /// The most holes kept with their positions.
    static let maximumHoles = 1_000_000
    /// Plating seen in Allegro's tool comments: both means a mixed file.
    var sawPlatedTool = false
    var sawNonPlatedTool = false

    init(bytes: UnsafeRawBufferPointer, maximumLineLength: Int) {
        self.bytes = bytes
        self.maximumLineLength = maximumLineLength
    }

    /// How often each recorded issue recurred, by its position in `document.issues`.
    var repeats = IssueRepeats()

    mutating func issue(_ rule: Rule, at offset: Int, _ message: String) {
        repeats.record(rule, at: offset, message, in: &document.issues)
    }

    mutating func run() {
        var lineStart = 0
        let end = bytes.count
        while lineStart < end {
            var lineEnd = lineStart
            while lineEnd < end, bytes[lineEnd] != ASCII.lineFeed, bytes[lineEnd] != ASCII.carriageReturn {
                lineEnd += 1
            }
            var trimmedStart = lineStart
            while trimmedStart < lineEnd, bytes[trimmedStart] == ASCII.space || bytes[trimmedStart] == ASCII.tab {
                trimmedStart += 1
            }
            var trimmedEnd = lineEnd
            while trimmedEnd > trimmedStart, bytes[trimmedEnd - 1] == ASCII.space || bytes[trimmedEnd - 1] == ASCII.tab
            {
                trimmedEnd -= 1
            }
            if trimmedEnd - trimmedStart > maximumLineLength {
                issue(
                    .excellonLineTooLong, at: trimmedStart,
                    "a line of \(trimmedEnd - trimmedStart) bytes is longer than \(maximumLineLength) (limit maximumLineLength); it was skipped"
                )
            } else if trimmedStart < trimmedEnd {
                readLine(trimmedStart..<trimmedEnd)
            }
            if document.hasEndOfFile { return }
            lineStart = lineEnd + 1
        }
    }

    mutating func finish() -> ExcellonDocument {
        document.formatStated = integerDigits != nil && decimalDigits != nil
        if let unit = document.unit {
            for (number, size) in sizesBeforeUnit { document.toolDiameters[number] = size * unit.millimeters }
        }
        for case (let tool, let centres?) in centreExtents {
            let radius = (document.toolDiameters[tool] ?? 0) / 2
            document.extent.formUnion(
                Extent(
                    minX: centres.minX - radius, minY: centres.minY - radius, maxX: centres.maxX + radius,
                    maxY: centres.maxY + radius))
        }
        if !document.hasEndOfFile {
            issue(
                .excellonMissingM30, at: max(bytes.count - 1, 0),
                "the drill file does not end with M30: it is truncated")
        }
        if sawCoordinates && document.unit == nil {
            issue(
                .excellonUnknownUnits, at: firstCoordinateOffset,
                "the drill file never states its units (no METRIC/INCH, M71/M72 or format comment)")
        }
        repeats.summarize(&document.issues)
        document.issues.locate(in: bytes)
        if !holeOffsets.isEmpty {
            for (index, location) in LineIndex.locations(of: holeOffsets, in: bytes).enumerated() {
                document.holes[index].location = location
            }
        }
        if !slotOffsets.isEmpty {
            for (index, location) in LineIndex.locations(of: slotOffsets, in: bytes).enumerated() {
                document.slots[index].location = location
            }
        }
        return document
    }

    private mutating func readLine(_ range: Range<Int>) {
        let start = range.lowerBound
        if bytes[start] == ASCII.semicolon {
            readComment(start + 1..<range.upperBound)
            return
        }
        if bytes.matches("M48", at: start) {
            inHeader = true
            return
        }
        if inHeader, bytes[start] == ASCII.percent || bytes.matches("M95", at: start) {
            inHeader = false
            return
        }
        if bytes.matchesCaseInsensitive("METRIC", at: start) || bytes.matchesCaseInsensitive("INCH", at: start) {
            readUnitLine(range)
            return
        }
        if bytes.matches("M71", at: start) {
            document.unit = .millimeter
            return
        }
        if bytes.matches("M72", at: start) {
            document.unit = .inch
            return
        }
        if bytes.matches("M30", at: start) || bytes.matches("M00", at: start) {
            document.hasEndOfFile = true
            return
        }
        if bytes.matches("M15", at: start) {
            routing = true
            slotStart = (x, y)
            return
        }
        if bytes.matches("M16", at: start) || bytes.matches("M17", at: start) {
            if routing {
                document.slotCount += 1
                recordSlot(at: start)
            }
            routing = false
            return
        }
        if bytes[start] == UInt8(ascii: "T") {
            readTool(range)
            return
        }
        if bytes[start] == UInt8(ascii: "X") || bytes[start] == UInt8(ascii: "Y") {
            readCoordinates(range)
            return
        }
        if bytes[start] == UInt8(ascii: "R"), start + 1 < range.upperBound, ASCII.isDigit(bytes[start + 1]) {
            readRepeat(range)
            return
        }
        if bytes[start] == UInt8(ascii: "G") {
            readGCode(range)
            return
        }
        // Other header and body commands (FMAT, ICI, VER, M47 messages …) do not change the hole list.
    }

    private mutating func readComment(_ range: Range<Int>) {
        var start = range.lowerBound
        while start < range.upperBound, bytes[start] == ASCII.space { start += 1 }
        let text = bytes.string(start..<range.upperBound)
        if text.hasPrefix("T"), text.contains("Holesize") {
            readAllegroToolComment(text)
        } else if text.hasPrefix("#@! TF.") {
            document.attributes.record(String(text.dropFirst("#@! TF".count)))
            if let function = document.attributes.fileFunction?.first {
                if function == "Plated" { document.plated = true }
                if function == "NonPlated" { document.plated = false }
            }
        } else if text.hasPrefix("Format"), let colon = text.firstIndex(of: ":") {
            readSiemensFormat(text[text.index(after: colon)...])
        } else if text.hasPrefix("FILE_FORMAT=") {
            let digits = text.dropFirst("FILE_FORMAT=".count).split(separator: ":")
            if digits.count == 2, let integer = Int(digits[0]), let decimal = Int(digits[1]) {
                integerDigits = integer
                decimalDigits = decimal
            }
        } else if text.hasPrefix("TYPE=PLATED") || text.hasPrefix("TYPE=NON_PLATED") {
            // Eagle lists the plated tools, then the non-plated ones: both make a mixed file.
            if text.hasPrefix("TYPE=PLATED") { sawPlatedTool = true } else { sawNonPlatedTool = true }
            document.plated = sawPlatedTool == sawNonPlatedTool ? nil : sawPlatedTool
        } else if text.hasPrefix("FORMAT={") {
            // KiCad: FORMAT={-:-/ absolute / metric / decimal} or {3:3/ absolute / inch / suppress trailing zeros}.
            let lowered = text.lowercased()
            if lowered.contains("metric") { document.unit = .millimeter }
            if lowered.contains("/ inch") { document.unit = .inch }
            if lowered.contains("suppress trailing") { keepsLeadingZeros = true }
            if lowered.contains("suppress leading") { keepsLeadingZeros = false }
            let format = text.dropFirst("FORMAT={".count).prefix { $0 != "/" }.split(separator: ":")
            if format.count == 2, let integer = Int(format[0]), let decimal = Int(format[1]) {
                integerDigits = integer
                decimalDigits = decimal
            }
        }
    }

    /// Siemens/Mentor: `; Format  : 3.3 / Absolute / MM / Leading` (digits, mode, unit, the zeros omitted).
    private mutating func readSiemensFormat(_ text: Substring) {
        let parts = text.split(separator: "/").map { $0.trimming(" ") }
        guard let digits = parts.first?.split(separator: "."), digits.count == 2,
            let integer = Int(digits[0]), let decimal = Int(digits[1])
        else { return }
        integerDigits = integer
        decimalDigits = decimal
        for part in parts.dropFirst() {
            switch part.uppercased() {
            case "MM", "METRIC": document.unit = .millimeter
            case "INCH", "INCHES", "ENGLISH": document.unit = .inch
            case "LEADING": keepsLeadingZeros = false
            case "TRAILING": keepsLeadingZeros = true
            default: break
            }
        }
    }

    /// Allegro lists tools only in comments: `;T01 Holesize 1. = 8.000000 Tolerance = … PLATED MILS Quantity = 1873`.
    private mutating func readAllegroToolComment(_ text: String) {
        let words = text.split(separator: " ")
        guard let number = Int(words[0].dropFirst()), let equals = words.firstIndex(of: "="), equals + 1 < words.count,
            let size = Double(words[equals + 1])
        else { return }
        let unit: LengthUnit = words.contains("MILS") ? .mil : words.contains("MM") ? .millimeter : .inch
        document.toolDiameters[number] = size * unit.millimeters
        if words.contains("NON_PLATED") {
            sawNonPlatedTool = true
        } else if words.contains("PLATED") {
            sawPlatedTool = true
        }
        document.plated = sawPlatedTool == sawNonPlatedTool ? nil : sawPlatedTool
    }

    private mutating func readUnitLine(_ range: Range<Int>) {
        let text = bytes.string(range).uppercased()
        document.unit = text.hasPrefix("METRIC") ? .millimeter : .inch
        let fields = text.split(separator: ",")
        for field in fields.dropFirst() {
            if field == "LZ" { keepsLeadingZeros = true }
            if field == "TZ" { keepsLeadingZeros = false }
            if field.contains(".") || field.allSatisfy({ $0 == "0" }) {
                let parts = field.split(separator: ".", omittingEmptySubsequences: false)
                integerDigits = parts.first?.count
                decimalDigits = parts.count > 1 ? parts[1].count : 0
            }
        }
    }

    private mutating func readTool(_ range: Range<Int>) {
        var index = range.lowerBound + 1
        var number = 0
        let digitsStart = index
        while index < range.upperBound, ASCII.isDigit(bytes[index]), index - digitsStart < 6 {
            number = number * 10 + Int(bytes[index] &- ASCII.zero)
            index += 1
        }
        guard index > digitsStart else { return }
        let diameterStart = bytes.firstOffset(of: UInt8(ascii: "C"), from: index, to: range.upperBound)
        if diameterStart < range.upperBound {
            var diameterEnd = diameterStart + 1
            while diameterEnd < range.upperBound,
                ASCII.isDigit(bytes[diameterEnd]) || bytes[diameterEnd] == ASCII.period
            {
                diameterEnd += 1
            }
            let diameter = DecimalNumber.parse(bytes, diameterStart + 1..<diameterEnd) ?? 0
            if diameter <= 0 {
                issue(.excellonInvalidTool, at: range.lowerBound, "tool T\(number) has no positive diameter")
            }
            document.toolDiameters[number] = diameter * (document.unit ?? .inch).millimeters
            if document.unit == nil { sizesBeforeUnit[number] = diameter }
            if !inHeader { currentTool = number }
            return
        }
        if number != 0 && document.toolDiameters[number] == nil {
            issue(.excellonUndefinedTool, at: range.lowerBound, "tool T\(number) is used but never defined")
        }
        currentTool = number == 0 ? nil : number
    }

    private mutating func readGCode(_ range: Range<Int>) {
        if bytes.matches("G85", at: range.lowerBound) || bytes.matches("G00", at: range.lowerBound)
            || bytes.matches("G01", at: range.lowerBound) || bytes.matches("G02", at: range.lowerBound)
            || bytes.matches("G03", at: range.lowerBound)
        {
            // A slot written as G85 after the start point, or a route move: coordinates may follow on the line.
            if bytes.matches("G85", at: range.lowerBound) {
                document.slotCount += 1
                slotStart = (x, y)
            }
            let coordinates = (range.lowerBound + 3)..<range.upperBound
            if !coordinates.isEmpty,
                bytes[coordinates.lowerBound] == UInt8(ascii: "X") || bytes[coordinates.lowerBound] == UInt8(ascii: "Y")
            {
                readCoordinates(coordinates, isHit: false, line: range.lowerBound)
            }
        }
    }

    /// Reads the coordinates in `range` (of the line starting at byte `line`, when it starts before them).
    private mutating func readCoordinates(_ range: Range<Int>, isHit: Bool = true, line: Int? = nil) {
        if !sawCoordinates {
            sawCoordinates = true
            firstCoordinateOffset = range.lowerBound
        }
        var index = range.lowerBound
        var countsAsHit = isHit && !routing
        while index < range.upperBound {
            let letter = bytes[index]
            var end = numberEnd(after: index, before: range.upperBound)
            if letter == UInt8(ascii: "X") || letter == UInt8(ascii: "Y") {
                guard let value = coordinate(index + 1..<end) else { return }
                if letter == UInt8(ascii: "X") { x = value } else { y = value }
            } else if letter == UInt8(ascii: "G"), bytes.matches("G85", at: index) {
                document.slotCount += 1
                countsAsHit = false
                includeCentre()  // The slot's start; its end follows.
                slotStart = (x, y)
                end = index + 3
            }
            index = end
        }
        if countsAsHit {
            if currentTool == nil {
                issue(.excellonNoTool, at: range.lowerBound, "a hole is drilled before any tool is selected")
            }
            document.hitCount += 1
        }
        includeCentre()
        if countsAsHit { recordHole(at: range.lowerBound) }
        // A G85 slot ends on this line; a routed one at M16.
        if !routing, slotStart != nil { recordSlot(at: line ?? range.lowerBound) }
    }

    /// `R<count>X<dx>Y<dy>`: the last hole repeated `count` times, each moved by the deltas (at most 100 000).
    private mutating func readRepeat(_ range: Range<Int>) {
        var index = range.lowerBound + 1
        var count = 0
        while index < range.upperBound, ASCII.isDigit(bytes[index]), count <= 100_000 {
            count = count * 10 + Int(bytes[index] &- ASCII.zero)
            index += 1
        }
        guard count <= 100_000 else {
            issue(.excellonInvalidCoordinate, at: range.lowerBound, "a repeat of more than 100000 holes is not read")
            return
        }
        var (dx, dy) = (0.0, 0.0)
        while index < range.upperBound {
            let letter = bytes[index]
            let end = numberEnd(after: index, before: range.upperBound)
            guard letter == UInt8(ascii: "X") || letter == UInt8(ascii: "Y"), let value = coordinate(index + 1..<end)
            else {
                issue(.excellonInvalidCoordinate, at: index, "'\(bytes.excerpt(range))' is not a valid repeat")
                return
            }
            if letter == UInt8(ascii: "X") { dx = value } else { dy = value }
            index = end
        }
        for _ in 0..<count {
            x += dx
            y += dy
            document.hitCount += 1
            includeCentre()
            recordHole(at: range.lowerBound)
        }
    }

    /// Keeps the hole at the current point, drilled by the line at byte `offset` (located when reading ends), while
    /// the unit is known and fewer than `maximumHoles` are kept.
    private mutating func recordHole(at offset: Int) {
        guard let unit = document.unit, document.holes.count < Self.maximumHoles else { return }
        document.holes.append(
            Hole(
                x: x * unit.millimeters, y: y * unit.millimeters, location: SourceLocation(line: 0, column: 0),
                diameter: currentTool.flatMap { document.toolDiameters[$0] }))
        holeOffsets.append(offset)
    }

    /// Keeps the slot from `slotStart` to the current point (its centre and half its span), ended by the line at byte
    /// `offset`, while the unit is known and fewer than `maximumHoles` are kept.
    private mutating func recordSlot(at offset: Int) {
        defer { slotStart = nil }
        guard let start = slotStart, let unit = document.unit, document.slots.count < Self.maximumHoles else { return }
        document.slots.append(
            Hole(
                x: (start.x + x) / 2 * unit.millimeters, y: (start.y + y) / 2 * unit.millimeters,
                location: SourceLocation(line: 0, column: 0),
                diameter: currentTool.flatMap { document.toolDiameters[$0] }))
        document.slotHalfSpans.append(
            BoardPoint(x: (x - start.x) / 2 * unit.millimeters, y: (y - start.y) / 2 * unit.millimeters))
        slotOffsets.append(offset)
    }

    /// The end of the number that follows the letter at `letter`: digits, a point and signs.
    private func numberEnd(after letter: Int, before limit: Int) -> Int {
        var end = letter + 1
        while end < limit,
            ASCII.isDigit(bytes[end]) || bytes[end] == ASCII.period || bytes[end] == ASCII.minus
                || bytes[end] == ASCII.plus
        {
            end += 1
        }
        return end
    }

    /// Adds the current point to the extent of the current tool's hole centres.
    private mutating func includeCentre() {
        guard let unit = document.unit else { return }
        centreExtents[currentTool ?? 0, default: nil].formUnion(
            Extent(x: x * unit.millimeters, y: y * unit.millimeters))
    }

    private mutating func coordinate(_ range: Range<Int>) -> Double? {
        guard let raw = DecimalNumber.parse(bytes, range) else {
            issue(
                .excellonInvalidCoordinate, at: range.lowerBound - 1,
                "'\(bytes.excerpt(range.lowerBound - 1..<range.upperBound))' is not a valid coordinate")
            return nil
        }
        if bytes[range].contains(ASCII.period) { return raw }
        let unit = document.unit ?? .inch
        let integer = integerDigits ?? (unit == .millimeter ? 3 : 2)
        let decimal = decimalDigits ?? (unit == .millimeter ? 3 : 4)
        var digitCount = range.count
        if bytes[range.lowerBound] == ASCII.minus || bytes[range.lowerBound] == ASCII.plus { digitCount -= 1 }
        if keepsLeadingZeros == nil, digitCount < integer + decimal {
            issue(
                .excellonZeroModeUnknown, at: range.lowerBound - 1,
                "coordinates have fewer digits than the \(integer):\(decimal) format and the file does not say which zeros it omits (LZ/TZ); leading zeros are assumed omitted"
            )
        }
        if keepsLeadingZeros == true {
            // Trailing zeros were suppressed: the digits are the leftmost ones of the full format.
            return raw * DecimalNumber.powerOfTen(integer + decimal - digitCount) / DecimalNumber.powerOfTen(decimal)
        }
        return raw / DecimalNumber.powerOfTen(decimal)
    }
}
