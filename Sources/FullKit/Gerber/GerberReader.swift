/// Reads a Gerber RS-274X file (X1, X2, X3) into a `GerberDocument`.
///
/// A single pass over the bytes: data blocks end at `*`, extended commands sit between `%` pairs. The reader never
/// builds a `String` on the hot path; numbers are parsed from bytes. It never stops at a problem: each is recorded
/// as a located `ParseIssue` and reading goes on at the next block.
public enum GerberReader {
    /// Reads the Gerber file in `bytes`, within `limits` (block length, apertures, macro depth, step-and-repeat).
    /// With `recordingSegments`, the end points of every draw and arc are kept (for outline contours).
    public static func read(
        _ bytes: UnsafeRawBufferPointer, recordingSegments: Bool = false, limits: ReadLimits = ReadLimits()
    ) -> GerberDocument {
        var parser = GerberParser(bytes: bytes, limits: limits)
        parser.recordsSegments = recordingSegments
        parser.run()
        return parser.finish()
    }

    /// Reads the Gerber file in `bytes`, within `limits`.
    public static func read(_ bytes: [UInt8], recordingSegments: Bool = false, limits: ReadLimits = ReadLimits()) -> GerberDocument {
        bytes.withUnsafeBytes { read($0, recordingSegments: recordingSegments, limits: limits) }
    }
}

/// The state machine behind `GerberReader`: graphics state plus what has been found so far.
struct GerberParser {
    enum Interpolation { case linear, clockwise, counterclockwise }

    let bytes: UnsafeRawBufferPointer
    let limits: ReadLimits
    var document = GerberDocument()
    var position = 0

    var x = 0.0
    var y = 0.0
    var interpolation: Interpolation?
    var multiQuadrant = false
    var inRegion = false
    var regionHasSegments = false
    var currentAperture: Int?
    /// The box of each defined aperture around its flash point, in file units, before any `%LM %LR %LS`.
    var apertureBoxes: [Int: Extent] = [:]
    /// The current aperture's box with the aperture transform applied, and the radius of a circle holding it.
    var currentBox = Extent(x: 0, y: 0)
    var currentReach = 0.0
    var macros: [String: ApertureMacro] = [:]
    /// Open block apertures (`%AB`): their D-code and the extent drawn before each opened.
    var blocks: [(code: Int, outer: Extent?)] = []
    /// Whether objects are drawn in clear polarity (`%LPC`): they only erase, so they never grow the image's extent.
    var clearPolarity = false
    /// The deprecated image parameters (`%AS %MI %SF %OF %IR`), applied to the whole image when reading ends.
    var imageTransform = ImageTransform()
    /// The `%LM`, `%LR` and `%LS` transform applied to apertures.
    var apertureTransform = ApertureTransform()
    /// What coordinates without a decimal point are multiplied by, from `%FS`: 10^-decimals (leading zeros omitted).
    /// A multiplication, not a division by 10^decimals: it is several times faster and differs by at most one unit
    /// in the last place, a few attometres.
    var coordinateScale = 1.0
    var apertureFunction: String?
    /// The `.AperFunction` in force when each aperture was defined.
    var apertureFunctions: [Int: String] = [:]
    /// The current aperture's `.AperFunction` when it names a pad (`SMDPad,CuDef`, `ComponentPad` …).
    var currentPadFunction: String?
    var objectDesignator: String?
    var lastOperation: Int?
    var sawCoordinateData = false
    /// Extent in file units.
    var extent: Extent? {
        get { minX <= maxX ? Extent(minX: minX, minY: minY, maxX: maxX, maxY: maxY) : nil }
        set { (minX, minY, maxX, maxY) = newValue.map { ($0.minX, $0.minY, $0.maxX, $0.maxY) } ?? (.infinity, .infinity, -.infinity, -.infinity) }
    }
    /// The extent as four numbers, grown in place on the hot path; empty while min > max.
    var minX = Double.infinity
    var minY = Double.infinity
    var maxX = -Double.infinity
    var maxY = -Double.infinity
    var stepRepeat: (countX: Int, countY: Int, stepX: Double, stepY: Double, before: Extent?)?
    /// How often each recorded issue recurred, by its position in `document.issues`.
    var repeats = IssueRepeats()
    /// Whether draw and arc end points are kept in `document.segments`.
    var recordsSegments = false
    /// The most segments kept; an outline has hundreds at most.
    static let maximumSegments = 200_000
    /// The most pads kept; a dense board has tens of thousands.
    static let maximumPads = 500_000

