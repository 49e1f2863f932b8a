import FullKitCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Extended commands: the `%…%` blocks that set format, unit, apertures, macros, attributes and image state.
extension GerberParser {
    mutating func readExtendedBlock() {
        let blockStart = position + 1
        let blockEnd = bytes.firstOffset(of: ASCII.percent, from: blockStart, to: bytes.count)
        guard blockEnd < bytes.count else {
            issue(.gerberUnterminatedBlock, at: position, "an extended command has no closing '%'")
            position = bytes.count
            return
        }
        position = blockEnd + 1
        guard blockEnd - blockStart <= limits.maximumLineLength else {
            issue(
                .gerberBlockTooLong, at: blockStart,
                "an extended command of \(blockEnd - blockStart) bytes is longer than \(limits.maximumLineLength) (limit maximumLineLength); it was skipped"
            )
            return
        }
        var wordStart = blockStart
        while wordStart < blockEnd, ASCII.isWhitespace(bytes[wordStart]) { wordStart += 1 }
        if bytes.matches("AM", at: wordStart) {
            readMacro(wordStart..<blockEnd)
            return
        }
        var words = 0
        while wordStart < blockEnd {
            let wordEnd = bytes.firstOffset(of: ASCII.asterisk, from: wordStart, to: blockEnd)
            if wordEnd == blockEnd {
                issue(.gerberUnterminatedBlock, at: wordStart, "an extended command lacks its closing '*'")
                return
            }
            words += 1
            if words == 2 {
                issue(.gerberSeveralCommandsInBlock, at: wordStart, "several commands share one %…% block (deprecated)")
            }
            readExtendedCommand(wordStart..<wordEnd)
            wordStart = wordEnd + 1
            while wordStart < blockEnd, ASCII.isWhitespace(bytes[wordStart]) { wordStart += 1 }
        }
    }

