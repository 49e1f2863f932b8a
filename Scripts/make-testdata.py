#!/usr/bin/env python3
"""Generates TestData/: a small sample data pack that passes, and one variant per defect.

Run from the repository root: `python3 Scripts/make-testdata.py` (needs bsdtar from libarchive-tools for the 7z). The
output is deterministic (fixed ZIP timestamps, no randomness), so the committed TestData can be regenerated and compared
byte for byte. The pieces live in Scripts/testdata/, one concept per module: `board` (the sample board and its files),
`output` (deterministic archives), `spreadsheets` (.xlsx BOMs), `legacy_workbooks` (.xls BOMs, BIFF8 in OLE2), `defects` (the sample with one change each) and
`hostile` (broken and hostile archives).
"""

import io
import os
import shutil
import subprocess
import tarfile
import zipfile
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from testdata.board import bom_csv, gerber_files, positions_csv, sample_files  # noqa: E402
from testdata.tools import TOOL_CASES, TOOLS  # noqa: E402
from testdata.defects import bom_xy_mismatch, drill_zeros_unstated, hole_drawn_on_outline, outline_with_drawing, broken_job_file, drill_in_cutout, duplicate_designator, explained_differences, fiducial_in_copper, gerber_designator_mismatch, job_file_mismatch, kicad_bottom_convention, layer_from_other_board, missing_bom, missing_bottom_paste, missing_inner_layer, missing_outline, mixed_revision, name_contradicts_header, name_revision_mismatch, nested_older_copy, open_outline, quantity_mismatch, rounded_outline, stale_layer, through_hole_by_pad_function, through_hole_by_paste, truncated_gerber, two_boms, with_job_file, xy_duplicate_designator, xy_in_mil, xy_outside_board, xy_part_far_off, plated_drill_missing, plated_drill_missing_no_x2, through_hole_dropped_from_xy, xy_stale_off_pads, xy_part_away_from_pads, bom_footprint_mismatch, drill_span_four_layers, split_boms, xy_other_origin, drill_shifted, drill_format_open, placements_judged_by_the_board, xy_unit_contradicted, xy_wrong_side  # noqa: E402
from testdata.hostile import to_zip64, write_archive_defects, write_hostile  # noqa: E402
from testdata.hostile_round_two import write_hostile_round_two  # noqa: E402
from testdata.output import ROOT, gzip_deterministic, write, write_zip  # noqa: E402
from testdata.legacy_workbooks import altium_bom_xls, price_list_xls  # noqa: E402
from testdata.spreadsheets import pads_bom_xlsx, positions_xlsx, titled_bom_xlsx, xlsx_bom  # noqa: E402


def main():
    # Regenerate only the folders made here; TestData/regressions holds fuzzer findings kept by hand.
    for folder in ["sample", "split", "split-xlsx", "boms", "sheets", "folder", "formats", "defects", "variants", "archives", "hostile"]:
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
    write("boms/altium-bom.xls", altium_bom_xls())
    write("boms/titled-bom.xlsx", titled_bom_xlsx())
    write("sheets/assembly-data.xlsx", positions_xlsx())
    write("boms/price-list.xls", price_list_xls())

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
        "xy-part-far-off": xy_part_far_off,
        "plated-drill-missing": plated_drill_missing,
        "plated-drill-missing-no-x2": plated_drill_missing_no_x2,
        "through-hole-dropped-from-xy": through_hole_dropped_from_xy,
        "xy-stale-off-pads": xy_stale_off_pads,
        "xy-part-away-from-pads": xy_part_away_from_pads,
        "bom-footprint-mismatch": bom_footprint_mismatch,
        "drill-span-four-layers": drill_span_four_layers,
        "drill-shifted": drill_shifted,
        "xy-unit-contradicted": xy_unit_contradicted,
        "xy-wrong-side": xy_wrong_side,
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
    write_zip("variants/outline-with-drawing.zip", outline_with_drawing())
    write_zip("variants/hole-drawn-on-outline.zip", hole_drawn_on_outline())
    write_zip("variants/drill-zeros-unstated.zip", drill_zeros_unstated())
    write_zip("variants/fiducial-in-copper.zip", fiducial_in_copper())
    write_zip("variants/split-boms.zip", split_boms())
    write_zip("variants/xy-other-origin.zip", xy_other_origin())
    write_zip("variants/drill-format-open.zip", drill_format_open())
    write_zip("variants/placements-judged-by-the-board.zip", placements_judged_by_the_board())
    for tool, make in TOOLS.items():
        write_zip(f"tools/{tool}.zip", make())
    for case, make in TOOL_CASES.items():
        write_zip(f"tools/{case}.zip", make())

    write_archive_defects(sample)
    write_hostile()
    write_hostile_round_two()


if __name__ == "__main__":
    main()
