"""Once at install time (`make install`): compile azmap's modules and build what the first start
would otherwise build while the user waits: the passage store of the bundled corpus and the map
page. Both are rebuilt later by themselves if their inputs change."""
from __future__ import annotations

import compileall
import os
import sys
from pathlib import Path


def main() -> int:
    package = Path(__file__).resolve().parent
    # written even where PYTHONDONTWRITEBYTECODE is set: every later start reads it
    sys.dont_write_bytecode = False
    ok = compileall.compile_dir(str(package), quiet=1)
    from azmap.corpus.rebuild import ensure_store
    from azmap.mapview.page import cached_page

    try:
        ensure_store(log=lambda m: print(f"azmap: {m}", file=sys.stderr))
        cached_page(online_basemap=False)
    except Exception as exc:  # the first start will try again and say what is wrong
        print(f"azmap: could not prepare the first start ({type(exc).__name__}: {exc})", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(main())
