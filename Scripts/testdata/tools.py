"""The sample board as other CAD tools write it: the same copper, mask, paste, silkscreen, outline and holes, with
each tool's file names, header comments (with its version, as the tool writes them) and BOM and XY shapes, and no
X2 attributes (none of these tools' exports below writes them). Each pack is a clean board and passes; the test
checks that every file is identified by the tool's own conventions. Each maker takes `placed`, the parts as its XY
file places them (default: on their pads), so that `TOOL_CASES` can write the XY and drill cases in these shapes.

The header shapes are copied from real exports in ../shared/corpus (Altium 22.9 `.GTL` headers, Cadence Allegro
16.6 film identification records, PADS 9.2 photoplots, Eagle drill files, EasyEDA Pro file names); DipTrace's from
its documented export names."""

from .board import CONNECTOR, DNP_PART, PARTS, gerber_files


def _strip_x2(text):
    """The KiCad Gerber or drill file without its X2 lines (%TF/%TA/%TO/%TD, `; #@!`) and KiCad comments."""
    kept = []
    for line in text.splitlines():
        if line.startswith(("%TF", "%TA", "%TO", "%TD", "G04 #@!", "; #@!", "; DRILL file", "; FORMAT=")):
            continue
        if line.startswith("G04 Gerber Fmt"):
            continue
        kept.append(line)
    return "\n".join(kept) + "\n"


# The sample's files by their role: (KiCad name, what the tool calls the layer).
LAYERS = [
    ("sample-F_Cu.gbr", "top copper"), ("sample-B_Cu.gbr", "bottom copper"),
    ("sample-F_Mask.gbr", "top mask"), ("sample-B_Mask.gbr", "bottom mask"),
    ("sample-F_Paste.gbr", "top paste"), ("sample-B_Paste.gbr", "bottom paste"),
    ("sample-F_Silkscreen.gbr", "top silk"), ("sample-B_Silkscreen.gbr", "bottom silk"),
    ("sample-Edge_Cuts.gbr", "outline"),
]


def _parts():
    return PARTS + [CONNECTOR]


def altium(placed=None):
    """Altium Designer 22.9: Protel extensions, `Layer_Physical_Order` headers, NC drill `.TXT` files with
    `;TYPE=PLATED`, a BOM with Comment/Designator/Footprint/LibRef, and the Pick Place text report."""
    placed = _parts() if placed is None else placed
    names = {"top copper": ("GTL", 1), "bottom copper": ("GBL", 2), "top mask": ("GTS", None),
             "bottom mask": ("GBS", None), "top paste": ("GTP", None), "bottom paste": ("GBP", None),
             "top silk": ("GTO", None), "bottom silk": ("GBO", None), "outline": ("GKO", None)}
    source = gerber_files()
    files = {}
    for kicad, layer in LAYERS:
        extension, order = names[layer]
        header = "G04*\nG04 #@! TF.GenerationSoftware,Altium Limited,Altium Designer,22.9.1 (49)*\nG04*\n"
        if order:
            header += f"G04 Layer_Physical_Order={order}*\n"
        header += "G04 Layer_Color=255*\n"
        files[f"board.{extension}"] = header + _strip_x2(source[kicad])
    for plated in (True, False):
        kicad = "sample-PTH.drl" if plated else "sample-NPTH.drl"
        body = _strip_x2(source[kicad]).replace("M48\n", "", 1)
        files[f"board-{'Plated' if plated else 'NonPlated'}.TXT"] = (
            "M48\n;Layer_Color=9474304\n;FILE_FORMAT=4:4\n"
            f";TYPE={'PLATED' if plated else 'NON_PLATED'}\n;Layer=Top Layer to Bottom Layer\n" + body)
    bom = ['"Comment","Description","Designator","Footprint","LibRef","Quantity"']
    for ref, value, footprint, *_ in _parts():
        bom.append(f'"{value}","","{ref}","{footprint}","{footprint.split("_")[0]}","1"')
    files["board BOM.csv"] = "\n".join(bom) + "\n"
    rows = ["Altium Designer Pick and Place Locations", "C:\\Projects\\board\\Project Outputs\\Pick Place for board.txt",
            "", "=" * 80, "File Design Information:", "", "Date:       23/11/26", "Time:       10:00",
            "Revision:   Not in VersionControl", "Variant:    No variations", "Units used: mm", "",
            "Designator Comment Layer       Footprint Center-X(mm) Center-Y(mm) Rotation Description"]
    for ref, value, footprint, x, y, rotation, side, _ in placed:
        layer = "TopLayer" if side == "top" else "BottomLayer"
        rows.append(f'{ref:<10} "{value}" {layer:<11} {footprint} {x:.4f} {y:.4f} {rotation} "part"')
    files["Pick Place for board.txt"] = "\n".join(rows) + "\n"
    return files


