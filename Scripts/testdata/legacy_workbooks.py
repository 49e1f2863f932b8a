"""Legacy Excel workbooks (.xls: BIFF8 records in an OLE2 compound file) written byte by byte from the Microsoft
specifications [MS-XLS] and [MS-CFB], with no third-party writer: the records a reader needs (BOF, BOUNDSHEET, SST
with CONTINUE, LABELSST, LABEL, NUMBER, RK, MULRK, FORMULA + STRING, EOF) and the container's header, FAT, mini
FAT and directory. Small workbooks keep their stream in the mini stream, as Excel does below 4096 bytes.
"""

import struct

ENDOFCHAIN = 0xFFFFFFFE
FREESECT = 0xFFFFFFFF
FATSECT = 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF
SECTOR = 512
MINI_SECTOR = 64
MINI_CUTOFF = 4096


def record(kind, data=b""):
    """One BIFF record: type, length, data."""
    return struct.pack("<HH", kind, len(data)) + data


def bof(sheet):
    """A BIFF8 beginning-of-file record for the workbook globals or for a worksheet."""
    return record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010 if sheet else 0x0005, 0x0DBB, 0x07CC, 0, 6))


def needs_wide(text):
    return any(ord(c) > 0xFF for c in text)


def chars(text, wide):
    return text.encode("utf-16-le") if wide else text.encode("latin-1")


def unicode_string(text):
    """An XLUnicodeString: 16-bit length, flags, characters."""
    wide = needs_wide(text)
    return struct.pack("<HB", len(text), 1 if wide else 0) + chars(text, wide)


def sst_records(strings, split):
    """The SST record and its CONTINUE records, each at most `split` bytes of data. A string's characters run on
    into the next record behind a flags byte that says anew whether the rest is 8-bit, as Excel writes them."""
    records = [bytearray(struct.pack("<II", len(strings), len(strings)))]
    for text in strings:
        wide = needs_wide(text)
        if len(records[-1]) + 3 > split:
            records.append(bytearray())
        records[-1] += struct.pack("<HB", len(text), 1 if wide else 0)
        rest = text
        while rest:
            size = 2 if wide else 1
            room = (split - len(records[-1])) // size
            if room == 0:
                wide = needs_wide(rest)
                records.append(bytearray([1 if wide else 0]))
                continue
            records[-1] += chars(rest[:room], wide)
            rest = rest[room:]
    return record(0x00FC, bytes(records[0])) + b"".join(record(0x003C, bytes(r)) for r in records[1:])


def rk_integer(value):
    return (value << 2) | 2


def worksheet(rows, strings, index_of):
    """A worksheet's records. Text cells are LABELSST (shared strings); the first text cell of the sheet's last row
    is a LABEL and a cell that reads `=…` is a formula whose cached string result is in a STRING record; whole
    numbers are RK (several in a row: one MULRK), other numbers NUMBER."""
    out = [bof(True)]
    for row_number, row in enumerate(rows):
        column = 0
        while column < len(row):
            cell = row[column]
            if cell is None or cell == "":
                column += 1
                continue
            if isinstance(cell, int):
                run = [cell]
                while column + len(run) < len(row) and isinstance(row[column + len(run)], int):
                    run.append(row[column + len(run)])
                if len(run) > 1:
                    body = b"".join(struct.pack("<HI", 0x0F, rk_integer(v)) for v in run)
                    out.append(record(0x00BD, struct.pack("<HH", row_number, column) + body
                                      + struct.pack("<H", column + len(run) - 1)))
                else:
                    out.append(record(0x027E, struct.pack("<HHHI", row_number, column, 0x0F, rk_integer(cell))))
                column += len(run)
                continue
            if isinstance(cell, float):
                out.append(record(0x0203, struct.pack("<HHHd", row_number, column, 0x0F, cell)))
            elif cell.startswith("="):
                result = struct.pack("<BBBBBBH", 0, 0, 0, 0, 0, 0, 0xFFFF)
                formula = struct.pack("<HHH", row_number, column, 0x0F) + result + struct.pack("<HIH", 0, 0, 0)
                out.append(record(0x0006, formula))
                out.append(record(0x0207, unicode_string(cell[1:])))
            elif row_number == len(rows) - 1:
                out.append(record(0x0204, struct.pack("<HHH", row_number, column, 0x0F) + unicode_string(cell)))
            else:
                out.append(record(0x00FD, struct.pack("<HHHI", row_number, column, 0x0F, index_of[cell])))
            column += 1
    out.append(record(0x000A))
    return b"".join(out)


