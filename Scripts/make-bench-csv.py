#!/usr/bin/env python3
"""Writes the inputs of Scripts/bench-csv: a KiCad/JLC-style XY CSV and a JLC-style BOM, each about N MB.

Usage: make-bench-csv.py OUT_DIR [MEGABYTES]  (default 100). Deterministic pseudo-random positions.
"""
import os
import random
import sys


def main():
    out = sys.argv[1]
    size_limit = (int(sys.argv[2]) if len(sys.argv) > 2 else 100) * 1_000_000
    rng = random.Random(1)
    with open(os.path.join(out, "xy.csv"), "w") as handle:
        handle.write("Designator,Val,Package,Mid X,Mid Y,Rotation,Layer\n")
        size, index = 0, 0
        while size < size_limit:
            line = (f'R{index},"10k",R_0603_1608Metric,{rng.uniform(0, 300):.4f},{-rng.uniform(0, 200):.4f},'
                    f'{rng.choice([0, 90, 180, 270])}.0,{rng.choice(["top", "bottom"])}\n')
            handle.write(line)
            size += len(line)
            index += 1
    with open(os.path.join(out, "bom.csv"), "w") as handle:
        handle.write("Comment,Designator,Footprint,Quantity,LCSC\n")
        size, index = 0, 0
        while size < size_limit:
            references = ",".join(f"C{index + offset}" for offset in range(20))
            index += 20
            line = f'100nF,"{references}",C_0402_1005Metric,20,C1525\n'
            handle.write(line)
            size += len(line)


if __name__ == "__main__":
    main()
