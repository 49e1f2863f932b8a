import FullKit
import Testing

/// Every reader limit is configurable and, when reached, is one located finding that names the limit; below it the
/// same input reads cleanly.
@Suite("Read limits")
struct ReadLimitsTests {
    private func limits(_ change: (inout ReadLimits) -> Void) -> ReadLimits {
        var limits = ReadLimits()
        change(&limits)
        return limits
    }

    @Test("a step-and-repeat past maximumStepRepeatCopies is refused at its %SR; within it the copies size the extent")
    func stepRepeat() throws {
        let text = MarkedText("%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,1*%\n%⟨sr⟩SRX4Y3I10J20*%\nD10*\nX0Y0D03*\n%SR*%\nM02*\n")
        let refused = GerberReader.read(text.bytes, limits: limits { $0.maximumStepRepeatCopies = 11 })
        let issue = try #require(refused.issues.first { $0.ruleID == "GERBER_STEP_REPEAT_TOO_LARGE" })
        #expect(issue.location == text.location("sr"))
        #expect(issue.message.contains("maximumStepRepeatCopies"))
        #expect(refused.extent?.maxX == 0.5)
        let allowed = GerberReader.read(text.bytes, limits: limits { $0.maximumStepRepeatCopies = 12 })
        #expect(allowed.issues.isEmpty)
        #expect(allowed.extent?.maxX == 30.5)
        #expect(allowed.extent?.maxY == 40.5)
    }

    @Test("counts whose product overflows 64 bits are refused, not trapped")
    func stepRepeatOverflow() {
        let text = "%FSLAX46Y46*%\n%MOMM*%\n%SRX999999999999999999Y999999999999999999I1J1*%\n%SR*%\nM02*\n"
        let document = GerberReader.read(Array(text.utf8))
        #expect(document.issues.contains { $0.ruleID == "GERBER_STEP_REPEAT_TOO_LARGE" })
    }

    @Test("a data block or extended command past maximumLineLength is skipped with a located error")
    func gerberBlockLength() throws {
        let comment = String(repeating: "x", count: 200)
        let text = MarkedText(
            "%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,1*%\n⟨block⟩G04 \(comment)*\n%⟨extended⟩TF.Part,\(comment)*%\nD10*\nX0Y0D03*\nM02*\n"
        )
        let short = GerberReader.read(text.bytes, limits: limits { $0.maximumLineLength = 100 })
        let issues = short.issues.filter { $0.ruleID == "GERBER_BLOCK_TOO_LONG" }
        #expect(issues.map(\.location) == [text.location("block"), text.location("extended")])
        #expect(short.flashCount == 1)
        #expect(GerberReader.read(text.bytes).issues.isEmpty)
    }

