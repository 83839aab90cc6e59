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
USER_DOCS = "documents"  # the folder of the user's data directory that keeps copies of what they added


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
    path.mkdir(parents=True, exist_ok=True)
    return path