    private mutating func readExtendedCommand(_ range: Range<Int>) {
        let start = range.lowerBound
        guard range.count >= 2 else { return }
        let body = start + 2..<range.upperBound
        switch (bytes[start], bytes[start + 1]) {
        case (UInt8(ascii: "F"), UInt8(ascii: "S")): readFormat(body)
        case (UInt8(ascii: "M"), UInt8(ascii: "O")): readUnit(body)
        case (UInt8(ascii: "A"), UInt8(ascii: "D")): readApertureDefinition(body)
        case (UInt8(ascii: "T"), UInt8(ascii: "F")):
            readAttribute(range)
            if bytes.matches(".MD5,", at: start + 2) { verifyMD5(start..<range.upperBound) }
        case (UInt8(ascii: "T"), UInt8(ascii: "A")): readApertureAttribute(body)
        case (UInt8(ascii: "T"), UInt8(ascii: "O")): readObjectAttribute(body)
        case (UInt8(ascii: "T"), UInt8(ascii: "D")): deleteAttribute(body)
        case (UInt8(ascii: "S"), UInt8(ascii: "R")): readStepAndRepeat(body, at: start)
        case (UInt8(ascii: "L"), UInt8(ascii: "S")):
            let scale = DecimalNumber.parse(bytes, body) ?? 1
            apertureTransform.scale = scale.isFinite && scale > 0 ? scale : 1
            currentAperture.map { selectAperture($0) }
        case (UInt8(ascii: "L"), UInt8(ascii: "R")):
            let degrees = DecimalNumber.parse(bytes, body) ?? 0
            apertureTransform.rotation = degrees.isFinite ? degrees : 0
            currentAperture.map { selectAperture($0) }
        case (UInt8(ascii: "L"), UInt8(ascii: "M")):
            let mirror = bytes.string(body)
            apertureTransform.mirrorsX = mirror == "X" || mirror == "XY"
            apertureTransform.mirrorsY = mirror == "Y" || mirror == "XY"
            currentAperture.map { selectAperture($0) }
        case (UInt8(ascii: "L"), UInt8(ascii: "P")):
            clearPolarity = bytes.matches("C", at: body.lowerBound)
        case (UInt8(ascii: "T"), UInt8(ascii: "J")):
            break  // %TJ: job attributes of the early Gerber job format (Eagle 9 writes them in .gbrjob files).
        case (UInt8(ascii: "A"), UInt8(ascii: "B")):
            readBlockAperture(body)
        case (UInt8(ascii: "I"), UInt8(ascii: "C")), (UInt8(ascii: "I"), UInt8(ascii: "J")),
            (UInt8(ascii: "I"), UInt8(ascii: "O")), (UInt8(ascii: "K"), UInt8(ascii: "O")),
            (UInt8(ascii: "P"), UInt8(ascii: "F")), (UInt8(ascii: "R"), UInt8(ascii: "O")),
            (UInt8(ascii: "I"), UInt8(ascii: "F")):
            issue(
                .gerberDeprecated, at: start,
                "%\(bytes.string(start..<start + 2)) is an RS-274X command removed from the specification")
        case (UInt8(ascii: "A"), UInt8(ascii: "S")), (UInt8(ascii: "I"), UInt8(ascii: "R")),
            (UInt8(ascii: "M"), UInt8(ascii: "I")), (UInt8(ascii: "O"), UInt8(ascii: "F")),
            (UInt8(ascii: "S"), UInt8(ascii: "F")):
            let name = bytes.string(start..<start + 2)
            let before = imageTransform
            imageTransform.read(name, bytes.string(body), millimetresPerUnit: unitScale)
            let applied = imageTransform == before ? "" : "; the image transform it sets is applied"
            issue(.gerberDeprecated, at: start, "%\(name) is a deprecated image parameter\(applied)")
        case (UInt8(ascii: "I"), UInt8(ascii: "N")), (UInt8(ascii: "I"), UInt8(ascii: "P")),
            (UInt8(ascii: "L"), UInt8(ascii: "N")):
            if header != nil, bytes[start + 1] == UInt8(ascii: "N") {
                let name = bytes.string(body.lowerBound..<min(body.upperBound, body.lowerBound + 200)).trimming(" ")
                if bytes[start] == UInt8(ascii: "I") { header!.imageName = name } else { header!.layerName = name }
            }
            if bytes[start] == UInt8(ascii: "I"), bytes[start + 1] == UInt8(ascii: "P") {
                imageNegative = bytes.matches("NEG", at: body.lowerBound)
            }
            issue(.gerberDeprecated, at: start, "%\(bytes.string(start..<start + 2)) is a deprecated command")
        default:
            issue(.gerberInvalidCommand, at: start, "'%\(bytes.excerpt(range))' is not a Gerber extended command")
        }
    }

    private mutating func readFormat(_ range: Range<Int>) {
        // FS L|T|D A|I X<int><dec> Y<int><dec>, optionally with deprecated N/G/D/M fields.
        var index = range.lowerBound
        var trailing = false
        var incremental = false
        var xDigits: (Int, Int)?
        var yDigits: (Int, Int)?
        while index < range.upperBound {
            let letter = bytes[index]
            switch letter {
            case UInt8(ascii: "T"): trailing = true
            case UInt8(ascii: "I"): incremental = true
            case UInt8(ascii: "X"), UInt8(ascii: "Y"):
                guard index + 2 < range.upperBound, ASCII.isDigit(bytes[index + 1]), ASCII.isDigit(bytes[index + 2])
                else {
                    break
                }
                let digits = (Int(bytes[index + 1] &- ASCII.zero), Int(bytes[index + 2] &- ASCII.zero))
                if letter == UInt8(ascii: "X") { xDigits = digits } else { yDigits = digits }
                index += 2
            default: break
            }
            index += 1
        }
        guard let xDigits else {
            issue(.gerberInvalidFS, at: range.lowerBound - 2, "%FS does not state the X coordinate digits")
            return
        }
        if let yDigits, yDigits != xDigits {
            issue(.gerberInvalidFS, at: range.lowerBound - 2, "%FS gives X and Y different formats")
        }
        if document.format != nil {
            issue(.gerberRepeatedFS, at: range.lowerBound - 2, "%FS appears more than once")
        }
        if trailing || incremental {
            issue(
                .gerberDeprecated, at: range.lowerBound - 2,
                "%FS uses \(trailing ? "trailing-zero omission" : "incremental coordinates") (deprecated)")
        }
        document.format = CoordinateFormat(
            integerDigits: xDigits.0, decimalDigits: xDigits.1, omitsTrailingZeros: trailing, isIncremental: incremental
        )
        formatScale = 1 / DecimalNumber.powerOfTen(xDigits.1)
        coordinateScale = formatScale * unitScale
        plainCoordinates = !trailing
    }

