import FullKit
import Testing

/// Layers without X2 attributes, identified by each tool's own header comments and names, as those tools write
/// them (the header lines are the ones found in the corpus's real files, versions included): the evidence that
/// decided is named.
@Suite("Identifying files by each tool's conventions")
struct ToolConventionTests {
    private func identify(_ name: String, _ text: String) -> Identification { IdentifiedFile.of(name, text) }

    /// A Gerber body after `header`, inch 2.5 as the older tools write it.
    private func gerber(_ header: String) -> String {
        header + "%FSLAX25Y25*%\n%MOIN*%\n%ADD10C,0.01*%\nD10*\nX0Y0D03*\nM02*\n"
    }

    @Test(
        "header comments: Altium's physical order, Allegro's Layer: and Film Name:, a legacy %LN name",
        arguments: [
            (
                "PCB_v5.G2L",
                "G04*\nG04 #@! TF.GenerationSoftware,Altium Limited,Altium Designer,21.1.1 (26)*\nG04*\nG04 Layer_Physical_Order=2*\n",
                FileRole.copper, BoardSide?.some(.inner), Int?.some(2), "Altium header Layer_Physical_Order=2"
            ),
            (
                "l1_primary.art",
                "G04 File Origin:  Cadence Allegro 16.6-S062*\nG04 Layer:  ETCH/TOP*\nG04 Layer:  PIN/TOP*\n",
                .copper, .top, 1, "Allegro header Layer: ETCH/TOP"
            ),
            (
                "mask_sec.art",
                "G04 File Origin:  Cadence Allegro 16.6-S062*\nG04 Layer:  BOARD GEOMETRY/SOLDERMASK_BOTTOM*\n",
                .soldermask, .bottom, nil, "Allegro header Layer: BOARD GEOMETRY/SOLDERMASK_BOTTOM"
            ),
            (
                "film7.gbr",
                "G04 File Origin:  Cadence Allegro 17.4-S007*\nG04 Film Name:    art07*\n",
                .copper, nil, 7, "Allegro film name 'art07' (numbered copper film 'art07')"
            ),
            (
                "plot2.gbr", "%LNBOTTOM*%\n", .copper, .bottom, nil,
                "%LN name 'BOTTOM' (the word 'bottom' alone names copper)"
            ),
        ])
    func headers(
        name: String, header: String, role: FileRole, side: BoardSide?, layer: Int?, evidence: String
    ) {
        let id = identify(name, gerber(header))
        #expect(id.role == role, "\(name): \(id.evidenceDetail)")
        #expect(id.side == side || (side == nil && layer != nil), "\(name)")
        #expect(id.copperLayer == layer, "\(name)")
        #expect(id.evidenceDetail.hasPrefix(evidence), "\(id.evidenceDetail)")
    }

    @Test(
        "names: PADS photoplots, Siemens and Allegro numbered films, Cadence film names, Zuken's conductive layers, Altium mechanical layers",
        arguments: [
            ("SMT.pho", FileRole.soldermask, BoardSide?.some(.top), Int?.none),
            ("SSB.pho", .silkscreen, .bottom, nil),
            ("Layer3.pho", .copper, .inner, 3),
            ("80101_0125_F200_L02.gdo", .copper, nil, 2),
            ("MinnowMax_lyr10_GAF.art", .copper, nil, 10),
            ("Conductive-1.fph", .copper, .top, 1),
            ("board.GP1", .copper, .inner, nil),
            ("board.GM1", .outline, nil, nil),
            ("LimeSDR-QPCIe_1v2.GM14", .drawing, nil, nil),
            ("SE_SG_IF_V2.GM2", .drawing, nil, nil),
            ("MinnowMax_smc_GAF.art", .soldermask, .top, nil),
            ("MinnowMax_sms_GAF.art", .soldermask, .bottom, nil),
            ("MinnowMax_spc.art", .paste, .top, nil),
            ("MinnowMax_sps.art", .paste, .bottom, nil),
            ("MinnowMax_tslk_GAF.art", .silkscreen, .top, nil),
            ("MinnowMax_bslk.art", .silkscreen, .bottom, nil),
        ])
    func names(name: String, role: FileRole, side: BoardSide?, layer: Int?) {
        let id = identify(name, gerber("G04 a legacy header*\n"))
        #expect(id.role == role, "\(name): \(id.evidenceDetail)")
        if let side { #expect(id.side == side, "\(name)") }
        #expect(id.copperLayer == layer, "\(name)")
    }

    @Test("Eagle's .XLN drill whose first line is '%' is Excellon by its commands, whatever its name")
    func eagleDrill() {
        let id = identify(
            "drills.XLN",
            "%\nM48\n;GenerationSoftware,Autodesk,EAGLE,9.6.2*%\nMETRIC,TZ,000.000\nT1C0.800\n%\nG90\nM71\nT1\nX1000Y1000\nM30\n"
        )
        #expect(id.role == .drill)
        #expect(id.format == .excellon)
    }
}
