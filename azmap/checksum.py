"""A cheap checksum of some bytes and files, for caches and fingerprints that only need to notice a
change (zlib's CRC-32 and Adler-32 and the length: no hashlib/OpenSSL import on the start path)."""
from __future__ import annotations

import zlib
from pathlib import Path


def checksum(head: bytes = b"", files: tuple[Path, ...] | list[Path] = ()) -> str:
    crc, adler, size = zlib.crc32(head), zlib.adler32(head), len(head)
    for f in files:
        data = Path(f).read_bytes()
        crc, adler, size = zlib.crc32(data, crc), zlib.adler32(data, adler), size + len(data)
    return f"{crc:08x}{adler:08x}{size:x}"
