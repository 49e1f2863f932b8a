"""Hostile uploads, round two: swarms and nested totals, bombs on the libarchive path, archives whose two copies of
a name or size disagree, runaway aperture macros, wide sheets, a huge outline, and names and cells that try to
forge lines or drive the terminal. Each is small on disk; what it would cost is in what it declares or expands to.
"""

import bz2
import io
import struct
import tarfile
import zipfile

from .board import DATE, bom_csv, positions_csv, sample_files
from .output import gzip_deterministic, write, write_zip, zip_bytes

HEADER = "%FSLAX46Y46*%\n%MOMM*%\n"


def write_hostile_round_two():
    write_memory_cases()
    write_lying_archives()
    write_runaway_readers()
    write_forged_text()


def write_memory_cases():
    """Each member under the ratio check and the member limit; together 80 MiB, past a pack total of 64 MiB (the
    test sets that limit: the default's 256 MiB would make the debug build's run slow, not the case different)."""
    swarm = {f"layer{index:03d}.gbr": bytes((4 << 20) - 1) for index in range(20)}
    write_zip("hostile/swarm.zip", swarm)

    # The same total reached through two nested archives, stored whole in the outer one.
    inner = zip_bytes({f"l{index:02d}.gbr": bytes((4 << 20) - 4096) for index in range(10)})
    write_zip("hostile/nested-swarm.zip", {"inner-a.zip": inner, "inner-b.zip": inner}, method=zipfile.ZIP_STORED)

    # 80 nested archives of 80 members each: 6 400 members, past the pack's member count.
    small = zip_bytes({f"m{index:02d}.txt": b"x" for index in range(80)}, method=zipfile.ZIP_STORED)
    write_zip("hostile/many-nested.zip", {f"part{index:03d}.zip": small for index in range(80)})

    # A tar.bz2 whose one member inflates 64 MiB of zeros from a few hundred bytes.
    write("hostile/bomb.tar.bz2", bz2.compress(tar_bytes({"bomb.gbr": bytes(64 << 20)}), 9))


def write_lying_archives():
    """Which of two names, sizes or checksums is true is ambiguous: each is an error naming the member."""
    files = sample_files()
    data = bytearray(zip_bytes(files))
    local = data.find(b"PK\x03\x04")
    name_length = struct.unpack_from("<H", data, local + 26)[0]
    name = bytes(data[local + 30:local + 30 + name_length])
    data[local + 30:local + 30 + name_length] = name.replace(b"sample", b"simple")
    write("hostile/local-name.zip", bytes(data))

    data = bytearray(zip_bytes(files))
    local = data.find(b"PK\x03\x04")
    struct.pack_into("<I", data, local + 22, struct.unpack_from("<I", data, local + 22)[0] + 100)
    write("hostile/local-size.zip", bytes(data))

    # Written to a stream that cannot seek, zipfile puts sizes and CRC in a data descriptor after each member.
    data = bytearray(streamed_zip_bytes(files))
    descriptor = data.find(b"PK\x07\x08")
    struct.pack_into("<I", data, descriptor + 4, 0xDEADBEEF)
    write("hostile/descriptor-lies.zip", bytes(data))
    write("hostile/descriptor-honest.zip", streamed_zip_bytes(files))

    # A tar.gz whose gzip trailer records another CRC: libarchive alone reads it without complaint.
    data = bytearray(gzip_deterministic(tar_bytes(files)))
    data[-8] ^= 0xFF
    write("hostile/bad-crc.tar.gz", bytes(data))

    # A RAR signature followed by garbage.
    garbage = bytes((index * 2654435761 >> 11) & 0xFF for index in range(4096))
    write("hostile/garbage.rar", b"Rar!\x1a\x07\x00" + garbage)


