"""Broken and hostile archives: CRC mismatches, truncation, encryption, ZIP bombs, unsafe names, ZIP64 extremes.
"""

import io
import struct
import zipfile

from .board import DATE, bom_csv, positions_csv, sample_files
from .output import write, write_zip


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

    # Packs that try to judge themselves: the sample without its BOM carries a fullkit.json that turns MISSING_BOM
    # off, at the top of a ZIP and inside a ZIP nested in one. Only the operator's policy may judge a pack.
    self_judging = {name: data for name, data in sample_files().items() if name != "sample-bom.csv"}
    self_judging["fullkit.json"] = '{"severities": {"MISSING_BOM": "off"}, "profile": "assembly"}\n'
    write_zip("hostile/self-judging.zip", self_judging)
    nested = write_zip("hostile/self-judging-nested.zip", self_judging)
    write_zip("hostile/self-judging-nested.zip", {"release/pack.zip": nested})

    # Gerber that asks for runaway work: a step-and-repeat of 10^9 copies, a macro nested 10 000 deep,
    # a coordinate beyond 64 bits, and binary garbage.
    write("hostile/sr-billion.gbr", "%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,0.1*%\n%SRX100000Y10000I0.1J0.1*%\nD10*\nX0Y0D03*\n%SR*%\nM02*\n")
    write("hostile/macro-deep.gbr", "%FSLAX46Y46*%\n%MOMM*%\n%AMDEEP*\n1,1," + "(" * 10000 + "1" + ")" * 10000 + ",0,0*%\n%ADD10DEEP*%\nD10*\nX0Y0D03*\nM02*\n")
    write("hostile/huge-coordinate.gbr", "%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,0.1*%\nD10*\nX" + "9" * 40 + "Y0D03*\nM02*\n")
    garbage = bytes((index * 2654435761 >> 13) & 0xFF for index in range(65536))
    write("hostile/garbage.gbr", garbage)
    write("hostile/garbage.csv", garbage)

    # Pads stacked beside placements: 150 000 flashes of the top copper and 150 000 drill hits at one point, and an
    # XY file of 30 000 placements 2.6 mm beside it, just past the reach of a pad. Every nearness query there would
    # scan the whole stack (22 s with the maximumPadsPerCell limit raised out of the way, 0.4 s with it).
    copper = ("%FSLAX46Y46*%\n%MOMM*%\n%TF.FileFunction,Copper,L1,Top*%\n%ADD10C,0.5*%\nD10*\n"
              + "X10000000Y10000000D03*\n" * 150000 + "M02*\n")
    outline = ("%FSLAX46Y46*%\n%MOMM*%\n%TF.FileFunction,Profile,NP*%\n%ADD10C,0.1*%\nD10*\nX0Y0D02*\n"
               "X30000000Y0D01*\nX30000000Y20000000D01*\nX0Y20000000D01*\nX0Y0D01*\nM02*\n")
    placements = "Ref,Val,Package,PosX,PosY,Rot,Side\n" + "".join(
        '"R%d","10k","R0603",%.4f,%.4f,0,top\n' % (index, 12.6 + index % 100 * 0.003, 10.2 + index // 100 * 0.0001)
        for index in range(30000))
    write_zip("hostile/crowded-pads.zip", {
        "crowded-F_Cu.gbr": copper, "crowded-Edge_Cuts.gbr": outline, "crowded-top-pos.csv": placements,
        "crowded.drl": "M48\nMETRIC,TZ\nT1C0.3\n%\nT1\n" + "X10.0Y10.0\n" * 150000 + "M30\n"})

    # Drawings that cost nothing to send: twelve copper layers, each a step-and-repeat of a million flashes in a few
    # bytes (1.5 KB zipped). The check never draws them; the HTML report keeps maximumDrawnObjects for the whole pack
    # (it held all twelve million, over 1 GB, before the limit).
    bomb = ("%FSLAX46Y46*%\n%MOMM*%\n%TF.FileFunction,Copper,L{layer},{side}*%\n%ADD10C,0.1*%\nD10*\n"
            "%SRX1000Y1000I0.2J0.2*%\nX0Y0D03*\n%SR*%\nM02*\n")
    write_zip("hostile/drawing-bomb.zip", {
        f"bomb-L{layer}.gbr": bomb.format(layer=layer, side="Top" if layer == 1 else "Bot" if layer == 12 else "Inr")
        for layer in range(1, 13)})


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