    @Test("maximumApertures and maximumMacroDepth are read from the limits")
    func aperturesAndMacroDepth() {
        let apertures = "%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,1*%\n%ADD11C,1*%\n%ADD12C,1*%\nM02*\n"
        let fewer = GerberReader.read(Array(apertures.utf8), limits: limits { $0.maximumApertures = 2 })
        #expect(fewer.issues.filter { $0.ruleID == "GERBER_TOO_MANY_APERTURES" }.map(\.location?.line) == [5])
        #expect(GerberReader.read(Array(apertures.utf8)).issues.isEmpty)

        let nested =
            "%FSLAX46Y46*%\n%MOMM*%\n%AMN*\n1,1," + String(repeating: "(", count: 20) + "1"
            + String(repeating: ")", count: 20) + ",0,0*%\n%ADD10N*%\nM02*\n"
        #expect(
            GerberReader.read(Array(nested.utf8), limits: limits { $0.maximumMacroDepth = 16 })
                .issues.contains { $0.ruleID == "GERBER_MACRO_TOO_DEEP" })
        #expect(GerberReader.read(Array(nested.utf8)).issues.isEmpty)
    }

    @Test("an Excellon line past maximumLineLength is skipped with a located error")
    func excellonLineLength() throws {
        let text = MarkedText(
            "M48\nMETRIC,TZ\nT1C0.8\n%\nT1\nX1.0Y1.0\n⟨long⟩;\(String(repeating: "c", count: 300))\nM30\n")
        let document = ExcellonReader.read(text.bytes, limits: limits { $0.maximumLineLength = 256 })
        let issue = try #require(document.issues.first { $0.ruleID == "EXCELLON_LINE_TOO_LONG" })
        #expect(issue.location == text.location("long"))
        #expect(document.hitCount == 1)
        #expect(ExcellonReader.read(text.bytes).issues.isEmpty)
    }

    @Test("a BOM or XY line past maximumLineLength is skipped with a located error; the lines around it are read")
    func textLineLength() throws {
        let long = String(repeating: "C9,", count: 100)
        let bom = MarkedText("Designator,Value\nR1,10k\n⟨long⟩\(long)\"end\"\nR2,1k\n")
        let read = BOMReader.read(bom.bytes, limits: limits { $0.maximumLineLength = 128 })
        let issue = try #require(read.issues.first { $0.ruleID == "TEXT_LINE_TOO_LONG" })
        #expect(issue.location == bom.location("long"))
        #expect(read.lines.map(\.designators) == [["R1"], ["R2"]])
        #expect(BOMReader.read(bom.bytes).issues.isEmpty)

        let xy = MarkedText(
            "Designator,Mid X,Mid Y,Layer\nR1,1,1,Top\n⟨long⟩R2,\(String(repeating: "9", count: 300)),1,Top\nR3,2,2,Top\n"
        )
        let placements = PlacementReader.read(
            xy.bytes, fileName: "xy.csv", limits: limits { $0.maximumLineLength = 128 })
        #expect(placements.issues.filter { $0.ruleID == "TEXT_LINE_TOO_LONG" }.map(\.location) == [xy.location("long")])
        #expect(placements.placements.map(\.designator) == ["R1", "R3"])
    }

    @Test("maximumDesignatorsPerCell and maximumRangeExpansion are read from the limits")
    func designatorLimits() {
        let cell = DesignatorList.parse(
            "R1 R2 R3 R4 C1-C8",
            limits: limits {
                $0.maximumDesignatorsPerCell = 3
                $0.maximumRangeExpansion = 4
            })
        #expect(cell.designators == ["R1", "R2", "R3"])
        #expect(cell.isTruncated)
        let ranges = DesignatorList.parse("C1-C8 D1-D3", limits: limits { $0.maximumRangeExpansion = 4 })
        #expect(ranges.refusedRanges == ["C1-C8"])
        #expect(ranges.designators == ["D1", "D2", "D3"])
        #expect(DesignatorList.parse("C1-C8").designators.count == 8)
    }

    @Test("maximumExpandedDesignators bounds what all ranges of one BOM add together, each refusal located")
    func expandedDesignatorsPerFile() {
        // 1 000 lines of R1-R9999 would be ten million designators from 17 kB of text.
        let rows = (1...1_000).map { "\"R\($0)_1-R\($0)_9999\",10k" }
        let text = "Designator,Value\n" + rows.joined(separator: "\n") + "\n"
        let bom = BOMReader.read(Array(text.utf8), limits: limits { $0.maximumExpandedDesignators = 25_000 })
        #expect(
            bom.lines.reduce(0) { $0 + $1.designators.count } == 19_998, "two ranges fit in 25 000, the third does not")
        let refused = bom.issues.filter { $0.ruleID == "BOM_RANGE_TOO_LONG" }
        #expect(refused.count == 998)
        #expect(refused.first?.message.contains("limit maximumExpandedDesignators") == true)
        #expect(refused.first?.location == SourceLocation(line: 4, column: 1))
        let wide = limits { $0.maximumParts = 2_000_000 }
        #expect(
            BOMReader.read(Array(text.utf8), limits: wide).lines.reduce(0) { $0 + $1.designators.count } == 999_900,
            "by default a million: 100 whole ranges of 9 999 fit, the 101st does not")
        let parts = BOMReader.read(Array(text.utf8))
        #expect(
            parts.lines.reduce(0) { $0 + $1.designators.count } == 499_950,
            "maximumParts (500 000) stops the BOM first: the line that passes it and the rest are not read")
        #expect(parts.issues.contains { $0.message.contains("(limit maximumParts)") })
    }

    @Test(
        "a limit is set by name within its bounds; a wrong name or value is refused naming the limit",
        arguments: [
            ("maximumMacroDepth", 1_000.0, false), ("maximumMacroDepth", 32.0, true),
            ("maximumLineLength", 10.0, false),
            ("maximumStepRepeatCopies", 2.5, false), ("maximumStepRepeatCopies", 5.0, true), ("maximumFun", 1.0, false),
        ])
    func settingByName(name: String, value: Double, accepted: Bool) throws {
        var limits = ReadLimits()
        if accepted {
            try limits.set(name, to: value)
            let setting = try #require(ReadLimits.setting(named: name))
            #expect(limits[keyPath: setting.keyPath] == Int(value))
        } else {
            do throws(PolicyError) {
                try limits.set(name, to: value)
                Issue.record("\(name) = \(value) was accepted")
            } catch {
                #expect(error.key == "limits.\(name)")
            }
        }
    }
}
