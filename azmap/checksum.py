"""A cheap checksum of some bytes and files, for caches and fingerprints that only need to notice a
change (zlib's CRC-32 and Adler-32 and the length: no hashlib/OpenSSL import on the start path).

Files are read only when one of them changed since the last time: what was computed is
remembered in the user's data directory by the files' stamps (size, modification time, inode),
so a command that checks its inputs on every start stats them instead of reading them.
"""
from __future__ import annotations

import json
import os
import zlib
from pathlib import Path

REMEMBERED_FILE = "checksums.json"
REMEMBERED_MAX = 64
_remembered: dict | None = None


def _compute(head: bytes, files) -> str:
    crc, adler, size = zlib.crc32(head), zlib.adler32(head), len(head)
    for f in files:
        data = Path(f).read_bytes()
        crc, adler, size = zlib.crc32(data, crc), zlib.adler32(data, adler), size + len(data)
    return f"{crc:08x}{adler:08x}{size:x}"


def _store_file() -> Path | None:
    from azmap.paths import user_data_dir

    try:
        return user_data_dir() / REMEMBERED_FILE
    except OSError:
        return None


def _load() -> dict:
    """What was remembered: only text keys with text values are kept (anything else is computed
    again). A file that cannot be read (too large, too deep, not JSON, not a regular file) counts
    as nothing remembered; it is only a cache."""
    global _remembered
    if _remembered is None:
        from azmap.statefile import load_json

        path = _store_file()
        data = load_json(path, max_bytes=1 << 20, max_depth=4).data if path else None
        _remembered = {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)} \
            if isinstance(data, dict) else {}
    return _remembered


def checksum(head: bytes = b"", files: tuple[Path, ...] | list[Path] = (), *, remember: bool = True) -> str:
    if not files or not remember:
        return _compute(head, files)
    try:
        stamps = []
        for f in files:
            st = os.stat(f)
            stamps.append(f"{os.fspath(f)}|{st.st_size}|{st.st_mtime_ns}|{st.st_ino}")
    except OSError:
        return _compute(head, files)  # a missing file fails as it always did
    key = f"{zlib.crc32(head):08x}|{len(head)}|" + "\n".join(stamps)
    known = _load()
    if key in known:
        return known[key]
    value = _compute(head, files)
    known[key] = value
    while len(known) > REMEMBERED_MAX:
        known.pop(next(iter(known)))
    path = _store_file()
    if path is not None:
        from azmap.statefile import write_atomic

        try:
            if os.path.lexists(path) and not os.path.isfile(path):
                return value  # a FIFO or folder in its place is left alone: computed again next time
            write_atomic(path, json.dumps(known).encode())
        except OSError:
            pass  # a read-only data directory: computed again next time
    return value
