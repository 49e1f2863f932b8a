import FullKit
import Testing

@testable import FullKitCheck

/// XY_THROUGH_HOLE_BOTH_SIDES: two through-hole parts at one spot on opposite sides (a reversible board whose build
/// side is not stated).
@Suite("XY_THROUGH_HOLE_BOTH_SIDES")
struct XYThroughHoleBothSidesTests {
    /// The mini board's BOM with a connector on each side.
    static let bom = MiniBoard.bom + "J1,Conn,PinHeader_1x04,1\nJ2,Conn,PinHeader_1x04,1\n"

    @Test("THT twins by the XY type column: J1 on top and J2 on the bottom at (15, 5) mm")
    func typeColumn() throws {
        var pack = FixturePack()
        pack["mini-bom.csv"] = Self.bom
        let placements = MarkedText(
            """
            Designator,Val,Package,Mid X(mm),Mid Y(mm),Rotation,Layer,Type
            R1,10k,R_0603_1608Metric,10,10,0,top,SMT
            C1,100n,C_0603_1608Metric,20,10,0,top,SMT
            ⟨j1⟩J1,Conn,CONN4,15,5,0,top,THT
            J2,Conn,CONN4,15.004,5,180,bottom,THT

            """)
        pack.files["mini-positions.csv"] = placements.bytes
        let finding = try #require(pack.findings(XYThroughHoleBothSides()).first)
        #expect(
            finding.message
                == "J1 (top) and J2 (bottom) are both through-hole (J1: the XY type column says THT; J2: the XY type column says THT) and placed at (15.0 mm, 5.0 mm): one set of holes cannot take both; 1 of 3 top placements have a bottom twin at the same X/Y"
        )
        #expect(finding.location == placements.location("j1"))
        #expect(finding.designators == ["J1", "J2"])
        #expect(finding.related.first?.note == "J2 on the bottom")
    }

    @Test("without a type column, through-hole footprints (PinHeader) twin the same way")
    func footprints() {
        var pack = FixturePack()
        pack["mini-bom.csv"] = Self.bom
        pack["mini-positions.csv"] =
            MiniBoard.placements.trimmingSuffixNewline
            + "\nJ1,Conn,PinHeader_1x04,15,5,0,top\nJ2,Conn,PinHeader_1x04,15,5,0,bottom\n"
        #expect(pack.findings(XYThroughHoleBothSides()).map(\.designators) == [["J1", "J2"]])
    }

    @Test("SMD twins, parts apart, or a twin the BOM marks do-not-place pass")
    func passes() {
        var pack = FixturePack()
        pack["mini-bom.csv"] = Self.bom
        let rows = [
            "J1,Conn,PinHeader_1x04,15,5,0,top\nJ2,Conn,PinHeader_1x04,15,8,0,bottom\n",
            "J1,Conn,R_0603_1608Metric,15,5,0,top\nJ2,Conn,R_0603_1608Metric,15,5,0,bottom\n",
        ]
        for extra in rows {
            pack["mini-positions.csv"] = MiniBoard.placements.trimmingSuffixNewline + "\n" + extra
            #expect(pack.findings(XYThroughHoleBothSides()).isEmpty, "\(extra)")
        }
        pack["mini-bom.csv"] = MiniBoard.bom + "J1,Conn,PinHeader_1x04,1\nJ2,DNP,PinHeader_1x04,0\n"
        pack["mini-positions.csv"] =
            MiniBoard.placements.trimmingSuffixNewline
            + "\nJ1,Conn,PinHeader_1x04,15,5,0,top\nJ2,Conn,PinHeader_1x04,15,5,0,bottom\n"
        #expect(pack.findings(XYThroughHoleBothSides()).isEmpty)
    }
}

extension String {
    /// The text without its final line break.
    fileprivate var trimmingSuffixNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