def biff8_workbook(sheets, sst_split=8224):
    """The Workbook stream of `sheets`, a list of (name, rows); rows hold str, int or float cells (None: empty)."""
    strings, index_of = [], {}
    for _, rows in sheets:
        for row in rows[:-1]:
            for cell in row:
                if isinstance(cell, str) and cell and not cell.startswith("=") and cell not in index_of:
                    index_of[cell] = len(strings)
                    strings.append(cell)
    bodies = [worksheet(rows, strings, index_of) for _, rows in sheets]

    def globals_part(offsets):
        sheet_records = b""
        for (name, _), offset in zip(sheets, offsets):
            wide = needs_wide(name)
            sheet_records += record(0x0085, struct.pack("<IBBBB", offset, 0, 0, len(name), 1 if wide else 0)
                                    + chars(name, wide))
        return bof(False) + sheet_records + sst_records(strings, sst_split) + record(0x000A)

    size = len(globals_part([0] * len(sheets)))
    offsets = []
    for body in bodies:
        offsets.append(size)
        size += len(body)
    return globals_part(offsets) + b"".join(bodies)


def compound_file(stream, name="Workbook"):
    """An OLE2 compound file (version 3, 512-byte sectors) holding one stream; below 4096 bytes the stream lives in
    the root entry's mini stream."""
    sectors, fat = [], {}

    def add_chain(payload):
        count = max(1, -(-len(payload) // SECTOR))
        start = len(sectors)
        for index in range(count):
            sectors.append(payload[index * SECTOR:(index + 1) * SECTOR].ljust(SECTOR, b"\0"))
            fat[start + index] = start + index + 1 if index < count - 1 else ENDOFCHAIN
        return start

    mini_fat_start, mini_fat_count = ENDOFCHAIN, 0
    if len(stream) < MINI_CUTOFF:
        mini_count = -(-len(stream) // MINI_SECTOR)
        mini_stream = stream.ljust(mini_count * MINI_SECTOR, b"\0")
        mini_fat = [i + 1 for i in range(mini_count - 1)] + [ENDOFCHAIN]
        mini_fat_bytes = struct.pack(f"<{len(mini_fat)}I", *mini_fat)
        mini_fat_bytes += struct.pack("<I", FREESECT) * ((-len(mini_fat_bytes) // 4) % (SECTOR // 4))
        mini_fat_start = add_chain(mini_fat_bytes)
        mini_fat_count = len(mini_fat_bytes) // SECTOR
        root_start, root_size = add_chain(mini_stream), len(mini_stream)
        stream_start = 0
    else:
        root_start, root_size = ENDOFCHAIN, 0
        stream_start = add_chain(stream)

    def entry(entry_name, kind, child, start, size):
        encoded = (entry_name + "\0").encode("utf-16-le") if entry_name else b""
        return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", NOSTREAM, NOSTREAM, child) + b"\0" * 16 + struct.pack("<I", 0)
                + b"\0" * 16 + struct.pack("<IQ", start, size))

    directory = (entry("Root Entry", 5, 1, root_start, root_size) + entry(name, 2, NOSTREAM, stream_start, len(stream))
                 + entry("", 0, NOSTREAM, FREESECT, 0) * 2)
    directory_start = add_chain(directory)
    fat_count = 1
    while fat_count * (SECTOR // 4) < len(sectors) + fat_count:
        fat_count += 1
    fat_sectors = list(range(len(sectors), len(sectors) + fat_count))
    for sector in fat_sectors:
        fat[sector] = FATSECT
    table = [fat.get(i, FREESECT) for i in range(fat_count * SECTOR // 4)]
    fat_bytes = struct.pack(f"<{len(table)}I", *table)
    for index in range(fat_count):
        sectors.append(fat_bytes[index * SECTOR:(index + 1) * SECTOR])
    difat = fat_sectors + [FREESECT] * (109 - fat_count)
    header = (bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + b"\0" * 16
              + struct.pack("<HHHHH", 0x003E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, fat_count, directory_start, 0, MINI_CUTOFF, mini_fat_start,
                            mini_fat_count, ENDOFCHAIN, 0)
              + struct.pack("<109I", *difat))
    return header + b"".join(sectors)


def altium_bom_xls():
    """A BOM in the shape of Altium's "BOM Report" .xls (a real pack's, domain.md): a title block of twelve rows,
    the header on row 13 behind an empty column A, a DNM line of quantity 0, an empty row, a line whose description
    holds Chinese and a long note (its shared string runs on through CONTINUE records: the SST is split at 64 bytes
    here), numbers as RK, MULRK and NUMBER, a formula's cached text, the total row under the lines, an Approved/Notes
    footer, and a second sheet that is not the BOM (long enough to keep the stream out of the mini stream)."""
    long_note = "Long lead time; order early. " * 4
    rows = [
        [],
        ["Bill of Materials", None, None, "Bill of Materials for Project [board.PrjPcb]"],
        ["Source Data From:", None, "board.PrjPcb"],
        ["Project:", None, "board.PrjPcb"],
        ["Variant:", None, "None"],
        [],
        ["Creation Date:", "2026-11-23", "10:00 AM"],
        ["Print Date:", 46349.0, 46349.4166],
        [],
        ["Production Quantity:", "1"],
        ["Currency", "<none>"],
        [],
        [None, "Designator", "Quantity", "Description", "Comment", "Manufacturer Part Number 1", "Footprint"],
        [None, "C1, C2", 0, "DNM", "DNM", "C0603C104K5RACTU", "CAPC0603"],
        [None, "C3, C4, C6", 3, "100n, 0603", "100n", "C0603C104K5RACTU", "CAPC0603"],
        [],
        [None, "R1", 1, "电阻 10k, 0603", "10k", "RC0603FR-0710KL", "RESC1608"],
        [None, "U1", 1, long_note, "=ATSAM4S2AA-MU", "ATSAM4S2AA-MU", "QFN48"],
        [None, "J1, J2", 2, "Header", 1.5, "68000-204HLF", "HDR1X4"],
        [None, None, 7, None, None, None, None],
        ["Approved", None, "Notes"],
    ]
    # Two hundred rows of revision numbers take the stream past 4096 bytes: it lives in regular sectors.
    notes = [["Revision", "Date"]] + [[revision, 2026] for revision in range(200)] + [["Changed", "Now"]]
    return compound_file(biff8_workbook([("BOM Report", rows), ("Notes", notes)], sst_split=64))


def price_list_xls():
    """A cost sheet that is not a BOM (a real pack's price.xls, domain.md): part names, models, packages, quantities
    and unit prices in Chinese, and no designators at all. Its stream is under 4096 bytes: it lives in the mini
    stream."""
    rows = [
        ["器件名称", "型号", "封装类型", "数量", "单价"],
        ["电容", "100nF", "0603", 120, 0.01],
        ["电阻", "10k", "0603", 80, 0.005],
        ["芯片", "TMS320C6455", "BGA", 2, "=45.00"],
    ]
    return compound_file(biff8_workbook([("Sheet1", rows)]))