    private mutating func readUnit(_ range: Range<Int>) {
        if bytes.matches("MM", at: range.lowerBound) {
            setUnit(.millimeter, at: range.lowerBound - 2)
        } else if bytes.matches("IN", at: range.lowerBound) {
            setUnit(.inch, at: range.lowerBound - 2)
        } else {
            issue(.gerberInvalidMO, at: range.lowerBound - 2, "%MO must be MM or IN")
        }
    }

    /// Makes `unit` the unit in force. The first unit stated is the file's (`document.unit`), and what was read
    /// before it, in file units, is converted; a later, different unit is a warning, and applies to what follows.
    mutating func setUnit(_ unit: LengthUnit, at offset: Int) {
        if document.unit != nil {
            if unit.millimeters != unitScale {
                let (from, to) = unit == .inch ? ("mm", "inch") : ("inch", "mm")
                issue(
                    .gerberUnitChanged, at: offset,
                    "the unit changes from \(from) to \(to) mid-file; what follows is read in \(to)")
            }
        } else {
            document.unit = unit
            convertReadSoFar(by: unit.millimeters)
        }
        unitScale = unit.millimeters
        coordinateScale = formatScale * unitScale
    }

    /// Converts every length read before the first unit statement (in file units) to millimetres.
    private mutating func convertReadSoFar(by scale: Double) {
        guard scale != 1 else { return }
        image?.scale(by: scale)
        extent = extent?.scaled(by: scale)
        (x, y) = (x * scale, y * scale)
        apertureBoxes = apertureBoxes.mapValues { $0.scaled(by: scale) }
        if let code = currentAperture { selectAperture(code) }
        blocks = blocks.map { ($0.code, $0.outer?.scaled(by: scale)) }
        stepRepeat = stepRepeat.map {
            ($0.countX, $0.countY, $0.stepX * scale, $0.stepY * scale, $0.before?.scaled(by: scale))
        }
        (imageTransform.offsetA, imageTransform.offsetB) = (
            imageTransform.offsetA * scale, imageTransform.offsetB * scale
        )
        document.segments = document.segments.map {
            Segment(startX: $0.startX * scale, startY: $0.startY * scale, endX: $0.endX * scale, endY: $0.endY * scale)
        }
        for index in document.pads.indices {
            document.pads[index].x *= scale
            document.pads[index].y *= scale
            document.pads[index].width *= scale
            document.pads[index].height *= scale
        }
    }

