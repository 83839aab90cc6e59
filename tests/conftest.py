import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "assets" / "sources"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch, request):
    """Every test gets a private user data directory unless it asks for the shared one."""
    if "shared_store" in request.fixturenames:
        return
    monkeypatch.setenv("AZMAP_DATA_DIR", str(tmp_path_factory.mktemp("azmap-data")))


@pytest.fixture(scope="session")
def shared_data_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("azmap-shared")


@pytest.fixture
def shared_store(shared_data_dir, monkeypatch):
    """A store over the default corpus, built once per session (read-only use)."""
    monkeypatch.setenv("AZMAP_DATA_DIR", str(shared_data_dir))
    from azmap.corpus.rebuild import open_store

    with open_store() as store:
        yield store


def run_cli(*args, env=None, timeout=300):
    import subprocess

    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "azmap", *args], capture_output=True, text=True,
                          env=full_env, timeout=timeout, cwd=ROOT)
