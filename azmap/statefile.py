"""The small JSON files azmap keeps in the user's data directory (checksums, corrections, document
edits): read with limits, written whole or not at all, and never overwritten when they could not
be read.

- ``read_regular`` refuses a FIFO, device or socket at once (it would block or never end) and
  reads at most a given number of bytes;
- ``load_json`` parses with a size and a nesting limit (checked without recursion first), so a
  file nested 200,000 deep is a message, not a RecursionError;
- ``write_atomic`` writes a private temporary file, flushes it to disk and moves it into place;
- ``keep_aside`` moves an unreadable file to NAME.damaged-TIME, so the next write loses nothing.
"""
from __future__ import annotations

import json
import os
import re
import stat
import time
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 32 * 1024 * 1024
MAX_DEPTH = 64
_TOKENS = re.compile(r'"(?:[^"\\]|\\[\s\S])*"|[\[\]{}]')


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _umask()


def private_temp_beside(path: Path) -> tuple[int, str]:
    """(fd, name) of a new temporary file beside ``path`` (made with O_EXCL, so never a planted
    link), with the mode an ordinary new file gets (others may read what they could before)."""
    import tempfile  # not on the start path: it imports shutil, and with it bz2 and lzma

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:60]}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)
    except OSError:
        pass
    return fd, tmp


class NotRegularFile(OSError):
    """A path that names a FIFO, a device, a socket or a folder where a file was expected."""


def kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def check_regular(path) -> os.stat_result:
    """The file's stat; NotRegularFile if it is not a regular file (links are followed),
    FileNotFoundError if it is missing."""
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise NotRegularFile(f"{os.fspath(path)} is {kind_of(st.st_mode)}, not a regular file")
    return st


def read_regular(path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, at most ``max_bytes`` (ValueError beyond). Never blocks on a
    FIFO: it is opened non-blocking and checked after opening (no race with a swapped path)."""
    check_regular(path)
    fd = os.open(os.fspath(path), os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegularFile(f"{os.fspath(path)} is {kind_of(st.st_mode)}, not a regular file")
        if st.st_size > max_bytes:
            raise ValueError(f"it is larger than {max_bytes:,} bytes")
        chunks, size = [], 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:
                raise ValueError(f"it is larger than {max_bytes:,} bytes")
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def too_deep(text: str, max_depth: int = MAX_DEPTH) -> bool:
    """Whether JSON text nests lists and objects deeper than ``max_depth`` (a linear scan)."""
    depth = 0
    for m in _TOKENS.finditer(text):
        c = m.group()[0]
        if c in "[{":
            depth += 1
            if depth > max_depth:
                return True
        elif c in "]}":
            depth -= 1
    return False


@dataclass
class Loaded:
    """What a state file holds: ``data`` (None when there is no file or it could not be read) and
    ``problem``, why it could not be read (None when it could, or is missing)."""

    data: object = None
    problem: str | None = None
    exists: bool = False


def load_json(path, *, max_bytes: int = MAX_BYTES, max_depth: int = MAX_DEPTH) -> Loaded:
    """The JSON of a state file, read within limits; never raises for what the file holds."""
    path = Path(path)
    try:
        raw = read_regular(path, max_bytes)
    except FileNotFoundError:
        return Loaded()
    except NotRegularFile as exc:
        return Loaded(problem=str(exc).replace(os.fspath(path), "it"), exists=True)
    except ValueError as exc:
        return Loaded(problem=str(exc), exists=True)
    except OSError as exc:
        return Loaded(problem=f"it cannot be read ({exc.strerror or exc})", exists=True)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return Loaded(problem="it is not UTF-8 text", exists=True)
    if too_deep(text, max_depth):
        return Loaded(problem=f"it is nested more than {max_depth} deep", exists=True)
    try:
        return Loaded(json.loads(text), exists=True)
    except (ValueError, RecursionError) as exc:
        return Loaded(problem=f"it is not JSON ({str(exc)[:80]})", exists=True)


def aside_name(path: Path, kind: str = "damaged") -> Path:
    stamp = int(time.time())
    aside = path.with_name(f"{path.name}.{kind}-{stamp}")
    n = 1
    while os.path.lexists(aside):
        n += 1
        aside = path.with_name(f"{path.name}.{kind}-{stamp}-{n}")
    return aside


def keep_aside(path, kind: str = "damaged") -> Path:
    """Move ``path`` to NAME.KIND-TIME beside it and return the new path (OSError if it cannot be)."""
    path = Path(path)
    aside = aside_name(path, kind)
    os.replace(path, aside)
    return aside


def write_atomic(path, data: bytes) -> None:
    """Replace ``path`` with ``data`` whole or not at all: a private temporary file beside it,
    flushed to disk, then moved into place (a link at ``path`` is replaced, never followed)."""
    path = Path(path)
    fd, tmp = private_temp_beside(path)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:
        dfd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)


def save_json(path, obj) -> None:
    write_atomic(path, json.dumps(obj, ensure_ascii=False, indent=1).encode("utf-8"))


def prepare_to_write(path, loaded: Loaded, what: str) -> str | None:
    """Before a write replaces a state file that could not be read: keep it aside. Returns what
    the user should be told (None if the file was sound). OSError if it cannot be kept aside."""
    if loaded.problem is None or not loaded.exists:
        return None
    path = Path(path)
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISLNK(st.st_mode)):
        raise NotRegularFile(f"{path} is {kind_of(st.st_mode)}, not a regular file; it is left as it is")
    aside = keep_aside(path)
    return f"{what} {path.name} could not be read ({loaded.problem}); it was kept as {aside.name} and a new one started"