def allegro(placed=None):
    """Cadence Allegro 16.6: `.art` films with the file identification record (`Film Name:`, `Layer:`), the
    Cadence film names smc/sms/spc/sps/tslk/bslk, NC drill `-1-2.drl`, and `place_txt`."""
    placed = _parts() if placed is None else placed
    films = {"top copper": ("top", "ETCH/TOP"), "bottom copper": ("bottom", "ETCH/BOTTOM"),
             "top mask": ("smc", "PIN/SOLDERMASK_TOP"), "bottom mask": ("sms", "PIN/SOLDERMASK_BOTTOM"),
             "top paste": ("spc", "PIN/PASTEMASK_TOP"), "bottom paste": ("sps", "PIN/PASTEMASK_BOTTOM"),
             "top silk": ("tslk", "PACKAGE GEOMETRY/SILKSCREEN_TOP"),
             "bottom silk": ("bslk", "PACKAGE GEOMETRY/SILKSCREEN_BOTTOM"),
             "outline": ("outline", "BOARD GEOMETRY/OUTLINE")}
    source = gerber_files()
    files = {}
    for kicad, layer in LAYERS:
        film, subclass = films[layer]
        header = ("G04 ================== begin FILE IDENTIFICATION RECORD ==================*\n"
                  "G04 Layout Name:  C:/work/board.brd*\n"
                  f"G04 Film Name:    board_{film}*\n"
                  "G04 File Format:  Gerber RS274X*\n"
                  "G04 File Origin:  Cadence Allegro 16.6-S026*\n"
                  "G04 Origin Date:  Mon Nov 02 09:30:00 2026*\n"
                  "G04 *\n"
                  f"G04 Layer:  {subclass}*\n"
                  "G04 *\n"
                  "G04 ================== end FILE IDENTIFICATION RECORD ====================*\n")
        files[f"board_{film}.art"] = header + _strip_x2(source[kicad])
    files["board-1-2.drl"] = _strip_x2(source["sample-PTH.drl"]).replace("M48\n", "M48\n;Cadence Allegro 16.6-S026\n;TYPE=PLATED\n", 1)
    files["board-1-2-np.drl"] = _strip_x2(source["sample-NPTH.drl"]).replace("M48\n", "M48\n;Cadence Allegro 16.6-S026\n;TYPE=NON_PLATED\n", 1)
    rows = ["UUNITS = MILLIMETERS"]
    for ref, _, footprint, x, y, rotation, side, _ in placed:
        mirror = "  m" if side == "bottom" else ""
        rows.append(f"{ref}   {x:.3f}   {y:.3f}   {rotation}{mirror}  {footprint}")
    files["place_txt.txt"] = "\n".join(rows) + "\n"
    bom = ["Item,Quantity,Reference,Part,PCB Footprint"]
    for number, (ref, value, footprint, *_) in enumerate(_parts(), start=1):
        bom.append(f"{number},1,{ref},{value},{footprint}")
    files["board.BOM.csv"] = "\n".join(bom) + "\n"
    return files


def pads(placed=None):
    """PADS 9.2: photoplots named as PADS names them (Top/Bottom, SMT/SMB mask, SPT/SPB paste, SST/SSB silk) with its
    header, an outline photoplot, and an NC drill file with `;TYPE=PLATED`."""
    placed = _parts() if placed is None else placed
    names = {"top copper": "Top", "bottom copper": "Bottom", "top mask": "SMT", "bottom mask": "SMB",
             "top paste": "SPT", "bottom paste": "SPB", "top silk": "SST", "bottom silk": "SSB",
             "outline": "Board_Outline"}
    source = gerber_files()
    files = {}
    for kicad, layer in LAYERS:
        header = ("*\n*\nG04 PADS 9.2 Build Number: 406656 generated Gerber (RS-274-X) file*\n"
                  "G04 PC Version=2.1*\n*\n")
        files[f"{names[layer]}.pho"] = header + _strip_x2(source[kicad])
    files["Drill.drl"] = _strip_x2(source["sample-PTH.drl"]).replace("M48\n", "M48\n;TYPE=PLATED\n", 1)
    files["Drill_NPTH.drl"] = _strip_x2(source["sample-NPTH.drl"]).replace("M48\n", "M48\n;TYPE=NON_PLATED\n", 1)
    bom = ["Item,Qty,Reference,Value,Part Type"]
    for number, (ref, value, footprint, *_) in enumerate(_parts(), start=1):
        bom.append(f"{number},1,{ref},{value},{footprint}")
    files["board_bom.csv"] = "\n".join(bom) + "\n"
    rows = ["Ref Des,Layer,Location X,Location Y,Rotation,Part Type"]
    for ref, _, footprint, x, y, rotation, side, _ in placed:
        rows.append(f"{ref},{'Top' if side == 'top' else 'Bottom'},{x:.3f},{y:.3f},{rotation},{footprint}")
    files["board_xy.csv"] = "\n".join(rows) + "\n"
    return files


