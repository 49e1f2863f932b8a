"""Writing TestData: deterministic ZIP and gzip files (fixed timestamps, sorted members), under ROOT.
"""

import gzip
import io
import os
import zipfile

from .board import DATE


# FULLKIT_TESTDATA_ROOT writes elsewhere (the reproducibility test compares that output with the committed files).
ROOT = os.environ.get("FULLKIT_TESTDATA_ROOT") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "TestData")


def zip_bytes(files, method=zipfile.ZIP_DEFLATED):
    """A deterministic ZIP in memory: sorted members, fixed timestamps."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(files):
            data = files[name]
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = method
            info.external_attr = 0o644 << 16
            archive.writestr(info, data if isinstance(data, bytes) else data.encode())
    return buffer.getvalue()


def write_zip(path, files, method=zipfile.ZIP_DEFLATED):
    """A deterministic ZIP written to `path` (see `zip_bytes`); returns its bytes."""
    data = zip_bytes(files, method)
    write(path, data)
    return data


def write(path, data):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as handle:
        handle.write(data if isinstance(data, bytes) else data.encode())


def gzip_deterministic(payload):
    """gzip with a zero timestamp so the output never changes."""
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="") as handle:
        handle.write(payload)
    return buffer.getvalue()
