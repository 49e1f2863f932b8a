import FullKitCore

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
    /// The box around the current region's vertices, kept while flashes are recorded: a small region is a pad
    /// drawn as a polygon (tools that do not flash rounded or odd-shaped pads).
    var regionBox: Extent?
    var currentAperture: Int?
    /// The box of each defined aperture around its flash point, in millimetres, before any `%LM %LR %LS`.
    var apertureBoxes: [Int: Extent] = [:]
    /// The current aperture's box with the aperture transform applied, and the radius of a circle holding it.
    var currentBox = Extent(x: 0, y: 0)
    var currentReach = 0.0
    var macros: [String: ApertureMacro] = [:]
    /// Macro steps evaluated so far, held to `ReadLimits.maximumMacroWork`.
    var macroWork = 0
    /// Open block apertures (`%AB`): their D-code and the extent drawn before each opened.
    var blocks: [(code: Int, outer: Extent?)] = []
    /// Whether objects are drawn in clear polarity (`%LPC`): they only erase, so they never grow the image's extent.
    var clearPolarity = false
    /// The deprecated image parameters (`%AS %MI %SF %OF %IR`), applied to the whole image when reading ends.
    var imageTransform = ImageTransform()
    /// The `%LM`, `%LR` and `%LS` transform applied to apertures.
    var apertureTransform = ApertureTransform()
    /// Millimetres per unit of the unit in force (`%MO`, or G70/G71); 1 until one is stated. Every length is kept in
    /// millimetres as it is read, so a file that switches units mid-way (old RS-274X did) is read as it was meant.
    var unitScale = 1.0
    /// 10^-decimals from `%FS`.
    var formatScale = 1.0
    /// What coordinates without a decimal point are multiplied by: `formatScale` times `unitScale`.
    /// A multiplication, not a division by 10^decimals: it is several times faster and differs by at most one unit
    /// in the last place, a few attometres.
    var coordinateScale = 1.0
    /// Whether `%FS` has been read and omits leading zeros: coordinates are then their digits times `coordinateScale`.
    var plainCoordinates = false
    var apertureFunction: String?
    /// The `.AperFunction` in force when each aperture was defined.
    var apertureFunctions: [Int: String] = [:]
    /// The current aperture's `.AperFunction` when it names a pad (`SMDPad,CuDef`, `ComponentPad` …).
    var currentPadFunction: String?
    /// The D-codes of circle apertures (`C`).
    var roundApertures: Set<Int> = []
    /// Whether the current aperture is a circle.
    var currentIsRound = false
    var objectDesignator: String?
    var lastOperation: Int?
    var sawCoordinateData = false
    /// Extent in millimetres (in file units while no unit has been stated).
    var extent: Extent? {
        get { minX <= maxX ? Extent(minX: minX, minY: minY, maxX: maxX, maxY: maxY) : nil }
        set {
            (minX, minY, maxX, maxY) =
                newValue.map { ($0.minX, $0.minY, $0.maxX, $0.maxY) } ?? (.infinity, .infinity, -.infinity, -.infinity)
        }
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
    /// Whether every flash is kept in `document.pads`, not only those X2 marks as pads.
    var recordsFlashes = false
    /// While reading only a file's header (`GerberReader.header`): its comments and image and layer names.
    var header: GerberHeader?
    /// What the file draws, object by object, when the reader was asked to keep its image.
    var image: GerberImageRecorder?
    /// Whether the deprecated `%IPNEG*%` makes the image negative: dark everywhere but where objects are drawn. The
    /// check does not apply it (nothing it judges depends on it); the picture does.
    var imageNegative = false
    /// The most segments kept; an outline has hundreds at most.
    static let maximumSegments = 200_000
    /// The most pads kept; a dense board has tens of thousands.
    static let maximumPads = 500_000
    /// The largest region kept as a pad, in mm on either side: bigger ones are copper pours.
    static let maximumRegionPadSize = 8.0

    init(bytes: UnsafeRawBufferPointer, limits: ReadLimits) {
        self.bytes = bytes
        self.limits = limits
    }

    /// Reads the blocks from the start to the end of the file, or only up to the first operation.
    mutating func run(stoppingAtFirstOperation: Bool = false) {
        let end = bytes.count
        // A data block that starts after the last '*' can never end: found once here, so that the block reader
        // below never looks for the end of a block before reading it.
        let lastAsterisk = bytes.lastOffset(of: ASCII.asterisk) ?? -1
        while position < end {
            let byte = bytes[position]
            if ASCII.isWhitespace(byte) {
                position += 1
            } else if byte == ASCII.percent {
                readExtendedBlock()
            } else if position > lastAsterisk {
                issue(
                    .gerberUnterminatedBlock, at: position, "the file ends inside a data block that has no closing '*'")
                return
            } else {
                // Only a file longer than the limit can hold a block past it: only there is the block measured first.
                if lastAsterisk - position > limits.maximumLineLength {
                    let wordEnd = bytes.firstOffset(of: ASCII.asterisk, from: position, to: end)
                    if wordEnd - position > limits.maximumLineLength {
                        issue(
                            .gerberBlockTooLong, at: position,
                            "a data block of \(wordEnd - position) bytes is longer than \(limits.maximumLineLength) (limit maximumLineLength); it was skipped"
                        )
                        position = wordEnd + 1
                        continue
                    }
                }
                position = readWord(from: position) + 1
                if stoppingAtFirstOperation, lastOperation != nil { return }
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
            issue(
                .gerberUnbalancedBlock, at: max(bytes.count - 1, 0),
                "\(blocks.count) block aperture(s) opened with %AB are never closed")
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
            // Offsets were converted to millimetres as they were read, like coordinates.
            extent = extent.map { imageTransform.apply(to: $0) }
            document.segments = document.segments.map {
                let (start, end) = (
                    imageTransform.apply(x: $0.startX, y: $0.startY), imageTransform.apply(x: $0.endX, y: $0.endY)
                )
                return Segment(startX: start.x, startY: start.y, endX: end.x, endY: end.y)
            }
            for index in document.pads.indices {
                (document.pads[index].x, document.pads[index].y) = imageTransform.apply(
                    x: document.pads[index].x, y: document.pads[index].y)
            }
        }
        if document.unit != nil {
            document.extent = extent
        }
        if let image {
            document.image = image.finished(
                negativeOver: imageNegative ? extent : nil, flips: imageTransform.flips,
                imageTransform.isIdentity
                    ? nil
                    : { [imageTransform] in
                        let point = imageTransform.apply(x: $0.x, y: $0.y)
                        return BoardPoint(x: point.x, y: point.y)
                    })
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

    /// Reads the data block that starts at `start` (a '*' is known to follow) and performs its operation; returns
    /// the offset of the '*' that ends it. One pass: the block is parsed as its end is looked for.
    private mutating func readWord(from start: Int) -> Int {
        var index = start
        var newX: Double?
        var newY: Double?
        var offsetI = 0.0
        var offsetJ = 0.0
        var operation: Int?
        while true {
            let byte = bytes[index]
            if byte == ASCII.asterisk { break }
            if ASCII.isWhitespace(byte) {
                index += 1  // EasyEDA breaks lines inside words ("G01\nX…D02*").
                continue
            }
            let letter = ASCII.uppercased(byte)
            let codeStart = index
            index += 1
            switch letter {
            case UInt8(ascii: "X"), UInt8(ascii: "Y"), UInt8(ascii: "I"), UInt8(ascii: "J"):
                guard let value = readCoordinate(&index) else { return endOfWord(from: index) }
                switch letter {
                case UInt8(ascii: "X"): newX = value
                case UInt8(ascii: "Y"): newY = value
                case UInt8(ascii: "I"): offsetI = value
                default: offsetJ = value
                }
            case UInt8(ascii: "D"):
                guard let code = readCode(&index) else { return invalidWord(from: start) }
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
                    return invalidWord(from: start)
                }
            case UInt8(ascii: "G"):
                guard let code = readCode(&index) else { return invalidWord(from: start) }
                if code == 4 {
                    let end = endOfWord(from: index)
                    readComment(index..<end)
                    return end
                }
                applyGCode(code, at: codeStart)
            case UInt8(ascii: "M"):
                guard let code = readCode(&index) else { return invalidWord(from: start) }
                if code == 2 || code == 0 || code == 1 {
                    if code != 2 {
                        issue(.gerberDeprecated, at: codeStart, "M0\(code) ends the file; the current spec uses M02")
                    }
                    document.hasEndOfFile = true
                } else {
                    return invalidWord(from: start)
                }
            case UInt8(ascii: "N"):
                while ASCII.isDigit(bytes[index]) { index += 1 }
            default:
                return invalidWord(from: start)
            }
        }
        let hasCoordinates = newX != nil || newY != nil
        if hasCoordinates { sawCoordinateData = true }
        if operation == nil, hasCoordinates {
            if lastOperation == 1 {
                issue(
                    .gerberImplicitOperation, at: start,
                    "coordinates without an operation code repeat the previous D01 (deprecated)")
                operation = 1
            } else {
                issue(
                    .gerberImplicitOperation, at: start,
                    "coordinates without an operation code only move the current point")
                operation = 2
            }
        }
        if let operation {
            lastOperation = operation
            perform(operation, toX: newX ?? x, y: newY ?? y, i: offsetI, j: offsetJ, at: start)
        }
        return index
    }

    /// The offset of the '*' that ends the data block around `index`.
    private func endOfWord(from index: Int) -> Int {
        bytes.firstOffset(of: ASCII.asterisk, from: index, to: bytes.count)
    }

    /// Reports the data block at `start` as invalid and returns the offset of the '*' that ends it.
    private mutating func invalidWord(from start: Int) -> Int {
        let end = endOfWord(from: start)
        issue(.gerberInvalidCommand, at: start, "'\(bytes.excerpt(start..<end))' is not a valid Gerber command")
        return end
    }

    /// Reads the digits of a G, D, M code at `index` (at most nine); nil when there are none.
    private func readCode(_ index: inout Int) -> Int? {
        var value = 0
        let start = index
        while ASCII.isDigit(bytes[index]), index - start < 9 {
            value = value * 10 + Int(bytes[index] &- ASCII.zero)
            index += 1
        }
        return index > start ? value : nil
    }

    /// Reads a coordinate number after X/Y/I/J, scaled by the `%FS` format and the unit in force into millimetres.
    ///
    /// The common shape (an optional sign, at most 18 digits, no point, leading zeros omitted, after `%FS`) is read
    /// here in one pass; anything else is read again from its start by `readUnusualCoordinate`.
    @inline(__always)
    private mutating func readCoordinate(_ index: inout Int) -> Double? {
        let start = index
        let negative = bytes[index] == ASCII.minus
        if negative || bytes[index] == ASCII.plus { index &+= 1 }
        var mantissa: UInt64 = 0
        let digitCount = bytes.accumulateDigits(from: &index, before: bytes.count, into: &mantissa)
        guard plainCoordinates, digitCount > 0, digitCount <= DecimalNumber.maximumDigits, bytes[index] != ASCII.period
        else {
            index = start
            return readUnusualCoordinate(&index)
        }
        // At most 18 digits: below 2^63, so the signed conversion (one instruction) is exact.
        let magnitude = Double(Int64(bitPattern: mantissa))
        return (negative ? -magnitude : magnitude) * coordinateScale
    }

    /// Reads any coordinate number, with a decimal point, trailing zeros omitted, before `%FS`, or with no digits
    /// or too many (a located finding, and nil).
    private mutating func readUnusualCoordinate(_ index: inout Int) -> Double? {
        let start = index
        let end = bytes.count
        let negative = bytes[index] == ASCII.minus
        if negative || bytes[index] == ASCII.plus { index += 1 }
        var mantissa: UInt64 = 0
        var digitCount = bytes.accumulateDigits(from: &index, before: end, into: &mantissa)
        var fractionDigits = 0
        let hasPoint = bytes[index] == ASCII.period
        if hasPoint {
            index &+= 1
            fractionDigits = bytes.accumulateDigits(from: &index, before: end, into: &mantissa)
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
        if hasPoint { return raw / DecimalNumber.powerOfTen(fractionDigits) * unitScale }
        guard let format = document.format else {
            issue(.gerberCoordinateBeforeFS, at: start, "a coordinate comes before the %FS format statement")
            return raw * unitScale
        }
        if format.omitsTrailingZeros {
            let total = format.integerDigits + format.decimalDigits
            return raw * DecimalNumber.powerOfTen(total - digitCount) / DecimalNumber.powerOfTen(format.decimalDigits)
                * unitScale
        }
        return raw * coordinateScale
    }

    /// Makes `code` the current aperture: its box under the aperture transform and its pad function are cached,
    /// so that draws and flashes look nothing up.
    mutating func selectAperture(_ code: Int) {
        currentAperture = code
        currentBox = apertureTransform.apply(to: apertureBoxes[code] ?? Extent(x: 0, y: 0))
        currentReach = max(-currentBox.minX, -currentBox.minY, currentBox.maxX, currentBox.maxY, 0)
        currentPadFunction = apertureFunctions[code].flatMap { $0.contains("Pad") ? $0 : nil }
        currentIsRound = roundApertures.contains(code)
    }

    private mutating func applyGCode(_ code: Int, at offset: Int) {
        switch code {
        case 1: interpolation = .linear
        case 2: interpolation = .clockwise
        case 3: interpolation = .counterclockwise
        case 36:
            inRegion = true
            regionHasSegments = false
            regionBox = nil
            image?.beginRegion()
        case 37:
            if !inRegion {
                issue(.gerberRegionNotOpen, at: offset, "G37 ends a region that was never started with G36")
            }
            inRegion = false
            document.regionCount += 1
            recordRegionPad()
            image?.endRegion(dark: !clearPolarity)
        case 74:
            multiQuadrant = false
            issue(.gerberDeprecated, at: offset, "G74 (single-quadrant arcs) is deprecated")
        case 75: multiQuadrant = true
        case 54, 55:
            issue(.gerberDeprecated, at: offset, "G\(code) before an aperture selection is deprecated")
        case 70, 71:
            issue(.gerberDeprecated, at: offset, "G\(code) sets the unit (deprecated; %MO is the standard)")
            setUnit(code == 70 ? .inch : .millimeter, at: offset)
        case 90, 91:
            issue(.gerberDeprecated, at: offset, "G\(code) is deprecated")
        default:
            issue(.gerberInvalidCommand, at: offset, "G\(code) is not a Gerber command")
        }
    }

    private mutating func readComment(_ range: Range<Int>) {
        var start = range.lowerBound
        while start < range.upperBound, bytes[start] == ASCII.space { start += 1 }
        guard bytes.matches("#@!", at: start) else {
            if header != nil, start < range.upperBound, header!.comments.count < GerberHeader.maximumComments {
                let end = min(range.upperBound, start + GerberHeader.maximumCommentLength)
                header!.comments.append(bytes.string(start..<end).trimming(" "))
            }
            return
        }
        start += 3
        while start < range.upperBound, bytes[start] == ASCII.space || bytes[start] == ASCII.percent { start += 1 }
        readAttribute(start..<range.upperBound)
    }
}