def eagle(placed=None):
    """Eagle 9.6: legacy CAM extensions (.cmp/.sol/.stc/.sts/.crc/.crs/.plc/.pls), the board edge in `.dim`, an
    Excellon `.xln` whose first line is `%`, the bom.ulp semicolon BOM and mountsmd `.mnt`/`.mnb` files (SMD parts only:
    the through-hole header J1 is left out, as mountsmd does)."""
    placed = _parts() if placed is None else placed
    names = {"top copper": "cmp", "bottom copper": "sol", "top mask": "stc", "bottom mask": "sts",
             "top paste": "crc", "bottom paste": "crs", "top silk": "plc", "bottom silk": "pls", "outline": "dim"}
    source = gerber_files()
    files = {}
    for kicad, layer in LAYERS:
        files[f"board.{names[layer]}"] = "G04 EAGLE Gerber RS-274X export*\nG75*\n" + _strip_x2(source[kicad])
    for plated, kicad in ((True, "sample-PTH.drl"), (False, "sample-NPTH.drl")):
        body = _strip_x2(source[kicad]).replace("M48\n", "", 1)
        files["drills.xln" if plated else "holes_npth.xln"] = (
            "%\nM48\n;GenerationSoftware,Autodesk,EAGLE,9.6.2*%\n" + body)
    bom = ["Qty;Value;Device;Package;Parts;Description"]
    for ref, value, footprint, *_ in _parts():
        bom.append(f"1;{value};{footprint};{footprint};{ref};")
    bom.append(f"1;{DNP_PART[1]};DNP;{DNP_PART[2]};{DNP_PART[0]};do not place")
    files["board.bom.csv"] = "\n".join(bom) + "\n"
    for side, extension in (("top", "mnt"), ("bottom", "mnb")):
        rows = [f"{ref} {x:.2f} {y:.2f} {rotation} {value} {footprint}"
                for ref, value, footprint, x, y, rotation, part_side, _ in placed
                if part_side == side and ref != CONNECTOR[0]]
        files[f"board.{extension}"] = "\n".join(rows) + "\n"
    return files


def easyeda(placed=None):
    """EasyEDA Pro 2.1: `Gerber_<Layer>.<Protel extension>` names with its header comment, `Drill_PTH_Through.DRL`
    and `Drill_NPTH_Through.DRL`, its BOM columns and a PickAndPlace CSV whose positions carry `mm`."""
    placed = _parts() if placed is None else placed
    names = {"top copper": "Gerber_TopLayer.GTL", "bottom copper": "Gerber_BottomLayer.GBL",
             "top mask": "Gerber_TopSolderMaskLayer.GTS", "bottom mask": "Gerber_BottomSolderMaskLayer.GBS",
             "top paste": "Gerber_TopPasteMaskLayer.GTP", "bottom paste": "Gerber_BottomPasteMaskLayer.GBP",
             "top silk": "Gerber_TopSilkscreenLayer.GTO", "bottom silk": "Gerber_BottomSilkscreenLayer.GBO",
             "outline": "Gerber_BoardOutlineLayer.GKO"}
    source = gerber_files()
    files = {}
    for kicad, layer in LAYERS:
        header = "G04 EasyEDA Pro v2.1.33, 2026-11-02 09:30:00*\nG04 Gerber Generator version 0.3*\n"
        files[names[layer]] = header + _strip_x2(source[kicad])
    for plated, kicad in ((True, "sample-PTH.drl"), (False, "sample-NPTH.drl")):
        body = _strip_x2(source[kicad]).replace("M48\n", "", 1)
        files[f"Drill_{'PTH' if plated else 'NPTH'}_Through.DRL"] = (
            "M48\n;TYPE=" + ("PLATED" if plated else "NON_PLATED") + "\n;EasyEDA Pro v2.1.33\n" + body)
    bom = ['"ID","Name","Designator","Footprint","Quantity","Manufacturer Part","Manufacturer","Supplier Part"']
    for number, (ref, value, footprint, *_) in enumerate(_parts(), start=1):
        bom.append(f'"{number}","{value}","{ref}","{footprint}","1","","","C{1000 + number}"')
    files["BOM_Board1_PCB1_2026-11-02.csv"] = "\n".join(bom) + "\n"
    rows = ['"Designator","Footprint","Mid X","Mid Y","Ref X","Ref Y","Pad X","Pad Y","Layer","Rotation","Comment"']
    for ref, value, footprint, x, y, rotation, side, _ in placed:
        layer = "T" if side == "top" else "B"
        rows.append(f'"{ref}","{footprint}","{x:.4f}mm","{y:.4f}mm","{x:.4f}mm","{y:.4f}mm","{x:.4f}mm","{y:.4f}mm",'
                    f'"{layer}","{rotation}","{value}"')
    files["PickAndPlace_PCB1_2026-11-02.csv"] = "\n".join(rows) + "\n"
    return files


