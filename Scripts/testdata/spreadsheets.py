"""BOM workbooks (.xlsx) in the shapes EDA tools and their users write, built from their XML parts.
"""

import csv
import html
import io
import zipfile

from .board import DATE, bom_csv, positions_csv


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


def titled_bom_xlsx():
    """A BOM as many templates lay it out (KiCad's and Altium's Excel templates, domain.md): a title block of seven
    rows, the header on row 8 behind a row-number column `#`, row numbers in every line, and a total row."""
    rows = [
        ["Bill of Materials"],
        ["Project:", "board"],
        ["Revision:", "A"],
        ["Date:", "2026-11-23"],
        [],
        ["Prepared by:", "Engineering"],
        [],
        ["#", "Reference", "Qty", "Value", "Footprint", "MPN"],
        ["1", "R1, R2", "2", "10k", "R_0603", "RC0603FR-0710KL"],
        ["2", "C1", "1", "100n", "C_0603", "GRM188R71C104KA01D"],
        ["3", "U1", "1", "STM32F103C8T6", "LQFP-48", "STM32F103C8T6"],
        ["", "", "4"],
    ]
    return xlsx_workbook([("BOM", rows)])


def positions_xlsx():
    """The sample pack's XY file saved as an .xlsx: a workbook whose columns (designator, X, Y) make it the XY file,
    whatever its name."""
    return xlsx_workbook([("Placement", list(csv.reader(io.StringIO(positions_csv()))))])