    init(bytes: UnsafeRawBufferPointer, limits: ReadLimits) {
        self.bytes = bytes
        self.limits = limits
    }

    mutating func run() {
        let end = bytes.count
        while position < end {
            let byte = bytes[position]
            if ASCII.isWhitespace(byte) {
                position += 1
            } else if byte == ASCII.percent {
                readExtendedBlock()
            } else {
                let wordEnd = bytes.firstOffset(of: ASCII.asterisk, from: position, to: end)
                if wordEnd == end {
                    issue(.gerberUnterminatedBlock, at: position, "the file ends inside a data block that has no closing '*'")
                    return
                }
                if wordEnd - position > limits.maximumLineLength {
                    issue(.gerberBlockTooLong, at: position,
                          "a data block of \(wordEnd - position) bytes is longer than \(limits.maximumLineLength) (limit maximumLineLength); it was skipped")
                } else {
                    readWord(position..<wordEnd)
                }
                position = wordEnd + 1
                if document.hasEndOfFile {
                    checkTrailingContent()
                    return
                }
            }
        }
    }

    mutating func finish() -> GerberDocument {
        if let open = stepRepeat { closeStepAndRepeat(open) }
        if !blocks.isEmpty {
            issue(.gerberUnbalancedBlock, at: max(bytes.count - 1, 0), "\(blocks.count) block aperture(s) opened with %AB are never closed")
            extent = blocks.first?.outer ?? extent
        }
        if !document.hasEndOfFile {
            issue(.gerberMissingM02, at: max(bytes.count - 1, 0), "the file does not end with M02: it is truncated")
        }
        if document.format == nil && sawCoordinateData {
            issue(.gerberMissingFS, at: 0, "the file has coordinates but no %FS format statement")
        }
        if document.unit == nil && sawCoordinateData {
            issue(.gerberMissingUnit, at: 0, "the file has coordinates but no %MO unit statement")
        }
        if !imageTransform.isIdentity {
            // Offsets are in inches or millimetres (the file's unit), as are coordinates at this point.
            extent = extent.map { imageTransform.apply(to: $0) }
            document.segments = document.segments.map {
                let (start, end) = (imageTransform.apply(x: $0.startX, y: $0.startY), imageTransform.apply(x: $0.endX, y: $0.endY))
                return Segment(startX: start.x, startY: start.y, endX: end.x, endY: end.y)
            }
            for index in document.pads.indices {
                (document.pads[index].x, document.pads[index].y) = imageTransform.apply(x: document.pads[index].x, y: document.pads[index].y)
            }
        }
        if let extent, let unit = document.unit {
            document.extent = extent.scaled(by: unit.millimeters)
            let scale = unit.millimeters
            document.segments = document.segments.map {
                Segment(startX: $0.startX * scale, startY: $0.startY * scale, endX: $0.endX * scale, endY: $0.endY * scale)
            }
            for index in document.pads.indices {
                document.pads[index].x *= scale
                document.pads[index].y *= scale
            }
        }
        repeats.summarize(&document.issues)
        document.issues.locate(in: bytes)
        return document
    }

    mutating func issue(_ rule: Rule, at offset: Int, _ message: String) {
        repeats.record(rule, at: offset, message, in: &document.issues)
    }

    private mutating func checkTrailingContent() {
        var index = position
        while index < bytes.count, ASCII.isWhitespace(bytes[index]) || bytes[index] == 0 { index += 1 }
        if index < bytes.count {
            issue(.gerberContentAfterM02, at: index, "there is content after M02, which ends the file")
        }
    }

    // MARK: Function-code words

