"""The defects and variants: each is the sample pack with exactly one change, made by the function named after it,
so a reader can see how each was made.
"""

import io
import re
import zipfile

from .board import BOARD_H, BOARD_W, CONNECTOR, CREATION, PARTS, bom_csv, coord, gerber_header, job_file, pads_gerber, positions_csv, sample_files


def without(name):
    files = sample_files()
    del files[name]
    return files


def missing_bom():
    return without("sample-bom.csv")


def missing_outline():
    return without("sample-Edge_Cuts.gbr")


def missing_bottom_paste():
    return without("sample-B_Paste.gbr")


def two_boms():
    """An older BOM in a sub-folder, one line short of the current one: two BOMs that differ."""
    files = sample_files()
    files["old/sample-bom-rev0.csv"] = bom_csv(parts=[part for part in PARTS if part[0] != "D1"])
    return files


def bom_xy_mismatch():
    """R2 is in the BOM but not placed; R9 is placed but not in the BOM (neither is explained)."""
    files = sample_files()
    files["sample-positions.csv"] = positions_csv(
        [p for p in PARTS + [CONNECTOR] if p[0] != "R2"], extra_rows=["R9,25.000,3.000,0.0,top"])
    return files


def duplicate_designator():
    """C1 appears on two BOM lines."""
    files = sample_files()
    files["sample-bom.csv"] = bom_csv(extra_rows=["22p,C1,C_0603_1608Metric,1,"])
    return files


def quantity_mismatch():
    """The 10k line lists R1,R2 but says quantity 3."""
    files = sample_files()
    files["sample-bom.csv"] = files["sample-bom.csv"].replace('10k,"R1,R2",R_0603_1608Metric,2,', '10k,"R1,R2",R_0603_1608Metric,3,')
    return files


