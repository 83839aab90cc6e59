"""Where azmap finds its bundled data and keeps the user's data."""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
GEODATA_DIR = PROJECT_ROOT / "geodata"
ASSETS_DIR = PROJECT_ROOT / "assets"
SOURCES_DIR = ASSETS_DIR / "sources"
WEB_DIR = ASSETS_DIR / "web"
# what `make install` prepares once for every new user: the map page and the bundled corpus's store
PREPARED_DIR = PROJECT_ROOT / "build" / "prepared"
USER_DOCS = "documents"
# SQLite opens no path longer than 512 bytes; the store's side files add about 40 to the folder's
MAX_DATA_DIR_BYTES = 450  # the folder of the user's data directory that keeps copies of what they added


def user_data_dir() -> Path:
    """The per-user data directory (store, added documents, saved views).

    ``AZMAP_DATA_DIR`` overrides the platform default, which tests and portable installs use.
    """
    override = os.environ.get("AZMAP_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path("azmap", appauthor=False)
    if len(os.fsencode(os.path.abspath(path))) > MAX_DATA_DIR_BYTES:
        raise DataDirError(36, _why(path, OSError(36, "File name too long")))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError(exc.errno, _why(path, exc)) from None
    if not path.is_dir():
        raise DataDirError(20, _why(path, NotADirectoryError(20, "not a folder")))
    return path


def _why(path: Path, exc: OSError) -> str:
    import errno

    shown = os.fspath(path)
    shown = shown if len(shown) <= 120 else shown[:60] + "…" + shown[-40:]
    if exc.errno == errno.ENAMETOOLONG:
        reason = f"its path is too long (at most {MAX_DATA_DIR_BYTES} bytes, and 255 for each folder's name)"
    elif isinstance(exc, (FileExistsError, NotADirectoryError)):
        reason = "it names a file, not a folder"
    else:
        reason = exc.strerror or str(exc)
    return f"the data directory {shown} cannot be used: {reason} (set AZMAP_DATA_DIR to another folder)"


class DataDirError(OSError):
    """The data directory cannot be made or used; the message says why, in one line."""

    def __str__(self) -> str:
        return self.strerror or super().__str__()
