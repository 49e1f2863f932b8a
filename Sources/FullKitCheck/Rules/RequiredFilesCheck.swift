import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// Each file a full kit needs is present: outline, copper on both sides, a solder mask for each copper side, drill
/// data when the board has holes, for the assembly profile a BOM, an XY file, and paste for each side that has
/// placements, and whatever the policy's `requiredLayers` add.
struct RequiredFilesCheck: PackCheck {
    static let outline = Rule(
        id: "MISSING_OUTLINE", severity: .error, summary: "The pack has a board outline (profile) layer.",
        rationale: "Without an outline the board cannot be routed, panelised or quoted.",
        fix: "Add the board outline Gerber (KiCad Edge.Cuts, Altium .GKO/.GM1, Eagle profile).")
    static let copper = Rule(
        id: "MISSING_COPPER", severity: .error, summary: "The pack has top and bottom copper layers.",
        rationale: "The board cannot be made without its copper layers.",
        fix: "Add the missing copper Gerber (top .GTL / F_Cu, bottom .GBL / B_Cu).")
    static let soldermask = Rule(
        id: "MISSING_SOLDERMASK", severity: .error, summary: "Each copper side has a solder mask layer.",
        rationale: "Without a mask layer the fab must guess the openings, or leave the side unmasked.",
        fix: "Add the solder mask Gerber for that side (.GTS / F_Mask, .GBS / B_Mask).")
    static let drill = Rule(
        id: "MISSING_DRILL", severity: .error, summary: "A board with holes or vias has NC drill data.",
        rationale: "Vias and through-hole pads cannot be drilled from a drawing; the board would be scrap.",
        fix: "Add the Excellon drill file(s) (PTH and NPTH), not a drill map or drawing.")
    static let bom = Rule(
        id: "MISSING_BOM", severity: .error, summary: "The pack has a bill of materials.",
        rationale: "Without a BOM nothing says which parts to buy and fit.",
        fix: "Add the BOM as CSV with Designator and Quantity columns.")
    static let placement = Rule(
        id: "MISSING_PLACEMENT", severity: .error, summary: "The pack has an XY (pick-and-place) file.",
        rationale: "Without XY data the pick-and-place programme cannot be written.",
        fix: "Add the XY / pick-and-place / CPL file with Designator, X, Y, Rotation and Side columns.")
    static let paste = Rule(
        id: "MISSING_PASTE", severity: .error, summary: "Each side with placed parts has a paste (stencil) layer.",
        rationale: "Without a paste layer no stencil can be cut for that side.",
        fix: "Add the paste Gerber for that side (.GTP / F_Paste, .GBP / B_Paste).")

    static let requiredByPolicy = Rule(
        id: "MISSING_REQUIRED_LAYER", severity: .error, summary: "Each file the site's policy lists in requiredLayers is present.",
        rationale: "The site needs it for its own process (e.g. silkscreen for marking, a job file for CAM import).",
        fix: "Add the file named in the finding, or ask the site whether its policy should require it.")

    var rules: [Rule] {
        [Self.outline, Self.copper, Self.soldermask, Self.drill, Self.bom, Self.placement, Self.paste, Self.requiredByPolicy]
    }

    func check(_ pack: AnalyzedPack, policy: Policy) -> [Finding] {
        var findings: [Finding] = []
        if pack.entries(.outline).isEmpty {
            findings.append(Finding(Self.outline, "no board outline layer: the board's shape and size are undefined"))
        }
        let copperSides = Set(pack.entries(.copper).compactMap(\.identification.side))
        for side in [BoardSide.top, .bottom] where !copperSides.contains(side) {
            findings.append(Finding(Self.copper, "no \(side.rawValue) copper layer"))
        }
        for side in [BoardSide.top, .bottom] where copperSides.contains(side) && pack.entries(.soldermask, side: side).isEmpty {
            findings.append(Finding(Self.soldermask, "\(side.rawValue) copper has no \(side.rawValue) solder mask layer"))
        }
        if !pack.entries(.copper).isEmpty, pack.entries(.drill).isEmpty, boardMayHaveHoles(pack) {
            let maps = pack.entries(.drillMap).map(\.path)
            let extra = maps.isEmpty ? "" : " (\(maps.joined(separator: ", ")) is a drill map, not drill data)"
            findings.append(Finding(Self.drill, "no NC drill file\(extra)"))
        }
        for layer in policy.requiredLayers where pack.entries(layer.role, side: layer.side).isEmpty {
            let role = String(layer.role.rawValue.map { $0 == "-" ? " " : $0 })
            let what = [layer.side?.rawValue, role, role.hasSuffix("file") ? nil : "file"].compactMap { $0 }
            findings.append(Finding(
                Self.requiredByPolicy, "no \(what.joined(separator: " ")): the policy requires one (requiredLayers \"\(layer)\")"))
        }
        guard policy.profile == .assembly else { return findings }
        if pack.entries(.bom).isEmpty {
            findings.append(Finding(Self.bom, "no BOM: nothing says which parts to buy"))
        }
        let placements = pack.entries(.placement)
        if placements.isEmpty {
            findings.append(Finding(Self.placement, "no XY (pick-and-place) file: nothing says where parts go"))
        }
        for side in [BoardSide.top, .bottom] where placedSides(placements).contains(side) {
            if pack.entries(.paste, side: side).isEmpty {
                findings.append(Finding(Self.paste, "parts are placed on the \(side.rawValue) side, but there is no \(side.rawValue) paste layer"))
            }
        }
        return findings
    }

    /// False only when X2 aperture functions prove the copper has neither via nor through-hole pads.
    private func boardMayHaveHoles(_ pack: AnalyzedPack) -> Bool {
        var knowsFunctions = false
        for entry in pack.entries(.copper) {
            guard case .gerber(let document) = entry.content, !document.apertureFunctions.isEmpty else { return true }
            knowsFunctions = true
            if document.apertureFunctions.contains(where: { $0.hasPrefix("ViaPad") || $0.hasPrefix("ComponentPad") }) {
                return true
            }
        }
        return !knowsFunctions
    }

    private func placedSides(_ placements: [PackEntry]) -> Set<BoardSide> {
        var sides = Set<BoardSide>()
        for entry in placements {
            if case .placement(let list) = entry.content {
                sides.formUnion(list.sides)
                if list.sides.isEmpty, !list.placements.isEmpty { sides.insert(entry.identification.side ?? .top) }
            }
        }
        return sides
    }
}
