"""The sample board: a 30 x 20 mm two-layer board written the way KiCad 8 writes a pack (Gerber X2 with
`%TF.FileFunction`, `%TO.C` designators, Excellon with `; #@! TF` comments, a JLCPCB-style BOM and CPL, a job file).
"""


DATE = (2026, 11, 2, 9, 30, 0)


CREATION = "2026-11-02T09:30:00+00:00"


PROJECT = "%TF.ProjectId,sample,73616d70-6c65-2e6b-6963-61645f706362,1.0*%"


# Parts: designator, value, footprint, x, y (mm, board coordinates), rotation, side, SMD pads (x, y offsets).
PARTS = [
    ("R1", "10k", "R_0603_1608Metric", 8.0, 6.0, 0, "top", [(-0.8, 0), (0.8, 0)]),
    ("R2", "10k", "R_0603_1608Metric", 8.0, 9.0, 0, "top", [(-0.8, 0), (0.8, 0)]),
    ("C1", "100n", "C_0603_1608Metric", 12.0, 6.0, 90, "top", [(0, -0.8), (0, 0.8)]),
    ("C2", "10u", "C_0805_2012Metric", 12.0, 10.0, 90, "top", [(0, -0.95), (0, 0.95)]),
    ("D1", "LED", "LED_0603_1608Metric", 20.0, 6.0, 180, "top", [(-0.8, 0), (0.8, 0)]),
    ("U1", "NE555", "SOIC-8_3.9x4.9mm_P1.27mm", 18.0, 12.0, 0, "top",
     [(-2.7, -1.905), (-2.7, -0.635), (-2.7, 0.635), (-2.7, 1.905), (2.7, -1.905), (2.7, -0.635), (2.7, 0.635), (2.7, 1.905)]),
    ("C3", "100n", "C_0603_1608Metric", 15.0, 15.0, 0, "bottom", [(-0.8, 0), (0.8, 0)]),
]


# Through-hole connector: in BOM and XY, pads drilled.
CONNECTOR = ("J1", "Conn_01x02", "PinHeader_1x02_P2.54mm_Vertical", 4.0, 14.0, 90, "top", [(0, 0), (0, -2.54)])


# A part the BOM lists as do-not-place; it has no XY row.
DNP_PART = ("R3", "0R", "R_0603_1608Metric")


BOARD_W, BOARD_H = 30.0, 20.0


def coord(value):
    """Format mm as %FSLAX46Y46 integer (6 decimals). KiCad writes Y negated from its page; we use board Y up."""
    return str(int(round(value * 1_000_000)))


def gerber_header(function, polarity="Positive"):
    return (
        "%TF.GenerationSoftware,KiCad,Pcbnew,8.0.5*%\n"
        f"%TF.CreationDate,{CREATION}*%\n"
        f"{PROJECT}\n"
        "%TF.SameCoordinates,Original*%\n"
        f"%TF.FileFunction,{function}*%\n"
        f"%TF.FilePolarity,{polarity}*%\n"
        "%FSLAX46Y46*%\n"
        "G04 Gerber Fmt 4.6, Leading zero omitted, Abs format (unit mm)*\n"
        "%MOMM*%\n%LPD*%\nG01*\n"
    )