    private mutating func readApertureDefinition(_ range: Range<Int>) {
        var index = range.lowerBound
        guard index < range.upperBound, bytes[index] == UInt8(ascii: "D") else {
            issue(.gerberInvalidAD, at: range.lowerBound - 2, "%AD must be followed by a D-code")
            return
        }
        index += 1
        var code = 0
        let digitsStart = index
        while index < range.upperBound, ASCII.isDigit(bytes[index]), index - digitsStart < 9 {
            code = code * 10 + Int(bytes[index] &- ASCII.zero)
            index += 1
        }
        guard index > digitsStart, code >= 10 else {
            issue(.gerberInvalidAD, at: range.lowerBound - 2, "aperture numbers start at D10")
            return
        }
        let nameEnd = bytes.firstOffset(of: ASCII.comma, from: index, to: range.upperBound)
        let template = bytes.string(index..<nameEnd)
        var parameters: [Double] = []
        var parameterStart = nameEnd + 1
        while parameterStart < range.upperBound {
            let parameterEnd = bytes.firstOffset(of: UInt8(ascii: "X"), from: parameterStart, to: range.upperBound)
            // P-CAD writes a space after the comma (`%ADD86C, 5.8810*%`); libgerbv reads it, and so does FullKit.
            var (start, end) = (parameterStart, parameterEnd)
            while start < end, ASCII.isWhitespace(bytes[start]) { start += 1 }
            while end > start, ASCII.isWhitespace(bytes[end - 1]) { end -= 1 }
            parameters.append(DecimalNumber.parse(bytes, start..<end) ?? 0)
            parameterStart = parameterEnd + 1
        }
        guard apertureBoxes.count < limits.maximumApertures || apertureBoxes[code] != nil else {
            issue(
                .gerberTooManyApertures, at: range.lowerBound - 2,
                "the file defines more than \(CountedNoun.phrase(limits.maximumApertures, "aperture")) (limit maximumApertures); the rest are ignored"
            )
            return
        }
        if apertureBoxes[code] != nil {
            issue(.gerberApertureRedefined, at: range.lowerBound - 2, "aperture D\(code) is defined twice")
        }
        let finite = parameters.map { $0.isFinite ? abs($0) : 0 }
        func parameter(_ index: Int) -> Double { index < finite.count ? finite[index] : 0 }
        switch template {
        case "C":
            apertureBoxes[code] = Extent(x: 0, y: 0, margin: parameter(0) / 2)
        case "R", "O":
            apertureBoxes[code] = Extent(
                minX: -parameter(0) / 2, minY: -parameter(1) / 2, maxX: parameter(0) / 2, maxY: parameter(1) / 2)
        case "P":
            // A regular polygon: its vertices, the first at the rotation angle, bound it exactly.
            let count = Int(min(max(parameter(1), 3), 12))
            let rotation = parameters.count > 2 && parameters[2].isFinite ? parameters[2] : 0
            var box = Extent(x: 0, y: 0)
            for vertex in 0..<count {
                let angle = (rotation + Double(vertex) * 360 / Double(count)) * .pi / 180
                box = box.union(Extent(x: parameter(0) / 2 * cos(angle), y: parameter(0) / 2 * sin(angle)))
            }
            apertureBoxes[code] = Extent(minX: box.minX, minY: box.minY, maxX: box.maxX, maxY: box.maxY)
        default:
            if let macro = macros[template] {
                let cost = macro.cost
                if macroWork <= limits.maximumMacroWork - cost {
                    macroWork += cost
                    apertureBoxes[code] = macro.boundingBox(arguments: parameters) ?? Extent(x: 0, y: 0)
                } else {
                    if macroWork <= limits.maximumMacroWork {
                        issue(
                            .gerberMacroTooCostly, at: range.lowerBound - 2,
                            "evaluating aperture D\(code)'s macro '\(template)' would take the file past \(CountedNoun.phrase(limits.maximumMacroWork, "macro step")) (limit maximumMacroWork); this and later macro apertures are left without a size"
                        )
                        macroWork = limits.maximumMacroWork + 1
                    }
                    apertureBoxes[code] = Extent(x: 0, y: 0)
                }
            } else {
                issue(
                    .gerberUndefinedMacro, at: range.lowerBound - 2,
                    "aperture D\(code) uses macro '\(template)', which is not defined before it")
                apertureBoxes[code] = Extent(x: 0, y: 0)
            }
        }
        apertureBoxes[code] = apertureBoxes[code]?.scaled(by: unitScale)
        if template == "C" { roundApertures.insert(code) } else { roundApertures.remove(code) }
        if image != nil {
            image!.define(
                code,
                apertureShape(template, parameters, evaluated: apertureBoxes[code] != Extent(x: 0, y: 0)).scaled(
                    by: unitScale))
        }
        apertureFunctions[code] = apertureFunction
        if code == currentAperture { selectAperture(code) }
        if let apertureFunction { document.apertureFunctions.insert(apertureFunction) }
    }

