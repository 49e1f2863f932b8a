import FullKit

@testable import FullKitCheck

/// A small, complete KiCad 8 pack written inline: a 30 × 20 mm two-layer board with R1 and C1 on top (SMD pads with
/// their X2 `%TO.C` names on the top copper and paste) and one via, a plated drill file, a BOM and an XY file in mm.
/// It passes with no finding above info; each rule's tests change one file of it to break that rule alone.
enum MiniBoard {
    /// The X2 header KiCad writes, for a layer of `function` (e.g. `Copper,L1,Top`).
    /// Without a date, `date` is nil; `software` is the version of KiCad named.
    static func header(
        _ function: String, date: String? = "2026-11-02T09:30:00+00:00", revision: String = "1.0",
        software: String = "8.0.5"
    ) -> String {
        let dated = date.map { "%TF.CreationDate,\($0)*%\n" } ?? ""
        return """
            %TF.GenerationSoftware,KiCad,Pcbnew,\(software)*%
            \(dated)%TF.ProjectId,mini,6d696e69-2e6b-6963-6164-5f7063620000,\(revision)*%
            %TF.SameCoordinates,Original*%
            %TF.FileFunction,\(function)*%
            %TF.FilePolarity,Positive*%
            %FSLAX46Y46*%
            %MOMM*%
            %LPD*%
            G01*

            """
    }

    /// A Gerber layer of `function` drawing `body`, ended by `M02`; `header` as `header(_:date:revision:software:)`.
    static func layer(_ function: String, _ body: String, header: String? = nil) -> String {
        (header ?? self.header(function)) + body + "\nM02*\n"
    }

    /// A flash at (`x`, `y`) mm in the layers' 4.6 format.
    static func flash(_ x: Double, _ y: Double) -> String {
        "X\(Int((x * 1e6).rounded()))Y\(Int((y * 1e6).rounded()))D03*"
    }

    /// The outline: a 30 × 20 mm rectangle.
    static let outline = layer(
        "Profile,NP",
        """
        %TA.AperFunction,Profile*%
        %ADD10C,0.100000*%
        %TD*%
        D10*
        X0Y0D02*
        X30000000Y0D01*
        X30000000Y20000000D01*
        X0Y20000000D01*
        X0Y0D01*
        """)

    /// SMD pads of R1 (9 and 11 mm, 10 mm) and C1 (19 and 21 mm, 10 mm), named with `%TO.C`.
    static let pads = """
        %TA.AperFunction,SMDPad,CuDef*%
        %ADD10R,0.900000X0.950000*%
        %TD*%
        D10*
        %TO.C,R1*%
        X9000000Y10000000D03*
        X11000000Y10000000D03*
        %TD*%
        %TO.C,C1*%
        X19000000Y10000000D03*
        X21000000Y10000000D03*
        %TD*%
        """

    /// A via pad at (5, 5) mm.
    static let via = """
        %TA.AperFunction,ViaPad*%
        %ADD12C,0.600000*%
        %TD*%
        D12*
        X5000000Y5000000D03*
        """

    /// The plated drill file: the via's hole at (5, 5) mm.
    static let platedDrill = """
        M48
        ; DRILL file {KiCad 8.0.5} date 2026-11-02T09:30:00+0000
        ; FORMAT={-:-/ absolute / metric / decimal}
        ; #@! TF.CreationDate,2026-11-02T09:30:00+00:00
        ; #@! TF.GenerationSoftware,Kicad,Pcbnew,8.0.5
        ; #@! TF.FileFunction,Plated,1,2,PTH
        FMAT,2
        METRIC
        T1C0.300
        %
        G90
        G05
        T1
        X5.0Y5.0
        M30

        """

    /// The BOM: R1 and C1, one each.
    static let bom = """
        Reference,Value,Footprint,Quantity
        R1,10k,R_0603_1608Metric,1
        C1,100n,C_0603_1608Metric,1

        """

    /// The XY file: R1 and C1 at their pads' centres, on top, in mm.
    static let placements = """
        Designator,Val,Package,Mid X(mm),Mid Y(mm),Rotation,Layer
        R1,10k,R_0603_1608Metric,10,10,0,top
        C1,100n,C_0603_1608Metric,20,10,0,top

        """