def diptrace(placed=None):
    """DipTrace 4.3: plain layer names (`Top.gbr`, `TopMask.gbr`, `BoardOutline.gbr` …) with its header comment, a
    `Through.drl` and a `NonPlated.drl`, and its BOM and pick-and-place CSV exports."""
    placed = _parts() if placed is None else placed
    names = {"top copper": "Top", "bottom copper": "Bottom", "top mask": "TopMask", "bottom mask": "BottomMask",
             "top paste": "TopPaste", "bottom paste": "BottomPaste", "top silk": "TopSilk",
             "bottom silk": "BottomSilk", "outline": "BoardOutline"}
    source = gerber_files()
    files = {}
    for kicad, layer in LAYERS:
        files[f"{names[layer]}.gbr"] = "G04 DipTrace 4.3.0.1*\nG04 " + names[layer] + ".gbr*\n" + _strip_x2(source[kicad])
    files["Through.drl"] = _strip_x2(source["sample-PTH.drl"]).replace("M48\n", "M48\n;DipTrace 4.3.0.1\n;TYPE=PLATED\n", 1)
    files["NonPlated.drl"] = _strip_x2(source["sample-NPTH.drl"]).replace("M48\n", "M48\n;DipTrace 4.3.0.1\n;TYPE=NON_PLATED\n", 1)
    bom = ["Name,Quantity,RefDes,Value,Pattern"]
    for ref, value, footprint, *_ in _parts():
        bom.append(f"{value},1,{ref},{value},{footprint}")
    files["board_BOM.csv"] = "\n".join(bom) + "\n"
    rows = ["RefDes,Name,X (mm),Y (mm),Side,Rotate,Value,Pattern"]
    for ref, value, footprint, x, y, rotation, side, _ in placed:
        rows.append(f"{ref},{value},{x:.3f},{y:.3f},{'Top' if side == 'top' else 'Bottom'},{rotation},{value},{footprint}")
    files["board_PickAndPlace.csv"] = "\n".join(rows) + "\n"
    return files


TOOLS = {"altium": altium, "allegro": allegro, "pads": pads, "eagle": eagle, "easyeda": easyeda, "diptrace": diptrace}


def _shifted(parts, dx, dy, only=None):
    """`parts` with the placement of `only` (or of every part) moved by (dx, dy) mm."""
    return [(ref, value, footprint, x + dx, y + dy, rotation, side, pads) if only in (None, ref)
            else (ref, value, footprint, x, y, rotation, side, pads)
            for ref, value, footprint, x, y, rotation, side, pads in parts]


def altium_xy_part_far_off():
    """Altium's Pick Place with U1 500 mm to the right of its pads: fails (it passed with the outline fit alone)."""
    return altium(placed=_shifted(_parts(), 500.0, 0.0, only="U1"))


def altium_xy_stale():
    """Altium's Pick Place from another revision: every part 1.8 mm right and 1.1 mm up of its pads, all still on the
    board, no X2 names to compare with: fails by the pads' symmetry (it passed before)."""
    return altium(placed=_shifted(_parts(), 1.8, 1.1))


def altium_xy_part_away_from_pads():
    """Altium's Pick Place with D1 at (27, 17.5) mm: on the board, 6 mm from any pad, no X2 names: fails by the empty
    board around it (one part off of eight passed the share of centred placements)."""
    return altium(placed=_shifted(_parts(), 7.0, 11.5, only="D1"))


def pads_xy_other_origin():
    """A PADS XY file written relative to a user origin at (-12.35, 7.8) mm: another origin, no defect; passes."""
    return pads(placed=_shifted(_parts(), 12.35, -7.8))


def eagle_plated_drill_missing():
    """Eagle's pack without drills.xln: only the non-plated holes file, no X2 anywhere; the copper's through-hole
    pads and via (flashes at one point on both sides) need plated holes: fails."""
    files = eagle()
    del files["drills.xln"]
    return files


# The XY and drill cases of the one-board-frame work in other tools' shapes: name, maker.
TOOL_CASES = {
    "altium-xy-part-far-off": altium_xy_part_far_off,
    "altium-xy-stale": altium_xy_stale,
    "altium-xy-part-away-from-pads": altium_xy_part_away_from_pads,
    "pads-xy-other-origin": pads_xy_other_origin,
    "eagle-plated-drill-missing": eagle_plated_drill_missing,
}