    /// The shape of an aperture of `template` with `parameters` (in file units); a macro's only when it was
    /// `evaluated` within the work limit (else an empty macro).
    private func apertureShape(_ template: String, _ parameters: [Double], evaluated: Bool) -> ApertureShape {
        let finite = parameters.map { $0.isFinite ? abs($0) : 0 }
        func parameter(_ index: Int) -> Double { index < finite.count ? finite[index] : 0 }
        switch template {
        case "C": return .circle(diameter: parameter(0), hole: parameter(1))
        case "R": return .rectangle(width: parameter(0), height: parameter(1), hole: parameter(2))
        case "O": return .obround(width: parameter(0), height: parameter(1), hole: parameter(2))
        case "P":
            let rotation = parameters.count > 2 && parameters[2].isFinite ? parameters[2] : 0
            return .polygon(
                diameter: parameter(0), vertices: Int(min(max(parameter(1), 3), 12)), rotation: rotation,
                hole: parameter(3))
        default:
            guard evaluated, let macro = macros[template] else { return .macro([]) }
            return .macro(macro.shapes(arguments: parameters))
        }
    }

    /// `%ABD300*%` opens block aperture D300: what follows is drawn relative to the block's origin, into an extent of
    /// its own; `%AB*%` closes it, and the block's size becomes the aperture's. Blocks may nest.
    private mutating func readBlockAperture(_ range: Range<Int>) {
        if range.isEmpty {
            guard let open = blocks.popLast() else {
                issue(
                    .gerberUnbalancedBlock, at: range.lowerBound - 2,
                    "%AB closes a block aperture that was never opened")
                return
            }
            apertureBoxes[open.code] = extent ?? Extent(x: 0, y: 0)
            image?.closeBlock()
            if open.code == currentAperture { selectAperture(open.code) }
            extent = open.outer
            return
        }
        guard bytes[range.lowerBound] == UInt8(ascii: "D") else {
            issue(.gerberInvalidCommand, at: range.lowerBound - 2, "%AB must name a D-code or close a block")
            return
        }
        var code = 0
        for index in range.lowerBound + 1..<min(range.upperBound, range.lowerBound + 10)
        where ASCII.isDigit(bytes[index]) {
            code = code * 10 + Int(bytes[index] &- ASCII.zero)
        }
        guard code >= 10, blocks.count < 64 else {
            issue(
                .gerberInvalidCommand, at: range.lowerBound - 2,
                "%AB needs a D-code of 10 or more, nested at most 64 deep")
            return
        }
        if apertureBoxes[code] == nil { apertureBoxes[code] = Extent(x: 0, y: 0) }
        blocks.append((code, extent))
        extent = nil
        image?.openBlock(code)
    }

    private mutating func readMacro(_ range: Range<Int>) {
        let nameEnd = bytes.firstOffset(of: ASCII.asterisk, from: range.lowerBound + 2, to: range.upperBound)
        let name = bytes.string(range.lowerBound + 2..<nameEnd)
        if name.isEmpty {
            issue(.gerberInvalidAM, at: range.lowerBound, "%AM has no macro name")
        }
        do throws(ApertureMacro.Failure) {
            macros[name] = try ApertureMacro.parse(
                bytes, min(nameEnd + 1, range.upperBound)..<range.upperBound, maximumDepth: limits.maximumMacroDepth)
        } catch {
            macros[name] = ApertureMacro(statements: [])
            switch error {
            case .tooDeep(let offset):
                issue(
                    .gerberMacroTooDeep, at: offset,
                    "macro '\(name)' nests an expression deeper than \(CountedNoun.phrase(limits.maximumMacroDepth, "level")) (limit maximumMacroDepth)"
                )
            case .invalid(let offset):
                issue(.gerberInvalidAM, at: offset, "macro '\(name)' has a statement that is not a valid expression")
            case .unknownPrimitive(let offset, let code):
                issue(.gerberInvalidAM, at: offset, "macro '\(name)' uses primitive \(code), which does not exist")
            }
        }
    }

    mutating func readAttribute(_ range: Range<Int>) {
        // `TF.Name,values` (in %…%) or the same text inside a G04 #@! comment; TA/TO/TD in comments too.
        guard range.count > 2 else { return }
        let body = range.lowerBound + 2..<range.upperBound
        switch (bytes[range.lowerBound], bytes[range.lowerBound + 1]) {
        case (UInt8(ascii: "T"), UInt8(ascii: "F")): document.attributes.record(bytes.string(body))
        case (UInt8(ascii: "T"), UInt8(ascii: "A")): readApertureAttribute(body)
        case (UInt8(ascii: "T"), UInt8(ascii: "O")): readObjectAttribute(body)
        case (UInt8(ascii: "T"), UInt8(ascii: "D")): deleteAttribute(body)
        default: break
        }
    }

