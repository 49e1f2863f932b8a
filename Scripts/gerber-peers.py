#!/usr/bin/env python3
"""Runs the peer Gerber/Excellon readers on a list of files, for Scripts/bench-gerber and Scripts/crosscheck-gerbv.

The list has one "gerber PATH" or "excellon PATH" per line, as `fullkit-bench list DIR` prints it.

    gerber-peers.py gerbv LIST       time libgerbv (through ctypes) on every file; print one JSON object per file
                                     with its parse time and its bounding box in mm, then a summary object
    gerber-peers.py gerbonara LIST   time gerbonara on every file; print the summary object

libgerbv can crash on some inputs; each file is then reported as crashed and the run goes on with the next one in a
fresh worker process, so one bad file never ends the benchmark.
"""
import ctypes
import json
import os
import subprocess
import sys
import time

INCH = 25.4


def read_list(path):
    with open(path) as handle:
        return [line.rstrip("\n").split(" ", 1) for line in handle if " " in line]


class RenderSize(ctypes.Structure):
    """gerbv_render_size_t from gerbv.h: left, right, bottom, top, in inches."""
    _fields_ = [("left", ctypes.c_double), ("right", ctypes.c_double),
                ("bottom", ctypes.c_double), ("top", ctypes.c_double)]


def gerbv_worker(entries, start):
    """Parses entries[start:] with libgerbv in this process, one JSON line per file (flushed, so a crash loses
    nothing already done)."""
    library = ctypes.CDLL("libgerbv.so.1")
    library.gerbv_create_project.restype = ctypes.c_void_p
    library.gerbv_destroy_project.argtypes = [ctypes.c_void_p]
    library.gerbv_open_layer_from_filename.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    library.gerbv_render_get_boundingbox.argtypes = [ctypes.c_void_p, ctypes.POINTER(RenderSize)]
    # gerbv_project_t begins with a GdkColor (12 bytes), then int max_files, a pointer, int curr_index and
    # int last_loaded: the index of the last layer loaded, -1 when none is.
    last_loaded_offset = 28
    for index in range(start, len(entries)):
        _, path = entries[index]
        project = library.gerbv_create_project()
        began = time.perf_counter()
        library.gerbv_open_layer_from_filename(project, path.encode())
        seconds = time.perf_counter() - began
        loaded = ctypes.c_int.from_address(project + last_loaded_offset).value >= 0
        result = {"index": index, "path": path, "seconds": seconds, "loaded": loaded}
        if loaded:
            box = RenderSize()
            library.gerbv_render_get_boundingbox(project, ctypes.byref(box))
            if box.left < box.right and abs(box.left) < 1e6:
                # gerbv fills bottom and top in screen order (bottom holds the larger Y).
                low, high = sorted((box.bottom, box.top))
                result["extent"] = [box.left * INCH, low * INCH, box.right * INCH, high * INCH]
        library.gerbv_destroy_project(project)
        print(json.dumps(result), flush=True)


def gerbv(list_path):
    entries = read_list(list_path)
    start, seconds, parsed, crashed, total = 0, 0.0, 0, [], 0
    while start < len(entries):
        worker = subprocess.Popen([sys.executable, __file__, "gerbv-worker", list_path, str(start)],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        last = start - 1
        for line in worker.stdout:
            result = json.loads(line)
            print(line, end="")
            last = result["index"]
            seconds += result["seconds"]
            total += os.path.getsize(result["path"])
            parsed += result["loaded"]
        worker.wait()
        if worker.returncode != 0 and last + 1 < len(entries):
            crashed.append(entries[last + 1][1])
            print(json.dumps({"index": last + 1, "path": entries[last + 1][1], "crashed": worker.returncode}), flush=True)
        start = last + 2 if worker.returncode != 0 else len(entries)
    print(json.dumps({"summary": "gerbv", "files": len(entries), "loaded": parsed, "crashed": len(crashed),
                      "bytes": total, "seconds": seconds, "mb_per_s": total / seconds / 1e6}))


def gerbonara(list_path):
    from gerbonara import ExcellonFile, GerberFile
    entries = read_list(list_path)
    seconds, total, failed = 0.0, 0, 0
    for kind, path in entries:
        began = time.perf_counter()
        try:
            (GerberFile if kind == "gerber" else ExcellonFile).open(path)
        except Exception:
            failed += 1
        seconds += time.perf_counter() - began
        total += os.path.getsize(path)
    print(json.dumps({"summary": "gerbonara", "files": len(entries), "failed": failed, "bytes": total,
                      "seconds": seconds, "mb_per_s": total / seconds / 1e6}))


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "gerbv-worker":
        gerbv_worker(read_list(sys.argv[2]), int(sys.argv[3]))
    elif mode == "gerbv":
        gerbv(sys.argv[2])
    elif mode == "gerbonara":
        gerbonara(sys.argv[2])
    else:
        sys.exit(__doc__)
