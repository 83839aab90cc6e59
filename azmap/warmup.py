"""Once at install time (`make install`): compile azmap's modules and prepare, in build/prepared,
what a new user's first start would otherwise build while they wait: the passage store of the
bundled corpus (copied into a new data directory) and the map page. Whatever changes later is
rebuilt by itself, as before."""
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
    from azmap.corpus.rebuild import prepare_bundled_store
    from azmap.mapview.page import build_page, page_cache_key
    from azmap.paths import PREPARED_DIR

    try:
        # for every new user of this installation: the store of the bundled corpus and the page
        prepare_bundled_store(PREPARED_DIR)
        page = PREPARED_DIR / f"map-{page_cache_key(False)}.html"
        if not page.is_file():
            from azmap.features import gazetteer

            for old in PREPARED_DIR.glob("map-*.html"):
                old.unlink()
            page.write_text(build_page(gazetteer(), online_basemap=False), encoding="utf-8")
    except Exception as exc:  # the first start will try again and say what is wrong
        print(f"azmap: could not prepare the first start ({type(exc).__name__}: {exc})", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(main())
