import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// The layer names CAD tools give their output files: Protel/Altium extensions (`.GTL`), KiCad (`-F_Cu.gbr`),
/// Eagle legacy (`.cmp`) and 9/Fusion (`copper_top.gbr`), EasyEDA (`Gerber_TopLayer.GTL`), Allegro/OrCAD,
/// PADS, Mentor and DipTrace names. See `domain.md` §8.1.
enum FileNameConventions {
    /// The claim a file name makes, with the convention it matched.
    static func claim(forName name: String) -> (claim: LayerClaim, convention: String)? {
        let lowered = name.lowercased()
        let (stem, ext) = split(lowered)
        if let claim = extensionClaims[ext] {
            return (claim, "extension .\(ext)")
        }
        if isInnerLayerExtension(ext) {
            // Tools number these differently (Altium .G1 is L2; KiCad 8 starts at .g2, KiCad 9 at .g1).
            return (LayerClaim(role: .copper, side: .inner), "inner-layer extension .\(ext)")
        }
        if let number = altiumMechanicalLayer(ext) {
            // .GM1 is the outline above; the other mechanical layers carry drawings (dimensions, assembly, notes).
            return (LayerClaim(role: .drawing), "Altium mechanical layer extension .gm\(number)")
        }
        if ext == "pho", let claim = padsPhotoplotClaim(stem) {
            return (claim, "PADS photoplot name \(stem).pho")
        }
        let compact = stem.filter { $0.isLetter || $0.isNumber }
        for (token, claim) in nameTokens where compact.contains(token) {
            var numbered = claim
            if claim.role == .copper, claim.copperLayer == nil {
                numbered.copperLayer = LayerWords.numberAfterL(compact)
            }
            return (numbered, "name contains '\(token)'")
        }
        if let inner = kicadInnerLayer(compact) {
            return (
                LayerClaim(role: .copper, side: .inner, copperLayer: inner), "KiCad inner-layer name In\(inner - 1)_Cu"
            )
        }
        if let side = sideFiles[ext] {
            return (LayerClaim(role: side), "side-file extension .\(ext)")
        }
        return LayerWords.claim(name)
    }

    /// PADS' default photoplot names (`.pho`): `SMT`/`SMB` solder mask, `SST`/`SSB` silkscreen, `SPT`/`SPB` paste,
    /// `LayerN` copper layer N (an inner layer; `Top`/`Bottom` are read as any name is).
    private static func padsPhotoplotClaim(_ stem: String) -> LayerClaim? {
        let documents: [String: LayerClaim] = [
            "smt": LayerClaim(role: .soldermask, side: .top), "smb": LayerClaim(role: .soldermask, side: .bottom),
            "sst": LayerClaim(role: .silkscreen, side: .top), "ssb": LayerClaim(role: .silkscreen, side: .bottom),
            "spt": LayerClaim(role: .paste, side: .top), "spb": LayerClaim(role: .paste, side: .bottom),
        ]
        if let claim = documents[stem] { return claim }
        if stem.hasPrefix("layer"), let number = Int(stem.dropFirst(5)), (2...64).contains(number) {
            return LayerClaim(role: .copper, side: .inner, copperLayer: number)
        }
        return nil
    }

    /// The role of a side file (report, netlist, document) by its extension, if the extension is one.
    static func sideFileRole(extension ext: String) -> FileRole? { sideFiles[ext] }

    /// Names that mark a BOM or a placement file (decided before content, after header fingerprints).
    static func tabularClaim(forName name: String) -> (role: FileRole, token: String)? {
        let lowered = name.lowercased()
        let compact = lowered.filter { $0.isLetter || $0.isNumber }
        for token in [
            "cpl", "pickandplace", "pickplace", "pnp", "centroid", "positions", "placement", "toppos",
            "bottompos", "bothpos", "allpos", "insertion", "xydata", "xy",
        ]
        where compact.contains(token) {
            return (.placement, token)
        }
        if lowered.hasSuffix(".pos") { return (.placement, ".pos") }
        for token in ["bom", "billofmaterials", "partslist", "partlist"] where compact.contains(token) {
            return (.bom, token)
        }
        return nil
    }

    /// The number of an Altium mechanical-layer extension other than the outline's `.gm1` (`.gm2` … `.gm32`).
    private static func altiumMechanicalLayer(_ ext: String) -> Int? {
        guard ext.hasPrefix("gm"), let number = Int(ext.dropFirst(2)), (2...32).contains(number) else { return nil }
        return number
    }

