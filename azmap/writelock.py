"""One writer at a time across processes: the window and every CLI command that changes the
store or the user's documents take this lock first.

It is an advisory lock on a file in the user's data directory (``flock`` on POSIX, ``msvcrt``
on Windows). The operating system drops it when its holder exits, even when killed, so a crashed
writer never leaves the data locked. Writers hold it for one document at a time (or for a whole
rebuild), so a second writer waits seconds, not the length of another's ingest.
"""
from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

LOCK_NAME = "azmap.lock"
WAITING_MESSAGE = "another azmap is writing; waiting…"
POLL_S = 0.05


class LockCancelled(Exception):
    """The wait for the lock was given up (the caller's ``cancelled`` said so)."""


def _try_lock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _unlock(fd: int) -> None:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    fcntl.flock(fd, fcntl.LOCK_UN)


class WriteLock:
    """The data directory's lock file, opened once and taken as often as needed (``hold``)."""

    def __init__(self, data_dir: Path):
        import stat

        from azmap.errors import UserError

        path = Path(data_dir) / LOCK_NAME
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            self.fd = os.open(str(path), flags, 0o644)
        except OSError as exc:
            if os.path.isdir(path):
                raise UserError(f"the lock file {path} is a folder; remove or rename it so azmap can "
                                "write again") from None
            raise UserError(f"the lock file {path} cannot be opened ({exc.strerror or exc}), "
                            "so nothing can be written") from None
        mode = os.fstat(self.fd).st_mode
        if not stat.S_ISREG(mode):
            os.close(self.fd)
            raise UserError(f"the lock file {path} is not a regular file; remove it so azmap can write again")

    def close(self) -> None:
        os.close(self.fd)

    @contextlib.contextmanager
    def hold(self, *, on_wait=None, poll=None, cancelled=None):
        """Hold the lock for the ``with`` block.

        If another process holds it, ``on_wait(WAITING_MESSAGE)`` is called once, then the lock is
        polled; ``poll()`` runs between tries (the window keeps painting) and a true ``cancelled()``
        gives up with LockCancelled. There is no time-out: a writer that waits loses nothing.
        """
        told = False
        while not _try_lock(self.fd):
            if not told:
                told = True
                if on_wait:
                    on_wait(WAITING_MESSAGE)
            if cancelled and cancelled():
                raise LockCancelled()
            if poll:
                poll()
            time.sleep(POLL_S)
        try:
            yield
        finally:
            _unlock(self.fd)


@contextlib.contextmanager
def write_lock(data_dir: Path, *, on_wait=None, poll=None, cancelled=None):
    """Hold the data directory's write lock for the ``with`` block (see WriteLock.hold)."""
    lock = WriteLock(data_dir)
    try:
        with lock.hold(on_wait=on_wait, poll=poll, cancelled=cancelled):
            yield
    finally:
        lock.close()