    private mutating func readApertureAttribute(_ range: Range<Int>) {
        let text = bytes.string(range)
        if text.hasPrefix(".AperFunction,") {
            apertureFunction = String(text.dropFirst(".AperFunction,".count))
        }
    }

    private mutating func readObjectAttribute(_ range: Range<Int>) {
        let text = bytes.string(range)
        if text.hasPrefix(".C,") {
            let designator = String(text.dropFirst(3))
            objectDesignator = designator
            document.componentDesignators.insert(designator)
        }
    }

    private mutating func deleteAttribute(_ range: Range<Int>) {
        let text = bytes.string(range)
        if text.isEmpty || text == ".AperFunction" { apertureFunction = nil }
        if text.isEmpty || text == ".C" { objectDesignator = nil }
    }

    private mutating func readStepAndRepeat(_ range: Range<Int>, at offset: Int) {
        if let open = stepRepeat {
            closeStepAndRepeat(open)
        }
        guard range.count > 0 else { return }
        var values: [UInt8: Double] = [:]
        var index = range.lowerBound
        while index < range.upperBound {
            let letter = bytes[index]
            var end = index + 1
            while end < range.upperBound, !ASCII.isLetter(bytes[end]) { end += 1 }
            values[letter] = DecimalNumber.parse(bytes, index + 1..<end)
            index = end
        }
        let countX = Int(values[UInt8(ascii: "X")] ?? 1)
        let countY = Int(values[UInt8(ascii: "Y")] ?? 1)
        guard countX >= 1, countY >= 1 else {
            issue(.gerberInvalidSR, at: offset, "%SR repeat counts must be at least 1")
            return
        }
        guard countX.multipliedReportingOverflow(by: countY).partialValue <= limits.maximumStepRepeatCopies,
            countX <= limits.maximumStepRepeatCopies, countY <= limits.maximumStepRepeatCopies
        else {
            issue(
                .gerberStepRepeatTooLarge, at: offset,
                "%SR asks for \(countX) × \(countY) copies, more than \(CountedNoun.phrase(limits.maximumStepRepeatCopies, "copy", plural: "copies")) (limit maximumStepRepeatCopies); the block is read once"
            )
            return
        }
        stepRepeat = (
            countX, countY, (values[UInt8(ascii: "I")] ?? 0) * unitScale, (values[UInt8(ascii: "J")] ?? 0) * unitScale,
            extent
        )
        extent = nil
        image?.beginRepeat()
    }

    /// Applies the open step-and-repeat to the extent drawn inside it.
    mutating func closeStepAndRepeat(_ block: (countX: Int, countY: Int, stepX: Double, stepY: Double, before: Extent?))
    {
        stepRepeat = nil
        image?.endRepeat(countX: block.countX, countY: block.countY, stepX: block.stepX, stepY: block.stepY)
        var combined = block.before
        if let drawn = extent {
            combined.formUnion(
                drawn.union(
                    drawn.offsetBy(
                        dx: Double(block.countX - 1) * block.stepX, dy: Double(block.countY - 1) * block.stepY)))
        }
        extent = combined
    }

    /// Checks `%TF.MD5,<hash>*%`: the MD5 of every byte before the `%` that opens it, with CR and LF left out.
    private mutating func verifyMD5(_ range: Range<Int>) {
        let stated = bytes.string(range.lowerBound + 7..<range.upperBound).lowercased()
        var percent = range.lowerBound - 1
        while percent > 0, bytes[percent] != ASCII.percent { percent -= 1 }
        var md5 = MD5()
        for byte in UnsafeRawBufferPointer(rebasing: bytes[0..<percent])
        where byte != ASCII.lineFeed && byte != ASCII.carriageReturn {
            md5.update(byte)
        }
        let computed = md5.hexDigest()
        if computed != stated {
            issue(
                .gerberMD5Mismatch, at: range.lowerBound,
                "the file's .MD5 attribute says \(stated), its content hashes to \(computed): it was changed after export"
            )
        }
    }
}