    private mutating func readWord(_ range: Range<Int>) {
        var index = range.lowerBound
        var newX: Double?
        var newY: Double?
        var offsetI = 0.0
        var offsetJ = 0.0
        var operation: Int?
        while index < range.upperBound {
            if ASCII.isWhitespace(bytes[index]) {
                index += 1  // EasyEDA breaks lines inside words ("G01\nX…D02*").
                continue
            }
            let letter = ASCII.uppercased(bytes[index])
            let codeStart = index
            index += 1
            switch letter {
            case UInt8(ascii: "G"):
                guard let code = readCode(&index, in: range) else { return invalidWord(range) }
                if code == 4 {
                    readComment(index..<range.upperBound)
                    return
                }
                applyGCode(code, at: codeStart)
            case UInt8(ascii: "D"):
                guard let code = readCode(&index, in: range) else { return invalidWord(range) }
                if code >= 1 && code <= 3 {
                    operation = code
                } else if code >= 10 {
                    if apertureBoxes[code] == nil {
                        issue(.gerberUndefinedAperture, at: codeStart, "aperture D\(code) is used but never defined")
                    }
                    if inRegion {
                        issue(.gerberApertureInRegion, at: codeStart, "aperture D\(code) is selected inside a region")
                    }
                    selectAperture(code)
                } else {
                    return invalidWord(range)
                }
            case UInt8(ascii: "M"):
                guard let code = readCode(&index, in: range) else { return invalidWord(range) }
                if code == 2 || code == 0 || code == 1 {
                    if code != 2 {
                        issue(.gerberDeprecated, at: codeStart, "M0\(code) ends the file; the current spec uses M02")
                    }
                    document.hasEndOfFile = true
                } else {
                    return invalidWord(range)
                }
            case UInt8(ascii: "X"), UInt8(ascii: "Y"), UInt8(ascii: "I"), UInt8(ascii: "J"):
                guard let value = readCoordinate(&index, in: range) else { return }
                switch letter {
                case UInt8(ascii: "X"): newX = value
                case UInt8(ascii: "Y"): newY = value
                case UInt8(ascii: "I"): offsetI = value
                default: offsetJ = value
                }
            case UInt8(ascii: "N"):
                while index < range.upperBound, ASCII.isDigit(bytes[index]) { index += 1 }
            default:
                return invalidWord(range)
            }
        }
        let hasCoordinates = newX != nil || newY != nil
        if hasCoordinates { sawCoordinateData = true }
        if operation == nil, hasCoordinates {
            if lastOperation == 1 {
                issue(.gerberImplicitOperation, at: range.lowerBound, "coordinates without an operation code repeat the previous D01 (deprecated)")
                operation = 1
            } else {
                issue(.gerberImplicitOperation, at: range.lowerBound, "coordinates without an operation code only move the current point")
                operation = 2
            }
        }
        guard let operation else { return }
        lastOperation = operation
        perform(operation, toX: newX ?? x, y: newY ?? y, i: offsetI, j: offsetJ, at: range.lowerBound)
    }

    private mutating func invalidWord(_ range: Range<Int>) {
        issue(.gerberInvalidCommand, at: range.lowerBound, "'\(bytes.excerpt(range))' is not a valid Gerber command")
    }

    private mutating func readCode(_ index: inout Int, in range: Range<Int>) -> Int? {
        var value = 0
        let start = index
        while index < range.upperBound, ASCII.isDigit(bytes[index]), index - start < 9 {
            value = value * 10 + Int(bytes[index] &- ASCII.zero)
            index += 1
        }
        return index > start ? value : nil
    }

