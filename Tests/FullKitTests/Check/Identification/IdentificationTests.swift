import FullKit
import Testing

@Suite("Identifying files")
struct IdentificationTests {
    private func identify(_ name: String, _ text: String) -> Identification { IdentifiedFile.of(name, text) }

    private let bareGerber = "%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,0.1*%\nD10*\nX0Y0D03*\nM02*\n"

    @Test("X2 .FileFunction decides, and a file name that says otherwise is a conflict")
    func fileFunctionWins() {
        let id = identify("board-B_Cu.gbr", "%TF.FileFunction,Copper,L1,Top*%\n" + bareGerber)
        #expect(id.role == .copper && id.side == .top && id.copperLayer == 1)
        #expect(id.evidence == .fileFunction)
        #expect(id.conflicts.count == 1)
    }

    @Test(
        "file-name conventions of each CAD tool",
        arguments: [
            ("board.GTL", FileRole.copper, BoardSide?.some(.top)),
            ("board.gbs", .soldermask, .bottom),
            ("Gerber_TopPasteMaskLayer.GTP", .paste, .top),
            ("board-Edge_Cuts.gbr", .outline, nil),
            ("board.GKO", .outline, nil),
            ("copper_bottom.gbr", .copper, .bottom),
            ("silkscreen_top.gbr", .silkscreen, .top),
            ("board.cmp", .copper, .top),
            ("board.stc", .soldermask, .top),
            ("board-In1_Cu.gbr", .copper, .inner),
            ("board.G2", .copper, .inner),
            ("board-drl_map.gbr", .drillMap, nil),
        ])
    func fileNames(name: String, role: FileRole, side: BoardSide?) {
        let id = identify(name, bareGerber)
        #expect(id.role == role)
        #expect(id.side == side)
        #expect(id.evidence == .fileName)
    }

    @Test("content decides between BOM and XY when the name does not")
    func contentSniffing() {
        #expect(identify("export.csv", "Ref,Value,Qty\nR1,10k,1\n").role == .bom)
        #expect(identify("export.csv", "Ref,PosX,PosY,Rot,Side\nR1,1,2,0,top\n").role == .placement)
        #expect(identify("notes.txt", "Please build 5 boards.\n").role == .documentation)
    }

    @Test("Excellon is recognised after leading comments, and plating comes from the name")
    func drill() {
        let id = identify("Drill_NPTH_Through.DRL", ";TYPE=NON_PLATED\nM48\nMETRIC\nT1C1.0\n%\nT1\nX1.0Y1.0\nM30\n")
        #expect(id.role == .drill)
        #expect(id.plated == false)
    }

    @Test(
        "the policy file and operating-system leftovers are ignored, whatever they contain",
        arguments: [
            "fullkit.json", "__MACOSX/._board.GTL", "._board.GTL", ".DS_Store", "Thumbs.db",
        ])
    func sideFiles(name: String) {
        #expect(identify(name, "{\"profile\": \"fab\"}").role == .ignored)
    }
}
