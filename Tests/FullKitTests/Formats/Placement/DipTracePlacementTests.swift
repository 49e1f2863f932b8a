import FullKit
import Testing

/// DipTrace 4.x pick-and-place CSV (OpenPnP's `DipTrace4xCsvParser`): `RefDes, Value, Name, Center X (mm),
/// Center Y (mm), Rotation, Side, Height, Comment`.
@Suite("XY reader: DipTrace")
struct DipTracePlacementTests {
    @Test("the unit in 'Center X (mm)', Top/Bottom, Name as the footprint is not taken for the value")
    func csv() {
        let text = MarkedText(
            """
            RefDes,Value,Name,Center X (mm),Center Y (mm),Rotation,Side,Height,Comment
            ⟨r1⟩R1,10k,RES_0603,10.5,20.25,90,Top,0.5,
            U2,STM32F103,LQFP48,30,40,0,Bottom,1.6,main MCU

            """)
        let list = PlacementReader.read(text.bytes, fileName: "board_pnp.csv")
        #expect(list.issues.isEmpty)
        #expect(list.unit == .millimeter)
        #expect(list.placements.map(\.designator) == ["R1", "U2"])
        #expect(list.placements.map(\.value) == ["10k", "STM32F103"])
        #expect(list.placements.map(\.y) == [20.25, 40])
        #expect(list.placements.map(\.side) == [.top, .bottom])
        #expect(list.placements[0].location == text.location("r1"))
    }
}