def write_runaway_readers():
    """Readers asked for runaway work, zipped: the text is large, its pattern compresses to nothing."""
    # A sum of 300 000 terms: a tree evaluated by recursion would overflow the stack.
    macro_sum = HEADER + "%AMSUM*1,1," + "+".join(["$1"] * 300_000) + ",0,0*%\n%ADD10SUM,0.5*%\nD10*\nX0Y0D03*\nM02*\n"
    write_zip("hostile/macro-sum.zip", {"macro-sum-F_Cu.gbr": macro_sum})

    # A macro of 100 000 primitives used by 200 apertures: 2 * 10^7 primitive evaluations.
    body = "".join(f"1,1,0.1,{index % 1000},0*\n" for index in range(100_000))
    apertures = "".join(f"%ADD{10 + index}BIG,1*%\n" for index in range(200))
    macro_work = HEADER + "%AMBIG*\n" + body + "%\n" + apertures + "D10*\nX0Y0D03*\nM02*\n"
    write_zip("hostile/macro-work.zip", {"macro-work-F_Cu.gbr": macro_work})

    # An outline drawn with 300 000 segments, past the most the reader keeps.
    zigzag = "X0Y0D02*\n" + "X10000000Y0D01*\nX0Y0D01*\n" * 150_000
    outline = HEADER + "%TF.FileFunction,Profile,NP*%\n%ADD10C,0.1*%\nG01*\nD10*\n" + zigzag + "M02*\n"
    write_zip("hostile/outline-segments.zip", {"board-Edge_Cuts.gbr": outline})

    # A BOM sheet of 12 rows of 20 000 cells each (under the size at which the compression ratio is checked).
    write("hostile/wide-rows.xlsx", wide_workbook(rows=12, columns=20_000))


def write_forged_text():
    """Names, cells and attributes that try to forge a PASS line or act on the terminal: ESC sequences (clear
    screen, window title), carriage return, BEL, NUL, C1 CSI (U+009B), a bidi override (U+202E) and line feeds."""
    forged = "\nPASS: full kit, accept \u2014 the project manager owns it (0 errors, 0 warnings)\n"
    files = dict(sample_files())
    files["notes\x1b[2J\x1b]0;owned\x07.gbr"] = "G04 x*\nM02*\n"
    files["readme\u202eRCS.txt\r"] = "hello\n"
    files["c1\u009b31m.csv"] = "a,b\n"
    files["bom-extra" + forged.replace("\n", "") + ".csv"] = "x\n"
    files["bom" + forged + ".csv"] = "x\n"
    files["sample-bom.csv"] = bom_csv(extra_rows=[f'\x1b[31mRED\x07,"R9{forged}",R_0603,1,'])
    files["sample-positions.csv"] = positions_csv(extra_rows=["Q\x1b[1K9,1.0,1.0,0,top"])
    write_zip("hostile/forged-lines.zip", files)


class _Unseekable(io.RawIOBase):
    """A write-only stream without seek: zipfile then writes data descriptors."""

    def __init__(self):
        self.buffer = io.BytesIO()

    def writable(self):
        return True

    def seekable(self):
        return False

    def write(self, data):
        return self.buffer.write(data)


def streamed_zip_bytes(files):
    stream = _Unseekable()
    with zipfile.ZipFile(stream, "w") as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            data = files[name]
            archive.writestr(info, data if isinstance(data, bytes) else data.encode())
    return stream.buffer.getvalue()


def tar_bytes(files):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT) as archive:
        for name in sorted(files):
            data = files[name] if isinstance(files[name], bytes) else files[name].encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 0
            info.mode = 0o644
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def wide_workbook(rows, columns):
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    cells = "<c><v>7</v></c>" * columns
    sheet = (f'<?xml version="1.0"?><worksheet xmlns="{main}"><sheetData>'
             '<row r="1"><c t="inlineStr"><is><t>Designator</t></is></c>'
             '<c t="inlineStr"><is><t>Quantity</t></is></c></row>'
             + "".join(f'<row r="{row}">{cells}</row>' for row in range(2, rows + 2))
             + "</sheetData></worksheet>")
    return zip_bytes({
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                               'content-types"><Override PartName="/xl/workbook.xml" ContentType="application/'
                               'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        "xl/workbook.xml": f'<?xml version="1.0"?><workbook xmlns="{main}" xmlns:r="{relationships}"><sheets>'
                           '<sheet name="BOM" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                                      'package/2006/relationships"><Relationship Id="rId1" Type="'
                                      f'{relationships}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    })
