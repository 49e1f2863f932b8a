#!/usr/bin/env python3
"""Writes a large ZIP for Scripts/bench-archive: synthetic Gerber layers, deflated as CAD tools do.

Usage: make-bench-zip.py OUT.zip [MEGABYTES]. Default 160 MB uncompressed in 40 members of about 4 MB each
(deterministic pseudo-random coordinates, so the compression ratio is like real copper layers: about 3-4:1).
"""
import random
import sys
import zipfile


def layer(seed, size):
    rng = random.Random(seed)
    lines = ["%FSLAX46Y46*%", "%MOMM*%", "%ADD10C,0.250000*%", "D10*"]
    total = sum(len(line) + 1 for line in lines)
    while total < size:
        line = f"X{rng.randrange(0, 300_000_000)}Y{-rng.randrange(0, 200_000_000)}D0{rng.choice('12')}*"
        lines.append(line)
        total += len(line) + 1
    lines.append("M02*")
    return ("\n".join(lines) + "\n").encode()


def main():
    out = sys.argv[1]
    megabytes = int(sys.argv[2]) if len(sys.argv) > 2 else 160
    members = 40
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for index in range(members):
            info = zipfile.ZipInfo(f"bench/layer-{index:02d}.gbr", (2026, 11, 2, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, layer(index, megabytes * 1_000_000 // members))


if __name__ == "__main__":
    main()
