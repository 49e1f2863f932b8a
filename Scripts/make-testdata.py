#!/usr/bin/env python3
"""Generates TestData/: a small sample data pack that passes, and one variant per defect.

Run from the repository root: `python3 Scripts/make-testdata.py` (needs bsdtar from libarchive-tools for the 7z). The output is deterministic (fixed ZIP
timestamps, no randomness), so the committed TestData can be regenerated and compared byte for byte.

The sample board is 30 x 20 mm, two layers, written the way KiCad 8 writes a pack (Gerber X2 with
`%TF.FileFunction`, `%TO.C` designators, Excellon with `; #@! TF` comments, a JLCPCB-style BOM and CPL).
Each variant below is the sample with exactly one defect, made by the function named after it, so a reader
can see how each defect was made.
"""

import csv
import gzip
import html
import io
import re
import os
import shutil
import struct
import subprocess
import tarfile
import zipfile

# FULLKIT_TESTDATA_ROOT writes elsewhere (the reproducibility test compares that output with the committed files).
ROOT = os.environ.get("FULLKIT_TESTDATA_ROOT") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "TestData")
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


def write_zip(path, files, method=zipfile.ZIP_DEFLATED):
    """A deterministic ZIP: sorted members, fixed timestamps."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(files):
            data = files[name]
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = method
            info.external_attr = 0o644 << 16
            archive.writestr(info, data if isinstance(data, bytes) else data.encode())
    write(path, buffer.getvalue())
    return buffer.getvalue()


def write(path, data):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as handle:
        handle.write(data if isinstance(data, bytes) else data.encode())


# ---- Defects: each takes the sample files and returns the broken pack. ----

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
    files = sample_files()
    files["old/sample-bom-rev0.csv"] = bom_csv()
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
        archive.writestr(info, pads_gerber("Copper,L1,Top", "top").encode())
    files["old-rev-A.zip"] = old.getvalue()
    return files


def main():
    # Regenerate only the folders made here; TestData/regressions holds fuzzer findings kept by hand.
    for folder in ["sample", "split", "split-xlsx", "boms", "folder", "formats", "defects", "variants", "archives", "hostile"]:
        shutil.rmtree(os.path.join(ROOT, folder), ignore_errors=True)
    sample = write_zip("sample/sample-pack.zip", sample_files())

    # The same pack split as uploads often come: the Gerber ZIP with the BOM and XY beside it.
    write_zip("split/gerbers.zip", gerber_files())
    write("split/sample-bom.csv", bom_csv())
    write("split/sample-positions.csv", positions_csv())
    # The same with the BOM as an Excel workbook.
    write_zip("split-xlsx/gerbers.zip", gerber_files())
    write("split-xlsx/sample-bom.xlsx", xlsx_bom())
    write("split-xlsx/sample-positions.csv", positions_csv())
    # BOM workbooks in the shapes EDA tools and their users write, read on their own by the format tests.
    write("boms/pads-bom.xlsx", pads_bom_xlsx())

    # The same pack as a folder and as a tar.gz (read through libarchive).
    for name, data in sample_files().items():
        write(os.path.join("folder", name), data)
    tar_buffer = io.BytesIO()
    with tarfile.open(fileobj=tar_buffer, mode="w", format=tarfile.USTAR_FORMAT) as archive:
        for name, data in sorted(sample_files().items()):
            info = tarfile.TarInfo(name)
            payload = data.encode()
            info.size = len(payload)
            info.mtime = 1793611800
            info.mode = 0o644
            archive.addfile(info, io.BytesIO(payload))
    write("formats/sample-pack.tar.gz", gzip_deterministic(tar_buffer.getvalue()))
    # ZIP64: the central directory stores 0xFFFFFFFF for sizes and offsets, the real values in ZIP64 extra
    # fields, and the archive ends with a ZIP64 end record and locator, as writers do past 4 GiB.
    write("formats/sample-pack-zip64.zip", to_zip64(write_zip("formats/sample-pack-zip64.zip", sample_files())))
    # 7z, converted by bsdtar (libarchive-tools) from the tar.gz, whose entries carry only fixed modification times,
    # so the 7z is as reproducible as the tar.
    formats = os.path.join(ROOT, "formats")
    subprocess.run(["bsdtar", "--format", "7zip", "-cf", "sample-pack.7z", "@sample-pack.tar.gz"], cwd=formats, check=True)
    # ZIP members compressed with bzip2 (method 12): not on the fast path, read through libarchive.
    write_zip("formats/sample-pack-bzip2.zip", sample_files(), method=zipfile.ZIP_BZIP2)

    defects = {
        "missing-bom": missing_bom,
        "missing-outline": missing_outline,
        "missing-bottom-paste": missing_bottom_paste,
        "two-boms": two_boms,
        "bom-xy-mismatch": bom_xy_mismatch,
        "duplicate-designator": duplicate_designator,
        "quantity-mismatch": quantity_mismatch,
        "truncated-gerber": truncated_gerber,
        "nested-older-copy": nested_older_copy,
        "mixed-revision": mixed_revision,
        "stale-layer": stale_layer,
        "xy-outside-board": xy_outside_board,
        "layer-from-other-board": layer_from_other_board,
        "job-file-mismatch": job_file_mismatch,
        "missing-inner-layer": missing_inner_layer,
        "gerber-designator-mismatch": gerber_designator_mismatch,
        "open-outline": open_outline,
        "drill-in-cutout": drill_in_cutout,
        "name-contradicts-header": name_contradicts_header,
        "broken-job-file": broken_job_file,
        "xy-duplicate-designator": xy_duplicate_designator,
        "name-revision-mismatch": name_revision_mismatch,
    }
    for name, make in defects.items():
        write_zip(f"defects/{name}.zip", make())
    write_zip("variants/explained-differences.zip", explained_differences())
    write_zip("variants/kicad-bottom-convention.zip", kicad_bottom_convention())
    write_zip("variants/xy-in-mil.zip", xy_in_mil())
    write_zip("variants/with-job-file.zip", with_job_file())
    write_zip("variants/through-hole-by-paste.zip", through_hole_by_paste())
    write_zip("variants/through-hole-by-pad-function.zip", through_hole_by_pad_function())
    write_zip("variants/rounded-outline.zip", rounded_outline())
    write_zip("variants/fiducial-in-copper.zip", fiducial_in_copper())

    write_archive_defects(sample)
    write_hostile()


def gzip_deterministic(payload):
    """gzip with a zero timestamp so the output never changes."""
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="") as handle:
        handle.write(payload)
    return buffer.getvalue()


def workbook_zip(files):
    """A workbook's members zipped in the order given ([Content_Types].xml first, as Excel writes it), deflated,
    with a fixed timestamp."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data.encode())
    return buffer.getvalue()