def truncated_gerber():
    """The top copper file is cut off half-way: no M02."""
    files = sample_files()
    text = files["sample-F_Cu.gbr"]
    files["sample-F_Cu.gbr"] = text[: len(text) // 2]
    return files


def nested_older_copy():
    """A ZIP inside the pack holds an older copy of the top copper: a version conflict."""
    files = sample_files()
    old = io.BytesIO()
    with zipfile.ZipFile(old, "w") as archive:
        info = zipfile.ZipInfo("sample-F_Cu.gbr", (2026, 10, 1, 12, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        # The older layout had R1's first pad 0.1 mm further left: a copy that differs, not a duplicate.
        older = pads_gerber("Copper,L1,Top", "top").replace("X7200000Y6000000D03*", "X7100000Y6000000D03*", 1)
        archive.writestr(info, older.encode())
    files["old-rev-A.zip"] = old.getvalue()
    return files


def mixed_revision():
    """The bottom copper comes from revision 0.9 of the project: an X2 .ProjectId that differs from the rest."""
    files = sample_files()
    files["sample-B_Cu.gbr"] = files["sample-B_Cu.gbr"].replace(",1.0*%", ",0.9*%")
    return files


def stale_layer():
    """The top silkscreen was exported nine days before the other files (and by an older KiCad)."""
    files = sample_files()
    files["sample-F_Silkscreen.gbr"] = (files["sample-F_Silkscreen.gbr"]
                                        .replace(CREATION, "2026-10-23T16:05:00+00:00")
                                        .replace("KiCad,Pcbnew,8.0.5", "KiCad,Pcbnew,8.0.4"))
    return files


def xy_outside_board():
    """U1 is placed at x = 80 mm on a 30 x 20 mm board: an XY file from another board or origin."""
    files = sample_files()
    files["sample-positions.csv"] = files["sample-positions.csv"].replace("U1,18.000,12.000", "U1,80.000,12.000")
    return files


def layer_from_other_board():
    """The bottom mask is shifted 50 mm to the right: a layer from another board."""
    files = sample_files()
    shifted = []
    for line in files["sample-B_Mask.gbr"].splitlines(keepends=True):
        if line.startswith("X"):
            x_end = line.index("Y")
            line = "X" + str(int(line[1:x_end]) + 50_000_000) + line[x_end:]
        shifted.append(line)
    files["sample-B_Mask.gbr"] = "".join(shifted)
    return files


def kicad_bottom_convention():
    """KiCad 6's XY: bottom-side X negated and the unit only in the header line of an ASCII .pos file."""
    files = sample_files()
    del files["sample-positions.csv"]
    rows = ["### Footprint positions - created on 2026-11-02T09:30:00 ###", "### Printed by KiCad version 6.0.5",
            "## Unit = mm, Angle = deg.", "## Side : All", "# Ref     Val       Package                PosX       PosY       Rot  Side"]
    for ref, value, footprint, x, y, rotation, side, _ in PARTS + [CONNECTOR]:
        rows.append(f"{ref:<9} {value:<9} {footprint:<30} {(-x if side == 'bottom' else x):9.4f} {y:9.4f} {rotation:8.4f}  {side}")
    rows.append("## End")
    files["sample-all-pos.pos"] = "\n".join(rows) + "\n"
    return files


def xy_in_mil():
    """The XY file is in mil and says so nowhere: the unit is inferred from the board outline."""
    files = sample_files()
    rows = ["Designator,Mid X,Mid Y,Rotation,Layer"]
    for ref, _, _, x, y, rotation, side, _ in PARTS + [CONNECTOR]:
        rows.append(f"{ref},{x / 0.0254:.1f},{y / 0.0254:.1f},{rotation:.1f},{side}")
    files["sample-positions.csv"] = "\n".join(rows) + "\n"
    return files


def with_job_file():
    """The sample with a job file that agrees with every layer: passes."""
    files = sample_files()
    files["sample-job.gbrjob"] = job_file()
    return files


def job_file_mismatch():
    """A job file that says 4 layers, lists the bottom copper as L4 and lists an inner layer that is not there."""
    files = sample_files()
    functions = {"sample-F_Cu.gbr": "Copper,L1,Top", "sample-B_Cu.gbr": "Copper,L4,Bot"}
    files["sample-job.gbrjob"] = job_file(4, functions, [("sample-In1_Cu.gbr", "Copper,L2,Inr")])
    return files


def missing_inner_layer():
    """A four-layer board without its L3: In1 (L2) and the bottom (L4) are there."""
    files = sample_files()
    files["sample-B_Cu.gbr"] = files["sample-B_Cu.gbr"].replace("Copper,L2,Bot", "Copper,L4,Bot")
    files["sample-In1_Cu.gbr"] = pads_gerber("Copper,L2,Inr", "inner")
    return files


def gerber_designator_mismatch():
    """BOM and XY list R7, which has no pads in the copper (%TO.C); the top copper has pads for U9, which neither
    lists: the BOM and XY are from another revision than the Gerbers."""
    files = sample_files()
    files["sample-bom.csv"] = bom_csv(extra_rows=["4k7,R7,R_0603_1608Metric,1,"])
    files["sample-positions.csv"] = positions_csv(extra_rows=["R7,25.000,15.000,0.0,top"])
    files["sample-F_Cu.gbr"] = files["sample-F_Cu.gbr"].replace(
        "M02*\n", "D10*\n%TO.C,U9*%\nX26000000Y5000000D03*\n%TD*%\nM02*\n")
    return files


def open_outline():
    """The outline's left edge is missing: from (0, 20) the line stops, 20 mm short of closing at (0, 0)."""
    files = sample_files()
    files["sample-Edge_Cuts.gbr"] = files["sample-Edge_Cuts.gbr"].replace(f"X{coord(0)}Y{coord(0)}D01*\n", "")
    return files


def through_hole_by_paste():
    """J1 (the through-hole header) is in the BOM but not in the XY file, and its footprint name says nothing: its
    copper pads without paste show it is through-hole."""
    files = j1_left_out_of_xy()
    # Older exports do not mark pad functions: only the paste (which names its pads with %TO.C) can tell.
    for layer in ["sample-F_Cu.gbr", "sample-B_Cu.gbr"]:
        files[layer] = files[layer].replace("%TA.AperFunction,ComponentPad*%\n", "")
    return files


def j1_left_out_of_xy():
    """The sample with J1 left out of the XY file and its BOM footprint renamed to HDR2, which says nothing."""
    files = sample_files()
    parts = [p for p in PARTS + [CONNECTOR] if p[0] != "J1"]
    files["sample-positions.csv"] = positions_csv(parts)
    files["sample-bom.csv"] = bom_csv().replace("PinHeader_1x02_P2.54mm_Vertical", "HDR2")
    return files


def through_hole_by_pad_function():
    """J1 is in the BOM but not in the XY file; its footprint name says nothing and the paste layers carry no %TO.C,
    but the copper flashes its pads with the X2 aperture function ComponentPad: a through-hole part."""
    files = j1_left_out_of_xy()
    for layer in ["sample-F_Paste.gbr", "sample-B_Paste.gbr"]:
        files[layer] = re.sub(r"%TO\.C,[^*]*\*%\n|%TD\*%\n(?=X|%TO|M02)", "", files[layer])
    return files


def name_contradicts_header():
    """The top copper is named like KiCad's bottom copper (B_Cu) while its X2 header says Copper,L1,Top: the
    evidence disagrees, so the file cannot be trusted as either."""
    files = sample_files()
    files["sample-B_Cu-copy.gbr"] = files.pop("sample-F_Cu.gbr")
    return files


def broken_job_file():
    """The job file is cut off in the middle of its JSON: it cannot be read."""
    files = with_job_file()
    files["sample-job.gbrjob"] = files["sample-job.gbrjob"][:120]
    return files


def xy_duplicate_designator():
    """C1 is placed twice in the XY file, at two positions: which one is meant?"""
    files = sample_files()
    files["sample-positions.csv"] = positions_csv(extra_rows=["C1,25.000,5.000,90.0,top"])
    return files


def name_revision_mismatch():
    """Every file is named for revision B except the bottom silkscreen, named for revision A: left over from the
    previous handoff. Its content is identical, so only the names tell."""
    files = {name.replace("sample-", "sample-revB-"): data for name, data in sample_files().items()}
    files["sample-revA-B_Silkscreen.gbr"] = files.pop("sample-revB-B_Silkscreen.gbr")
    return files


def fiducial_in_copper():
    """The top copper flashes a fiducial FID1 with its %TO.C designator; BOM and XY leave it out, as KiCad does for
    parts without a footprint on the assembly. Explained as not a part: the pack passes, with an info finding."""
    files = sample_files()
    files["sample-F_Cu.gbr"] = files["sample-F_Cu.gbr"].replace(
        "M02*\n", f"D10*\n%TO.C,FID1*%\nX{coord(2.0)}Y{coord(18.0)}D03*\n%TD*%\nM02*\n")
    return files


def drill_in_cutout():
    """The outline has a 4 × 4 mm cut-out at (20…24, 8…12) and the NPTH file drills a hole at its centre: the hole is
    inside the board's extent but not on the board."""
    files = sample_files()
    cutout = [(20, 8), (24, 8), (24, 12), (20, 12), (20, 8)]
    path = f"X{coord(20)}Y{coord(8)}D02*\n" + "".join(f"X{coord(x)}Y{coord(y)}D01*\n" for x, y in cutout[1:])
    files["sample-Edge_Cuts.gbr"] = files["sample-Edge_Cuts.gbr"].replace("M02*\n", path + "M02*\n")
    files["sample-NPTH.drl"] = files["sample-NPTH.drl"].replace("X27.5Y2.5\n", "X27.5Y2.5\nX22.0Y10.0\n")
    return files


def rounded_outline():
    """The board's corners are 8 mm arcs (G75 multi-quadrant, as KiCad writes them) and a mounting hole at (3, 3) sits
    inside the rounding, 1.4 mm beyond the arc's chord: the outline is closed, and every hole and part is on the
    board only when arcs are followed as arcs."""
    files = sample_files()
    r = 8.0
    out = [gerber_header("Profile,NP"), "%TA.AperFunction,Profile*%\n%ADD10C,0.100000*%\n%TD*%\nD10*\nG75*\n"]
    out.append(f"X{coord(r)}Y{coord(0)}D02*\n")
    corners = [((BOARD_W - r, 0), (BOARD_W, r), (BOARD_W - r, r)), ((BOARD_W, BOARD_H - r), (BOARD_W - r, BOARD_H), (BOARD_W - r, BOARD_H - r)),
               ((r, BOARD_H), (0, BOARD_H - r), (r, BOARD_H - r)), ((0, r), (r, 0), (r, r))]
    x, y = r, 0.0
    for (line_x, line_y), (end_x, end_y), (centre_x, centre_y) in corners:
        out.append(f"G01*\nX{coord(line_x)}Y{coord(line_y)}D01*\n")
        out.append(f"G03*\nX{coord(end_x)}Y{coord(end_y)}I{coord(centre_x - line_x)}J{coord(centre_y - line_y)}D01*\n")
    out.append("M02*\n")
    files["sample-Edge_Cuts.gbr"] = "".join(out)
    files["sample-NPTH.drl"] = files["sample-NPTH.drl"].replace("X2.5Y2.5\n", "X3.0Y3.0\n")
    return files


def explained_differences():
    """Differences that are not defects: a fiducial placed but not in the BOM (as KiCad exports it), and the
    through-hole headers J1 and J2 in the BOM but not in the XY file, an SMD-only export (it lists no through-hole
    part). The pack passes with warnings that say why."""
    files = sample_files()
    smd = [part for part in PARTS + [CONNECTOR] if part[0] != "J1"]
    files["sample-positions.csv"] = positions_csv(smd, extra_rows=["FID1,1.500,1.500,0.0,top"])
    files["sample-bom.csv"] = bom_csv(extra_rows=["Conn_01x04,J2,PinHeader_1x04_P2.54mm_Vertical,1,"])
    header_pads = "D11*\n%TO.C,J2*%\n" + "".join(f"X{coord(26.0)}Y{coord(8.0 + 2.54 * pin)}D03*\n" for pin in range(4)) + "%TD*%\n"
    for layer in ["sample-F_Cu.gbr", "sample-B_Cu.gbr"]:
        files[layer] = files[layer].replace("M02*\n", header_pads + "M02*\n")
    return files


def outline_with_drawing():
    """Not a defect: the outline layer also carries a drawing, as many packs' do: a title frame around everything
    (-10…40 × -15…30 mm), a dimension line under the board with its two ticks, and the letters "30" as strokes. The
    board is the smallest closed contour around the copper; the rest is drawing (OUTLINE_DRAWING, info)."""
    files = sample_files()
    strokes = [
        [(-10, -15), (40, -15), (40, 30), (-10, 30), (-10, -15)],  # the title frame
        [(0, -5), (30, -5)], [(0, -6), (0, -4)], [(30, -6), (30, -4)],  # the dimension line and its ticks
        [(12, -12), (14, -12), (14, -10), (12, -10)], [(12, -11), (14, -11)],  # "3"
        [(16, -12), (18, -12), (18, -10), (16, -10), (16, -12)],  # "0"
    ]
    drawing = "".join(
        f"X{coord(points[0][0])}Y{coord(points[0][1])}D02*\n"
        + "".join(f"X{coord(x)}Y{coord(y)}D01*\n" for x, y in points[1:])
        for points in strokes)
    files["sample-Edge_Cuts.gbr"] = files["sample-Edge_Cuts.gbr"].replace("M02*\n", drawing + "M02*\n")
    return files


def hole_drawn_on_outline():
    """Not a defect: the non-plated hole at (27.5, 2.5) is also drawn on the outline layer as a circle of its size
    (a full G75 arc, as Eagle draws holes on its dimension layer): a round cut-out with the drill hit at its centre is
    that hole, on the board."""
    files = sample_files()
    circle = f"G75*\nX{coord(29.1)}Y{coord(2.5)}D02*\nG03*\nX{coord(29.1)}Y{coord(2.5)}I{coord(-1.6)}J{coord(0)}D01*\nG01*\n"
    files["sample-Edge_Cuts.gbr"] = files["sample-Edge_Cuts.gbr"].replace("M02*\n", circle + "M02*\n")
    return files


def drill_zeros_unstated():
    """Not a defect the board leaves open: the non-plated drill file is written the old way, in inch 2:4 with leading
    zeros omitted and neither LZ nor TZ in its header (as old Eagle and Protel exports are). Read with trailing zeros
    omitted instead, its holes would land metres away; only the reading with leading zeros omitted puts them on the
    board, so the board settles it (DRILL_ZEROS_FROM_BOARD, a warning)."""
    files = sample_files()

    def inch(mm):
        return str(int(round(mm / 25.4 * 10_000)))

    files["sample-NPTH.drl"] = "\n".join([
        "M48", "; DRILL file written without zero suppression", "INCH", "T1C0.1260", "%", "G90", "G05", "T1",
        f"X{inch(2.5)}Y{inch(2.5)}", f"X{inch(27.5)}Y{inch(2.5)}", "M30"]) + "\n"
    return files


def xy_part_far_off():
    """U1 is placed 500 mm to the right: under mil (unit unstated) every part would squeeze onto the board, but
    only millimetres put the parts on their pads, so U1 is off the board."""
    files = sample_files()
    files["sample-positions.csv"] = files["sample-positions.csv"].replace("U1,18.000,12.000", "U1,518.000,12.000")
    return files


def plated_drill_missing():
    """The plated drill file is gone; the non-plated one (mounting holes) cannot make the vias and J1's pins."""
    return without("sample-PTH.drl")


PROTEL_NAMES = {"F_Cu": "GTL", "B_Cu": "GBL", "F_Mask": "GTS", "B_Mask": "GBS", "F_Paste": "GTP", "B_Paste": "GBP",
                "F_Silkscreen": "GTO", "B_Silkscreen": "GBO", "Edge_Cuts": "GKO"}


def plated_drill_missing_no_x2():
    """The same, in the shape of a tool without X2 (Protel/Altium extensions, no attributes): the vias are seen as
    flashes at the same point on both outer copper layers."""
    files = {}
    for name, data in without("sample-PTH.drl").items():
        layer = name[len("sample-"):-len(".gbr")] if name.endswith(".gbr") else None
        if layer in PROTEL_NAMES:
            text = "".join(line for line in data.splitlines(keepends=True)
                           if not line.startswith(("%TF", "%TA", "%TO", "%TD", "G04 #@!")))
            files["board." + PROTEL_NAMES[layer]] = text
        else:
            files[name] = data
    return files


def through_hole_dropped_from_xy():
    """J2, a through-hole header, is in the BOM but not in the XY file, which lists J1, another through-hole header:
    an XY file that lists through-hole parts is no SMD-only export, so J2 is missing from it (and the copper has no
    pads for it either)."""
    files = sample_files()
    files["sample-bom.csv"] = bom_csv(extra_rows=["Conn_01x03,J2,PinHeader_1x03_P2.54mm_Vertical,1,"])
    return files


def xy_stale_off_pads():
    """A stale XY file: every part 1.5 mm to the right of where the Gerbers put its pads, all still on the board."""
    files = sample_files()
    parts = [(ref, value, footprint, x + 1.5, y, rotation, side, pads)
             for ref, value, footprint, x, y, rotation, side, pads in PARTS + [CONNECTOR]]
    files["sample-positions.csv"] = positions_csv(parts)
    return files


def xy_part_away_from_pads():
    """KiCad's export with "include netlist attributes" off (no %TO: the copper names no parts), D1 placed at
    (27, 17.5) mm, on the board but 6 mm from any pad: the share of centred placements (7 of 8) is no evidence, the
    empty board around it is."""
    files = sample_files()
    for name, data in list(files.items()):
        if name.endswith(".gbr"):
            files[name] = "".join(line for line in data.splitlines(keepends=True) if not line.startswith("%TO"))
    files["sample-positions.csv"] = files["sample-positions.csv"].replace("D1,20.000,6.000", "D1,27.000,17.500")
    assert "D1,27.000,17.500" in files["sample-positions.csv"]
    return files


def bom_footprint_mismatch():
    """The XY file names each part's package (as KiCad's footprint position export does) and says C1 is an 0805
    where the BOM says C_0603_1608Metric: one of the two files is stale."""
    files = sample_files()
    rows = ["Ref,Val,Package,PosX,PosY,Rot,Side"]
    for ref, value, footprint, x, y, rotation, side, _ in PARTS + [CONNECTOR]:
        package = "C_0805_2012Metric" if ref == "C1" else footprint
        rows.append(f"{ref},{value},{package},{x:.4f},{y:.4f},{rotation:.4f},{side}")
    files["sample-positions.csv"] = "\n".join(rows) + "\n"
    return files


def drill_span_four_layers():
    """A two-layer pack whose plated drill file says its holes go through layers 1 to 4 (no job file, no inner
    layer names to tell otherwise): two copper layers are missing, or the drill file is from another stack."""
    files = sample_files()
    files["sample-PTH.drl"] = files["sample-PTH.drl"].replace("Plated,1,2,PTH", "Plated,1,4,PTH")
    return files


def split_boms():
    """The BOM split in two, as some customers send it: the SMD parts in one file, the through-hole connector in
    another. No designator is in both, so the two are read together: passes."""
    files = sample_files()
    files["sample-bom.csv"] = bom_csv(parts=PARTS)
    rows = ["Comment,Designator,Footprint,Quantity", f"{CONNECTOR[1]},{CONNECTOR[0]},{CONNECTOR[2]},1"]
    files["sample-bom-tht.csv"] = "\n".join(rows) + "\n"
    return files


def xy_other_origin():
    """The XY file written relative to a user origin that is no board corner ((-12.35, 7.8) mm in Gerber
    coordinates): a convention, not a defect. Passes; the report names the origin the pads gave."""
    files = sample_files()
    origin_x, origin_y = -12.35, 7.8
    rows = ["Designator,Mid X,Mid Y,Rotation,Layer"]
    for ref, _, _, x, y, rotation, side, _ in PARTS + [CONNECTOR]:
        rows.append(f"{ref},{x - origin_x:.3f},{y - origin_y:.3f},{rotation:.1f},{side}")
    files["sample-positions.csv"] = "\n".join(rows) + "\n"
    return files


# Vias added to both outer copper layers and to the plated drill file by the drill-registration fixtures: enough
# holes (with the via and J1's two pins, nine) for a shift or a scale to be told from chance.
EXTRA_VIAS = [(6.0, 3.0), (14.0, 3.0), (22.0, 3.0), (26.0, 8.0), (26.0, 16.0), (15.0, 18.0)]


def _with_extra_vias(files):
    """The sample with EXTRA_VIAS flashed (D12, the via aperture) on both outer copper layers."""
    flashes = "D12*\n" + "".join(f"X{coord(x)}Y{coord(y)}D03*\n" for x, y in EXTRA_VIAS)
    for name in ("sample-F_Cu.gbr", "sample-B_Cu.gbr"):
        files[name] = files[name].replace("M02*\n", flashes + "M02*\n")
    return files


def drill_shifted():
    """The plated drill file written from another origin: every hole 3 mm right and 2 mm down of its pad, all still
    on the board (so no hole is off the outline): the board would be drilled beside its pads."""
    files = _with_extra_vias(sample_files())
    lines = files["sample-PTH.drl"].splitlines()
    shifted = []
    for line in lines:
        match = re.fullmatch(r"X(-?[\d.]+)Y(-?[\d.]+)", line)
        shifted.append(f"X{float(match.group(1)) + 3.0:.3f}Y{float(match.group(2)) - 2.0:.3f}" if match else line)
    via = shifted.index("X13.000Y12.000")  # the sample's via, shifted; the extra vias follow it
    shifted[via + 1:via + 1] = [f"X{x + 3.0:.3f}Y{y - 2.0:.3f}" for x, y in EXTRA_VIAS]
    files["sample-PTH.drl"] = "\n".join(shifted) + "\n"
    return files


def drill_format_open():
    """The plated drill file as Allegro 15 writes it: INCH, tools in inch, ten-digit coordinates without a decimal
    point, and no format stated anywhere (no ;FILE_FORMAT, no nc_param.txt). Read as the customary 2:4 every hole
    is ten times too far out; the pads decide 5:5. Passes, with a warning that says so."""
    files = _with_extra_vias(sample_files())
    _, _, _, jx, jy, _, _, pins = CONNECTOR
    holes = [(10.0, 14.0)] + EXTRA_VIAS + [(jx + dx, jy + dy) for dx, dy in pins]
    lines = ["M48", "INCH", "T01C.012", "T02C.039", "%", "T01"]
    for x, y in holes[:-2]:
        lines.append(f"X{round(x / 25.4 * 100000):010d}Y{round(y / 25.4 * 100000):010d}")
    lines.append("T02")
    for x, y in holes[-2:]:
        lines.append(f"X{round(x / 25.4 * 100000):010d}Y{round(y / 25.4 * 100000):010d}")
    lines.append("M30")
    files["sample-PTH.drl"] = "\n".join(lines) + "\n"
    return files


def _flash_on(files, layer, x, y, aperture="D10"):
    """`files` with one more flash of `aperture` at (x, y) mm on `layer`, before its end."""
    files[layer] = files[layer].replace("M02*\n", f"{aperture}*\nX{coord(x)}Y{coord(y)}D03*\nM02*\n")
    return files


def _round_flash_on(files, layer, x, y, diameter, code):
    """`files` with one more flash at (x, y) mm on `layer` of a new circle aperture D`code` of `diameter` mm."""
    files[layer] = files[layer].replace(
        "M02*\n", f"%ADD{code}C,{diameter:.6f}*%\nD{code}*\nX{coord(x)}Y{coord(y)}D03*\nM02*\n")
    return files


def placements_judged_by_the_board():
    """Three placements with no BOM line and names that say nothing: K1 sits on a round 1 mm copper pad in a 2 mm
    mask opening, with no paste and no hole (a fiducial: KiCad's Fiducial_1mm_Mask2mm); K3 on a round 1 mm copper pad
    in a 1.1 mm opening (a test pad: TestPoint_Pad_D1.0mm); K2 on a non-plated hole with no copper (a tooling hole).
    The board explains all three: passes, each with the evidence named."""
    files = sample_files()
    _round_flash_on(files, "sample-F_Cu.gbr", 2.0, 18.0, 1.0, 90)
    _round_flash_on(files, "sample-F_Mask.gbr", 2.0, 18.0, 2.0, 90)
    _round_flash_on(files, "sample-F_Cu.gbr", 27.5, 17.5, 1.0, 91)
    _round_flash_on(files, "sample-F_Mask.gbr", 27.5, 17.5, 1.1, 91)
    files["sample-positions.csv"] = positions_csv(
        extra_rows=["K1,2.000,18.000,0.0,top", "K2,27.500,2.500,0.0,top", "K3,27.500,17.500,0.0,top"])
    return files



def xy_unit_contradicted():
    """The XY file's header says mil (`Mid X(mil)`), its numbers are millimetres: stated, the unit puts every part
    in the board's corner; in mm they fit and land on their pads. The stated unit is the file's word and is kept;
    the contradiction is an error."""
    files = sample_files()
    files["sample-positions.csv"] = positions_csv().replace(
        "Designator,Mid X,Mid Y,", "Designator,Mid X(mil),Mid Y(mil),")
    return files


def xy_wrong_side():
    """C3 is placed on the top in the XY file, but the copper names its pads (%TO.C) only on the bottom: an SMD part
    on the wrong side (it passed before: a part whose pads are all on the other side was not judged)."""
    files = sample_files()
    parts = [(ref, value, footprint, x, y, rotation, "top" if ref == "C3" else side, pads)
             for ref, value, footprint, x, y, rotation, side, pads in PARTS]
    files["sample-positions.csv"] = positions_csv(parts + [CONNECTOR])
    return files