def pads_gerber(function, side, grow=0.0, paste=False):
    """Copper, mask or paste: a flash per SMD pad (with %TO.C), through-hole pads unless paste."""
    out = [gerber_header(function, "Negative" if function.startswith("Soldermask") else "Positive")]
    out.append("%TA.AperFunction,SMDPad,CuDef*%\n" if not function.startswith("Soldermask") else "")
    out.append(f"%ADD10R,{0.9 + grow:.6f}X{0.95 + grow:.6f}*%\n")
    out.append("%TD*%\n")
    if not paste:
        out.append("%TA.AperFunction,ComponentPad*%\n")
        out.append(f"%ADD11C,{1.7 + grow:.6f}*%\n")
        out.append("%TD*%\n")
        if function.startswith("Copper"):
            out.append("%TA.AperFunction,ViaPad*%\n%ADD12C,0.600000*%\n%TD*%\n")
            out.append("%TA.AperFunction,Conductor*%\n%ADD13C,0.250000*%\n%TD*%\n")
    out.append("D10*\n")
    for ref, _, _, x, y, _, part_side, pads in PARTS:
        if part_side != side:
            continue
        out.append(f"%TO.C,{ref}*%\n")
        for dx, dy in pads:
            out.append(f"X{coord(x + dx)}Y{coord(y + dy)}D03*\n")
        out.append("%TD*%\n")
    if not paste:
        ref, _, _, x, y, _, _, pads = CONNECTOR
        out.append(f"D11*\n%TO.C,{ref}*%\n")
        for dx, dy in pads:
            out.append(f"X{coord(x + dx)}Y{coord(y + dy)}D03*\n")
        out.append("%TD*%\n")
        if function.startswith("Copper"):
            out.append("D12*\n")
            out.append(f"X{coord(10.0)}Y{coord(14.0)}D03*\n")
            out.append("D13*\n")
            out.append(f"X{coord(8.8)}Y{coord(6.0)}D02*\nX{coord(10.0)}Y{coord(14.0)}D01*\n")
    out.append("M02*\n")
    return "".join(out)


def silkscreen_gerber(side):
    out = [gerber_header(f"Legend,{'Top' if side == 'top' else 'Bot'}")]
    out.append("%TA.AperFunction,Other*%\n%ADD10C,0.150000*%\n%TD*%\nD10*\n")
    for ref, _, _, x, y, _, part_side, _ in PARTS + [CONNECTOR]:
        if part_side != side:
            continue
        out.append(f"X{coord(x - 1.2)}Y{coord(y + 1.2)}D02*\nX{coord(x + 1.2)}Y{coord(y + 1.2)}D01*\n")
    out.append("M02*\n")
    return "".join(out)


def outline_gerber():
    out = [gerber_header("Profile,NP")]
    out.append("%TA.AperFunction,Profile*%\n%ADD10C,0.100000*%\n%TD*%\nD10*\n")
    corners = [(0, 0), (BOARD_W, 0), (BOARD_W, BOARD_H), (0, BOARD_H), (0, 0)]
    out.append(f"X{coord(0)}Y{coord(0)}D02*\n")
    for x, y in corners[1:]:
        out.append(f"X{coord(x)}Y{coord(y)}D01*\n")
    out.append("M02*\n")
    return "".join(out)


def drill_file(plated):
    function = "Plated,1,2,PTH" if plated else "NonPlated,1,2,NPTH"
    lines = [
        "M48",
        "; DRILL file {KiCad 8.0.5} date 2026-11-02T09:30:00+0000",
        "; FORMAT={-:-/ absolute / metric / decimal}",
        f"; #@! TF.CreationDate,{CREATION}",
        "; #@! TF.GenerationSoftware,Kicad,Pcbnew,8.0.5",
        f"; #@! TF.FileFunction,{function}",
        "FMAT,2",
        "METRIC",
    ]
    if plated:
        lines += ["; #@! TA.AperFunction,Plated,PTH,ViaDrill", "T1C0.300",
                  "; #@! TA.AperFunction,Plated,PTH,ComponentDrill", "T2C1.000", "%", "G90", "G05",
                  "T1", "X10.0Y14.0", "T2"]
        _, _, _, x, y, _, _, pads = CONNECTOR
        lines += [f"X{x + dx:.3f}Y{y + dy:.3f}" for dx, dy in pads]
    else:
        lines += ["; #@! TA.AperFunction,NonPlated,NPTH,ComponentDrill", "T1C3.200", "%", "G90", "G05",
                  "T1", "X2.5Y2.5", "X27.5Y2.5"]
    lines += ["M30"]
    return "\n".join(lines) + "\n"