def xlsx_bom():
    """The sample BOM as an .xlsx written by hand (Office Open XML): a notes sheet first, then the BOM sheet with
    shared strings, an inline string and numeric quantities, so the reader must pick the sheet with a header."""
    rows = list(csv.reader(io.StringIO(bom_csv())))
    shared = []

    def shared_index(text):
        if text not in shared:
            shared.append(text)
        return shared.index(text)

    def cell(reference, text):
        if text.isdigit():
            return f'<c r="{reference}"><v>{text}</v></c>'
        if text == "DNP":
            return f'<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>'
        return f'<c r="{reference}" t="s"><v>{shared_index(text)}</v></c>'

    body = []
    for number, row in enumerate(rows, start=1):
        cells = "".join(cell(f"{chr(65 + column)}{number}", text) for column, text in enumerate(row) if text)
        body.append(f'<row r="{number}">{cells}</row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + "".join(body) + "</sheetData></worksheet>")
    notes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             '<row r="1"><c r="A1" t="inlineStr"><is><t>Sample board &amp; notes: 5 boards, lead-free</t></is></c></row>'
             "</sheetData></worksheet>")
    strings = "".join(f"<si><t>{text}</t></si>" for text in shared)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Notes" sheetId="1" r:id="rId1"/><sheet name="BOM" sheetId="2" r:id="rId2"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": notes,
        "xl/worksheets/sheet2.xml": sheet,
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(shared)}" uniqueCount="{len(shared)}">{strings}</sst>',
    }
    return workbook_zip(files)