    /// Reads a coordinate number after X/Y/I/J, scaled by the `%FS` format into file units.
    /// One pass over the digits: the mantissa is built as they are scanned (wrapping; more than 18 digits is refused).
    private mutating func readCoordinate(_ index: inout Int, in range: Range<Int>) -> Double? {
        let start = index
        let end = range.upperBound
        var negative = false
        if index < end, bytes[index] == ASCII.minus || bytes[index] == ASCII.plus {
            negative = bytes[index] == ASCII.minus
            index += 1
        }
        var mantissa: UInt64 = 0
        var digitCount = accumulateDigits(&index, before: end, into: &mantissa)
        var fractionDigits = 0
        let hasPoint = index < end && bytes[index] == ASCII.period
        if hasPoint {
            index &+= 1
            fractionDigits = accumulateDigits(&index, before: end, into: &mantissa)
            digitCount &+= fractionDigits
        }
        guard digitCount > 0 else {
            issue(.gerberInvalidCoordinate, at: start, "a coordinate has no digits")
            return nil
        }
        guard digitCount <= DecimalNumber.maximumDigits else {
            issue(.gerberInvalidCoordinate, at: start, "a coordinate has \(digitCount) digits, beyond 64-bit range")
            return nil
        }
        let raw = negative ? -Double(mantissa) : Double(mantissa)
        if hasPoint { return raw / DecimalNumber.powerOfTen(fractionDigits) }
        guard let format = document.format else {
            issue(.gerberCoordinateBeforeFS, at: start, "a coordinate comes before the %FS format statement")
            return raw
        }
        if format.omitsTrailingZeros {
            let total = format.integerDigits + format.decimalDigits
            return raw * DecimalNumber.powerOfTen(total - digitCount) / DecimalNumber.powerOfTen(format.decimalDigits)
        }
        return raw * coordinateScale
    }

    /// Appends the decimal digits from `index` on to `mantissa` (wrapping: the caller refuses more than 18 digits),
    /// stopping at the first other byte; returns how many there were.
    @inline(__always)
    private func accumulateDigits(_ index: inout Int, before end: Int, into mantissa: inout UInt64) -> Int {
        let start = index
        while index < end {
            let digit = bytes[index] &- ASCII.zero
            guard digit < 10 else { break }
            mantissa = mantissa &* 10 &+ UInt64(digit)
            index &+= 1
        }
        return index &- start
    }

    /// Makes `code` the current aperture: its box under the aperture transform and its pad function are cached,
    /// so that draws and flashes look nothing up.
    mutating func selectAperture(_ code: Int) {
        currentAperture = code
        currentBox = apertureTransform.apply(to: apertureBoxes[code] ?? Extent(x: 0, y: 0))
        currentReach = max(-currentBox.minX, -currentBox.minY, currentBox.maxX, currentBox.maxY, 0)
        currentPadFunction = apertureFunctions[code].flatMap { $0.contains("Pad") ? $0 : nil }
    }

    private mutating func applyGCode(_ code: Int, at offset: Int) {
        switch code {
        case 1: interpolation = .linear
        case 2: interpolation = .clockwise
        case 3: interpolation = .counterclockwise
        case 36:
            inRegion = true
            regionHasSegments = false
        case 37:
            if !inRegion {
                issue(.gerberRegionNotOpen, at: offset, "G37 ends a region that was never started with G36")
            }
            inRegion = false
            document.regionCount += 1
        case 74:
            multiQuadrant = false
            issue(.gerberDeprecated, at: offset, "G74 (single-quadrant arcs) is deprecated")
        case 75: multiQuadrant = true
        case 54, 55:
            issue(.gerberDeprecated, at: offset, "G\(code) before an aperture selection is deprecated")
        case 70, 71:
            issue(.gerberDeprecated, at: offset, "G\(code) sets the unit (deprecated; %MO is the standard)")
            if document.unit == nil { document.unit = code == 70 ? .inch : .millimeter }
        case 90, 91:
            issue(.gerberDeprecated, at: offset, "G\(code) is deprecated")
        default:
            issue(.gerberInvalidCommand, at: offset, "G\(code) is not a Gerber command")
        }
    }

    private mutating func readComment(_ range: Range<Int>) {
        var start = range.lowerBound
        while start < range.upperBound, bytes[start] == ASCII.space { start += 1 }
        guard bytes.matches("#@!", at: start) else { return }
        start += 3
        while start < range.upperBound, bytes[start] == ASCII.space || bytes[start] == ASCII.percent { start += 1 }
        readAttribute(start..<range.upperBound)
    }
}