    /// The Gerber layers of the mini board with their X2 functions, as its job file lists them.
    static let listing = [
        ("mini-F_Cu.gbr", "Copper,L1,Top"), ("mini-B_Cu.gbr", "Copper,L2,Bot"), ("mini-F_Mask.gbr", "Soldermask,Top"),
        ("mini-B_Mask.gbr", "Soldermask,Bot"), ("mini-F_Paste.gbr", "Paste,Top"), ("mini-Edge_Cuts.gbr", "Profile,NP"),
    ]

    /// A KiCad job file saying `layerNumber` copper layers and listing `files` (path and X2 function).
    static func jobFile(layerNumber: Int = 2, files: [(String, String)] = listing) -> String {
        let attributes = files.map {
            "{\"Path\": \"\($0.0)\", \"FileFunction\": \"\($0.1)\", \"FilePolarity\": \"Positive\"}"
        }
        return """
            {"Header": {"GenerationSoftware": {"Vendor": "KiCad", "Application": "Pcbnew", "Version": "8.0.5"},
                        "CreationDate": "2026-11-02T09:30:00+00:00"},
             "GeneralSpecs": {"ProjectId": {"Name": "mini", "GUID": "6d696e69-2e6b-6963-6164-5f7063620000", "Revision": "1.0"},
                              "LayerNumber": \(layerNumber)},
             "FilesAttributes": [\(attributes.joined(separator: ", "))]}

            """
    }

    /// Every file of the pack, by name.
    static let files: [String: String] = [
        "mini-Edge_Cuts.gbr": outline,
        "mini-F_Cu.gbr": layer("Copper,L1,Top", pads + "\n" + via),
        "mini-B_Cu.gbr": layer("Copper,L2,Bot", via),
        "mini-F_Mask.gbr": layer("Soldermask,Top", pads),
        "mini-B_Mask.gbr": layer("Soldermask,Bot", via),
        "mini-F_Paste.gbr": layer("Paste,Top", pads),
        "mini-PTH.drl": platedDrill,
        "mini-bom.csv": bom,
        "mini-positions.csv": placements,
    ]
}

/// A pack made in memory from files written as text, for rule tests: the mini board's files unless a test replaces
/// (`pack["name"] = text`) or removes (`pack["name"] = nil`) them.
struct FixturePack {
    /// Each file's bytes by its path in the pack.
    var files: [String: [UInt8]]
    /// Files or members that could not be read, as the loader would report them.
    var problems: [LoadProblem] = []

    /// The mini board's files, or none.
    init(miniBoard: Bool = true) {
        files = miniBoard ? MiniBoard.files.mapValues { Array($0.utf8) } : [:]
    }

    /// The text of the file at `path` (UTF-8); setting nil removes it.
    subscript(path: String) -> String? {
        get { files[path].map { String(decoding: $0, as: UTF8.self) } }
        set { files[path] = newValue.map { Array($0.utf8) } }
    }

    /// The pack as loaded, with its files sorted by path (as the loader gives them).
    var loaded: LoadedPack {
        LoadedPack(
            inputs: ["mini"],
            files: files.sorted { $0.key < $1.key }.map { PackFile(path: $0.key, bytes: $0.value) },
            problems: problems)
    }

    /// The pack analysed, with the site's extra not-placed prefixes and placement tolerances of `policy`.
    func analyzed(policy: Policy = Policy()) -> AnalyzedPack {
        PackAnalyzer.analyze(
            loaded, limits: policy.limits, classifier: DifferenceClassifier(extraPrefixes: policy.notPlacedPrefixes),
            placementTolerances: policy.placementTolerances)
    }

    /// What `rule` finds in the pack under `policy`.
    func findings(_ rule: some PackRule, policy: Policy = Policy()) -> [Finding] {
        rule.findings(in: analyzed(policy: policy), policy: policy)
    }

    /// The whole check of the pack under `policy`.
    func report(policy: Policy = Policy()) -> CheckReport {
        PackChecker(policy: policy).check(loaded: loaded)
    }
}