def xlsx_workbook(sheets):
    """An .xlsx written by hand from `sheets`, a list of (name, rows): every text cell a shared string, every cell of
    digits a number, so the workbook has the parts Excel writes and nothing more."""
    shared = []
    sheet_files = {}
    for number, (_, rows) in enumerate(sheets, start=1):
        body = []
        for row_number, row in enumerate(rows, start=1):
            cells = []
            for column, text in enumerate(row):
                if not text:
                    continue
                reference = f"{chr(65 + column)}{row_number}"
                if text.isdigit():
                    cells.append(f'<c r="{reference}"><v>{text}</v></c>')
                else:
                    if text not in shared:
                        shared.append(text)
                    cells.append(f'<c r="{reference}" t="s"><v>{shared.index(text)}</v></c>')
            body.append(f'<row r="{row_number}">{"".join(cells)}</row>')
        sheet_files[f"xl/worksheets/sheet{number}.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + "".join(body) + "</sheetData></worksheet>")
    sheet_list = "".join(f'<sheet name="{name}" sheetId="{number}" r:id="rId{number}"/>' for number, (name, _) in enumerate(sheets, start=1))
    relations = "".join(
        f'<Relationship Id="rId{number}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{number}.xml"/>'
        for number in range(1, len(sheets) + 1))
    strings = "".join(f"<si><t>{html.escape(text, quote=False)}</t></si>" for text in shared)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{sheet_list}</sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{relations}</Relationships>',
        **sheet_files,
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(shared)}" uniqueCount="{len(shared)}">{strings}</sst>',
    }
    return workbook_zip(files)


def pads_bom_xlsx():
    """A BOM in the shape of a real PADS pack's workbook (domain.md §8.5, §8.8): a title row and an empty row before
    the header `ID,Qty,Ref Des,…,Notes`; a part not to be placed has quantity 0, `(NC)` after its value and `不贴件`
    in Notes; a second sheet lists mechanical items with `NA` for their designator."""
    bom = [
        ["BOM(V0.2)_board_2026-11-23"],
        [],
        ["ID", "Qty", "Ref Des", "Value", "Package", "Description", "Manufacturer", "Manufacturer Part #", "Notes"],
        ["1", "2", "C1,C2", "100nF", "0603", "Capacitor", "Murata", "GRM188R71C104KA01D", ""],
        ["2", "0", "R9", "10k(NC)", "0603", "Resistor", "", "", "不贴件"],
        ["3", "1", "U1", "STM32F103C8T6", "LQFP48", "MCU", "ST", "STM32F103C8T6", ""],
    ]
    mechanical = [["ID", "Qty", "Ref Des", "Value"], ["1", "4", "NA", "M3 screw"]]
    return xlsx_workbook([("BOM", bom), ("Mechanical", mechanical)])


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
    """Differences that are not defects: a fiducial placed but not in the BOM (as KiCad exports it), and a
    through-hole header in the BOM but not in the XY file. The pack passes with two warnings that say why."""
    files = sample_files()
    files["sample-positions.csv"] = positions_csv(extra_rows=["FID1,1.500,1.500,0.0,top"])
    files["sample-bom.csv"] = bom_csv(extra_rows=["Conn_01x04,J2,PinHeader_1x04_P2.54mm_Vertical,1,"])
    header_pads = "D11*\n%TO.C,J2*%\n" + "".join(f"X{coord(26.0)}Y{coord(8.0 + 2.54 * pin)}D03*\n" for pin in range(4)) + "%TD*%\n"
    for layer in ["sample-F_Cu.gbr", "sample-B_Cu.gbr"]:
        files[layer] = files[layer].replace("M02*\n", header_pads + "M02*\n")
    return files