def bom_csv(parts=None, extra_rows=()):
    """JLCPCB-style BOM, one line per value+footprint, plus a DNP line."""
    parts = PARTS + [CONNECTOR] if parts is None else parts
    groups = {}
    for ref, value, footprint, *_ in parts:
        groups.setdefault((value, footprint), []).append(ref)
    rows = ["Comment,Designator,Footprint,Quantity,DNP"]
    for (value, footprint), refs in groups.items():
        rows.append(f'{value},"{",".join(refs)}",{footprint},{len(refs)},')
    rows.append(f"{DNP_PART[1]},{DNP_PART[0]},{DNP_PART[2]},1,DNP")
    rows.extend(extra_rows)
    return "\n".join(rows) + "\n"


def positions_csv(parts=None, extra_rows=()):
    parts = PARTS + [CONNECTOR] if parts is None else parts
    rows = ["Designator,Mid X,Mid Y,Rotation,Layer"]
    for ref, _, _, x, y, rotation, side, _ in parts:
        rows.append(f"{ref},{x:.3f},{y:.3f},{rotation:.1f},{side}")
    rows.extend(extra_rows)
    return "\n".join(rows) + "\n"


def gerber_files():
    return {
        "sample-F_Cu.gbr": pads_gerber("Copper,L1,Top", "top"),
        "sample-B_Cu.gbr": pads_gerber("Copper,L2,Bot", "bottom"),
        "sample-F_Mask.gbr": pads_gerber("Soldermask,Top", "top", grow=0.1),
        "sample-B_Mask.gbr": pads_gerber("Soldermask,Bot", "bottom", grow=0.1),
        "sample-F_Paste.gbr": pads_gerber("Paste,Top", "top", paste=True),
        "sample-B_Paste.gbr": pads_gerber("Paste,Bot", "bottom", paste=True),
        "sample-F_Silkscreen.gbr": silkscreen_gerber("top"),
        "sample-B_Silkscreen.gbr": silkscreen_gerber("bottom"),
        "sample-Edge_Cuts.gbr": outline_gerber(),
        "sample-PTH.drl": drill_file(True),
        "sample-NPTH.drl": drill_file(False),
    }


def sample_files():
    files = gerber_files()
    files["sample-bom.csv"] = bom_csv()
    files["sample-positions.csv"] = positions_csv()
    return files


def job_file(layer_number=2, functions=None, extra_files=()):
    """A KiCad-style .gbrjob listing the sample's Gerbers (with KiCad's job-file spellings SolderPaste, Profile)."""
    import json
    functions = functions or {
        "sample-F_Cu.gbr": "Copper,L1,Top", "sample-B_Cu.gbr": "Copper,L2,Bot",
        "sample-F_Mask.gbr": "SolderMask,Top", "sample-B_Mask.gbr": "SolderMask,Bot",
        "sample-F_Paste.gbr": "SolderPaste,Top", "sample-B_Paste.gbr": "SolderPaste,Bot",
        "sample-F_Silkscreen.gbr": "Legend,Top", "sample-B_Silkscreen.gbr": "Legend,Bot",
        "sample-Edge_Cuts.gbr": "Profile",
    }
    files = [{"Path": name, "FileFunction": function, "FilePolarity": "Positive"}
             for name, function in list(functions.items()) + list(extra_files)]
    job = {
        "Header": {"GenerationSoftware": {"Vendor": "KiCad", "Application": "Pcbnew", "Version": "8.0.5"},
                   "CreationDate": CREATION},
        "GeneralSpecs": {"ProjectId": {"Name": "sample", "GUID": "73616d70-6c65-2e6b-6963-61645f706362", "Revision": "1.0"},
                         "Size": {"X": BOARD_W, "Y": BOARD_H}, "LayerNumber": layer_number, "BoardThickness": 1.6},
        "FilesAttributes": files,
    }
    return json.dumps(job, indent=2) + "\n"