    static func split(_ name: String) -> (stem: String, extension: String) {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (name, "") }
        return (String(name[..<dot]), String(name[name.index(after: dot)...]))
    }

    private static let extensionClaims: [String: LayerClaim] = [
        "gtl": LayerClaim(role: .copper, side: .top, copperLayer: 1),
        "gbl": LayerClaim(role: .copper, side: .bottom),
        "gts": LayerClaim(role: .soldermask, side: .top),
        "gbs": LayerClaim(role: .soldermask, side: .bottom),
        "gto": LayerClaim(role: .silkscreen, side: .top),
        "gbo": LayerClaim(role: .silkscreen, side: .bottom),
        "gtp": LayerClaim(role: .paste, side: .top),
        "gbp": LayerClaim(role: .paste, side: .bottom),
        "gko": LayerClaim(role: .outline),
        "gm1": LayerClaim(role: .outline),
        "gml": LayerClaim(role: .outline),
        "dim": LayerClaim(role: .outline),
        "cmp": LayerClaim(role: .copper, side: .top, copperLayer: 1),
        "sol": LayerClaim(role: .copper, side: .bottom),
        "stc": LayerClaim(role: .soldermask, side: .top),
        "sts": LayerClaim(role: .soldermask, side: .bottom),
        "plc": LayerClaim(role: .silkscreen, side: .top),
        "pls": LayerClaim(role: .silkscreen, side: .bottom),
        "crc": LayerClaim(role: .paste, side: .top),
        "crs": LayerClaim(role: .paste, side: .bottom),
        "gd1": LayerClaim(role: .drillMap),
        "gg1": LayerClaim(role: .drillMap),
        "gdl": LayerClaim(role: .drawing),
        "gpt": LayerClaim(role: .drawing, side: .top),
        "gpb": LayerClaim(role: .drawing, side: .bottom),
        "gbrjob": LayerClaim(role: .jobFile),
        "drl": LayerClaim(role: .drill),
        "xln": LayerClaim(role: .drill),
        "exc": LayerClaim(role: .drill),
        "drd": LayerClaim(role: .drill),
        "ncd": LayerClaim(role: .drill),
    ]

    /// Substrings of the name (letters and digits only) and what they claim, most specific first.
    private static let nameTokens: [(String, LayerClaim)] = [
        // Eagle's legacy layer names, as its older CAM jobs write them into %IN (CMP is the top, SOL the bottom).
        ("componentside", LayerClaim(role: .copper, side: .top, copperLayer: 1)),
        ("solderside", LayerClaim(role: .copper, side: .bottom)),
        ("solderstopmaskcmp", LayerClaim(role: .soldermask, side: .top)),
        ("solderstopmasksol", LayerClaim(role: .soldermask, side: .bottom)),
        ("silkscreencmp", LayerClaim(role: .silkscreen, side: .top)),
        ("silkscreensol", LayerClaim(role: .silkscreen, side: .bottom)),
        ("creamfrontside", LayerClaim(role: .paste, side: .top)),
        ("creambackside", LayerClaim(role: .paste, side: .bottom)),
        ("topcopper", LayerClaim(role: .copper, side: .top, copperLayer: 1)),
        ("bottomcopper", LayerClaim(role: .copper, side: .bottom)),
        ("drlmap", LayerClaim(role: .drillMap)), ("drillmap", LayerClaim(role: .drillMap)),
        ("drilldrawing", LayerClaim(role: .drillMap)),
        ("fcu", LayerClaim(role: .copper, side: .top, copperLayer: 1)),
        ("bcu", LayerClaim(role: .copper, side: .bottom)),
        ("cutop", LayerClaim(role: .copper, side: .top, copperLayer: 1)),
        ("cubottom", LayerClaim(role: .copper, side: .bottom)),
        ("coppertop", LayerClaim(role: .copper, side: .top, copperLayer: 1)),
        ("copperbottom", LayerClaim(role: .copper, side: .bottom)),
        ("etchlayertop", LayerClaim(role: .copper, side: .top, copperLayer: 1)),
        ("etchlayerbottom", LayerClaim(role: .copper, side: .bottom)),
        ("fmask", LayerClaim(role: .soldermask, side: .top)), ("bmask", LayerClaim(role: .soldermask, side: .bottom)),
        ("masktop", LayerClaim(role: .soldermask, side: .top)),
        ("maskbottom", LayerClaim(role: .soldermask, side: .bottom)),
        ("soldermasktop", LayerClaim(role: .soldermask, side: .top)),
        ("soldermaskbottom", LayerClaim(role: .soldermask, side: .bottom)),
        ("topsoldermask", LayerClaim(role: .soldermask, side: .top)),
        ("bottomsoldermask", LayerClaim(role: .soldermask, side: .bottom)),
        ("topmask", LayerClaim(role: .soldermask, side: .top)),
        ("bottommask", LayerClaim(role: .soldermask, side: .bottom)),
        ("fsilks", LayerClaim(role: .silkscreen, side: .top)), ("bsilks", LayerClaim(role: .silkscreen, side: .bottom)),
        ("silktop", LayerClaim(role: .silkscreen, side: .top)),
        ("silkbottom", LayerClaim(role: .silkscreen, side: .bottom)),
        ("silkscreentop", LayerClaim(role: .silkscreen, side: .top)),
        ("silkscreenbottom", LayerClaim(role: .silkscreen, side: .bottom)),
        ("topsilk", LayerClaim(role: .silkscreen, side: .top)),
        ("bottomsilk", LayerClaim(role: .silkscreen, side: .bottom)),
        ("fpaste", LayerClaim(role: .paste, side: .top)), ("bpaste", LayerClaim(role: .paste, side: .bottom)),
        ("pastetop", LayerClaim(role: .paste, side: .top)), ("pastebottom", LayerClaim(role: .paste, side: .bottom)),
        ("toppaste", LayerClaim(role: .paste, side: .top)), ("bottompaste", LayerClaim(role: .paste, side: .bottom)),
        ("edgecuts", LayerClaim(role: .outline)), ("boardoutline", LayerClaim(role: .outline)),
        ("profile", LayerClaim(role: .outline)), ("outline", LayerClaim(role: .outline)),
        ("toplayer", LayerClaim(role: .copper, side: .top, copperLayer: 1)),
        ("bottomlayer", LayerClaim(role: .copper, side: .bottom)),
        ("fab", LayerClaim(role: .drawing)), ("assembly", LayerClaim(role: .drawing)),
    ]

    private static let sideFiles: [String: FileRole] = [
        "extrep": .ignored, "rep": .ignored, "rul": .ignored, "drr": .ignored, "apr": .ignored, "aprlib": .ignored,
        "apr_lib": .ignored, "gpi": .ignored, "dri": .ignored, "ldp": .ignored, "log": .ignored, "lst": .ignored,
        "ipc": .netlist, "d356": .netlist, "net": .netlist,
        "pdf": .documentation, "md": .documentation, "png": .documentation, "jpg": .documentation,
        "jpeg": .documentation, "svg": .documentation, "html": .documentation, "htm": .documentation,
        "step": .documentation, "stp": .documentation, "wrl": .documentation, "kicad_pcb": .documentation,
        "kicad_sch": .documentation, "kicad_pro": .documentation, "pcbdoc": .documentation, "schdoc": .documentation,
    ]

    /// The series and number of an inner-layer extension: `.g4` is ("g", 4), `.gp2` ("gp", 2), `.ly3` ("ly", 3). Tools
    /// number the files of one series one after another (where the series starts differs: Altium `.G1`, KiCad 8
    /// `.g2`), so a number missing between two present ones is a missing layer.
    static func innerLayerSeries(extension ext: String) -> (series: String, number: Int)? {
        for prefix in ["gp", "ly", "g"] where ext.hasPrefix(prefix) {
            if let number = Int(ext.dropFirst(prefix.count)), (1...64).contains(number) { return (prefix, number) }
        }
        return nil
    }

    /// `.g2`…`.g30`, `.gp1`… (Altium planes) and Eagle `.ly2`: inner copper layers.
    private static func isInnerLayerExtension(_ ext: String) -> Bool {
        // Altium also writes `.G2L`…`.G5L` (its header then gives the physical order).
        let number = ext.hasSuffix("l") && ext.hasPrefix("g") ? String(ext.dropLast()) : ext
        return ["gp", "ly", "g"].contains { prefix in
            number.hasPrefix(prefix) && Int(number.dropFirst(prefix.count)).map { (1...64).contains($0) } == true
        }
    }

    /// KiCad's `In1_Cu`: the copper layer number of an inner layer (In1 is L2).
    private static func kicadInnerLayer(_ compact: String) -> Int? {
        for range in compact.ranges(of: "in") {
            let digits = compact[range.upperBound...].prefix { $0.isNumber }
            if let number = Int(digits), number < 64,
                compact[range.upperBound...].dropFirst(digits.count).hasPrefix("cu")
            {
                return number + 1
            }
        }
        return nil
    }
}