def write_archive_defects(sample):
    """Broken containers: each made from the sample ZIP's bytes."""
    # Cut in half: the central directory is gone.
    write("archives/truncated.zip", sample[: len(sample) // 2])
    # Not an archive at all, but named like one; and an empty file.
    write("archives/not-a-zip.zip", "This is a text file named like a ZIP.\n")
    write("archives/empty.zip", b"")

    # One stored member whose data is altered after the CRC was recorded.
    files = {"sample-bom.csv": bom_csv(), "sample-positions.csv": positions_csv()}
    data = bytearray(write_zip("archives/crc-mismatch.zip", files, method=zipfile.ZIP_STORED))
    data[data.find(b"Comment,Designator")] ^= 0x20
    write("archives/crc-mismatch.zip", bytes(data))

    # A member flagged as encrypted (general-purpose bit 0 in both headers).
    data = bytearray(write_zip("archives/encrypted-member.zip", files, method=zipfile.ZIP_STORED))
    set_flag_bits(data, 0x0001)
    write("archives/encrypted-member.zip", bytes(data))

    # Names that climb out of the archive or are absolute.
    write_zip("archives/traversal-names.zip", {"../../etc/evil.gbr": "G04 x*\nM02*\n", "/abs/evil.gbr": "M02*\n",
                                                "sample-bom.csv": bom_csv()})

    # A ZIP bomb: 64 MiB of zeros declared, ratio about 1000:1.
    write_zip("archives/zip-bomb.zip", {"bomb.gbr": bytes(64 << 20)})


def to_zip64(data):
    """Rewrites a plain ZIP's central directory and end record in ZIP64 form (local headers stay as they are)."""
    end = data.rfind(b"PK\x05\x06")
    count, cd_size, cd_offset = struct.unpack_from("<HII", data, end + 10)
    entries = []
    position = cd_offset
    for _ in range(count):
        fixed = bytearray(data[position:position + 46])
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", fixed, 28)
        name = data[position + 46:position + 46 + name_length]
        compressed, uncompressed = struct.unpack_from("<II", fixed, 20)
        offset = struct.unpack_from("<I", fixed, 42)[0]
        struct.pack_into("<II", fixed, 20, 0xFFFFFFFF, 0xFFFFFFFF)
        struct.pack_into("<I", fixed, 42, 0xFFFFFFFF)
        extra = struct.pack("<HHQQQ", 1, 24, uncompressed, compressed, offset)
        struct.pack_into("<HHH", fixed, 28, name_length, len(extra), 0)
        struct.pack_into("<H", fixed, 4, 45)
        entries.append(bytes(fixed) + name + extra)
        position += 46 + name_length + extra_length + comment_length
    directory = b"".join(entries)
    body = data[:cd_offset]
    zip64_end_offset = len(body) + len(directory)
    zip64_end = struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, count, count, len(directory), len(body))
    locator = struct.pack("<IIQI", 0x07064B50, 0, zip64_end_offset, 1)
    end_record = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    return body + directory + zip64_end + locator + end_record


def patch_name(data, old, new):
    """Replaces a member name's bytes in the local header and the central directory (same length)."""
    assert len(old) == len(new)
    return data.replace(old, new)


def patch_u16(data, signature, field_offset, value, which=0):
    """Sets a 16-bit field of the `which`-th record with `signature` (local b"PK\x03\x04", central b"PK\x01\x02")."""
    position = -1
    for _ in range(which + 1):
        position = data.find(signature, position + 1)
    struct.pack_into("<H", data, position + field_offset, value)


def write_hostile():
    """Uploads built to break a reader: each must give a finding naming the member, never a crash or a hang."""
    text = ("G04 hostile*\n%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,0.1*%\nD10*\n" + "X1Y1D03*\n" * 2000 + "M02*\n").encode()

    # Fifield-style overlap: 50 central-directory entries share one local header and its data.
    one = bytearray(write_zip("hostile/overlap-bomb.zip", {"layer.gbr": text}))
    end = one.rfind(b"PK\x05\x06")
    cd_offset = struct.unpack_from("<I", one, end + 16)[0]
    entry = bytes(one[cd_offset:end])
    entries = b"".join(entry.replace(b"layer.gbr", f"lay{index:02d}.gbr".encode()) for index in range(50))
    end_record = bytearray(one[end:end + 22])
    struct.pack_into("<HHII", end_record, 8, 50, 50, len(entries), cd_offset)
    write("hostile/overlap-bomb.zip", bytes(one[:cd_offset]) + entries + bytes(end_record))

    # Names: backslash traversal, a drive letter, a NUL byte, CP437 bytes, invalid UTF-8 flagged as UTF-8.
    names = bytearray(write_zip("hostile/hostile-names.zip", {
        "..\\..\\evil.gbr": text, "C:\\evil.gbr": text, "badXname.gbr": text, "PlYtine.gbr": text, "bZd.gbr": text,
        "sample-bom.csv": bom_csv()}))
    names = bytearray(patch_name(bytes(names), b"badXname.gbr", b"bad\x00name.gbr"))
    names = bytearray(patch_name(bytes(names), b"PlYtine.gbr", b"Pl\x81tine.gbr"))
    names = bytearray(patch_name(bytes(names), b"bZd.gbr", b"b\xffd.gbr"))
    for which in range(6):
        central = -1
        for _ in range(which + 1):
            central = names.find(b"PK\x01\x02", central + 1)
        length = struct.unpack_from("<H", names, central + 28)[0]
        if names[central + 46:central + 46 + length] == b"b\xffd.gbr":
            flags = struct.unpack_from("<H", names, central + 8)[0] | 0x0800
            struct.pack_into("<H", names, central + 8, flags)
    write("hostile/hostile-names.zip", bytes(names))

    # A symbolic link member (Unix mode 0120777) pointing outside, and duplicate names.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        link = zipfile.ZipInfo("link.gbr", DATE)
        link.create_system = 3
        link.external_attr = 0o120777 << 16
        archive.writestr(link, "/etc/passwd")
        for _ in range(2):
            info = zipfile.ZipInfo("board.GTL", DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            with warnings_silenced():
                archive.writestr(info, text)
    write("hostile/link-and-duplicates.zip", buffer.getvalue())

    # An unknown compression method (77) and a local header whose method disagrees with the directory.
    data = bytearray(write_zip("hostile/methods.zip", {"a-unknown.gbr": text, "b-mismatch.gbr": text}))
    patch_u16(data, b"PK\x03\x04", 8, 77, which=0)
    patch_u16(data, b"PK\x01\x02", 10, 77, which=0)
    patch_u16(data, b"PK\x03\x04", 8, 0, which=1)
    write("hostile/methods.zip", bytes(data))

    # A central directory that lies: a compressed size past the end of the file.
    data = bytearray(write_zip("hostile/lying-directory.zip", {"layer.gbr": text, "sample-bom.csv": bom_csv()}))
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 20, 0x7FFFFFF0)
    write("hostile/lying-directory.zip", bytes(data))

    # ZIP64 fields at their extremes: sizes of 2^64 - 1.
    data = bytearray(to_zip64(write_zip("hostile/zip64-extremes.zip", {"layer.gbr": text})))
    extra = data.find(struct.pack("<HH", 1, 24))
    struct.pack_into("<QQ", data, extra + 4, 0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF)
    write("hostile/zip64-extremes.zip", bytes(data))

    # Archives nested three deep: the innermost is beyond the nesting limit.
    inner = write_zip("hostile/nested-deep.zip", {"layer.gbr": text})
    middle = write_zip("hostile/nested-deep.zip", {"level2.zip": inner})
    write_zip("hostile/nested-deep.zip", {"level1.zip": middle, "sample-bom.csv": bom_csv()})

    # Gerber that asks for runaway work: a step-and-repeat of 10^9 copies, a macro nested 10 000 deep,
    # a coordinate beyond 64 bits, and binary garbage.
    write("hostile/sr-billion.gbr", "%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,0.1*%\n%SRX100000Y10000I0.1J0.1*%\nD10*\nX0Y0D03*\n%SR*%\nM02*\n")
    write("hostile/macro-deep.gbr", "%FSLAX46Y46*%\n%MOMM*%\n%AMDEEP*\n1,1," + "(" * 10000 + "1" + ")" * 10000 + ",0,0*%\n%ADD10DEEP*%\nD10*\nX0Y0D03*\nM02*\n")
    write("hostile/huge-coordinate.gbr", "%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,0.1*%\nD10*\nX" + "9" * 40 + "Y0D03*\nM02*\n")
    garbage = bytes((index * 2654435761 >> 13) & 0xFF for index in range(65536))
    write("hostile/garbage.gbr", garbage)
    write("hostile/garbage.csv", garbage)


class warnings_silenced:
    """Silences zipfile's 'Duplicate name' warning, which is the point of that fixture."""

    def __enter__(self):
        import warnings
        self.context = warnings.catch_warnings()
        self.context.__enter__()
        warnings.simplefilter("ignore")

    def __exit__(self, *exc):
        self.context.__exit__(*exc)


def set_flag_bits(data, bits):
    """Sets general-purpose flag bits in the first local header and its central-directory entry."""
    local = data.find(b"PK\x03\x04")
    flags = struct.unpack_from("<H", data, local + 6)[0] | bits
    struct.pack_into("<H", data, local + 6, flags)
    central = data.find(b"PK\x01\x02")
    flags = struct.unpack_from("<H", data, central + 8)[0] | bits
    struct.pack_into("<H", data, central + 8, flags)


if __name__ == "__main__":
    main()
