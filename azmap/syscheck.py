"""Before the window opens (`make run`): are the system libraries Qt needs on this machine, and
is there a display? On Debian and Ubuntu the missing libraries are installed with apt-get when
running as root; otherwise the one command to run is printed. Without a display the reason is
said plainly instead of Qt aborting. Imports nothing of Qt.

    python -m azmap.syscheck          exit 0: ready; 1: libraries missing; 2: no display
    python -m azmap.syscheck --fonts  print's fallback fonts for CJK and emoji (Debian packages):
                                      installed when running as root, else the command is printed;
                                      exit 0 either way (print goes on with the fonts it has)
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

# shared library (as the dynamic linker names it) → the Debian/Ubuntu package that ships it
QT_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libnss3.so": "libnss3",
    "libasound.so.2": "libasound2",
    "libXcomposite.so.1": "libxcomposite1",
    "libXdamage.so.1": "libxdamage1",
    "libXrandr.so.2": "libxrandr2",
    "libXtst.so.6": "libxtst6",
    "libxkbfile.so.1": "libxkbfile1",
}


def _known_libraries() -> set[str]:
    try:
        out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return set()
    return {line.split()[0] for line in out.splitlines()[1:] if line.strip()}


def missing_packages() -> list[str]:
    """Packages whose libraries the dynamic linker does not know (AZMAP_SYSCHECK_MISSING, a
    comma-separated list of library names, says which to count as missing instead)."""
    forced = os.environ.get("AZMAP_SYSCHECK_MISSING")
    if forced is not None:
        missing = [name for name in forced.split(",") if name]
    else:
        if not sys.platform.startswith("linux"):
            return []
        known = _known_libraries()
        if not known:  # no ldconfig to ask: let Qt say what it lacks
            return []
        missing = [lib for lib in QT_LIBRARIES if lib not in known]
    return sorted({QT_LIBRARIES.get(lib, lib) for lib in missing})


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc", "eglfs"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def _apt_install(packages: list[str], what: str) -> bool:
    """Install Debian ``packages`` with apt-get when running as root (True when done); else say the
    one command to run (False)."""
    apt = os.environ.get("AZMAP_SYSCHECK_APT", "apt-get")
    command = f"{apt} install -y {' '.join(packages)}"
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if is_root and shutil.which(apt.split()[0]):
        print(f"azmap: installing {what}: {' '.join(packages)}", file=sys.stderr)
        update = subprocess.run([*apt.split(), "update"], stdout=subprocess.DEVNULL)
        done = update.returncode == 0 and subprocess.run([*apt.split(), "install", "-y", *packages]).returncode == 0
        if not done:
            print(f"azmap: could not install them; run: {command}", file=sys.stderr)
        return done
    print(f"azmap: {what} missing on this machine. Install them with:\n    sudo {command}", file=sys.stderr)
    return False


def fonts() -> int:
    """Print's fallback fonts (azmap.export.fonts): install the missing packages or say how."""
    from azmap.export.fonts import missing_packages as missing_fonts

    forced = os.environ.get("AZMAP_SYSCHECK_MISSING_FONTS")  # packages to count as missing instead
    if forced is not None:
        packages = [name for name in forced.split(",") if name]
    else:
        packages = missing_fonts() if sys.platform.startswith("linux") else []
    if packages:
        _apt_install(packages, "the fonts print needs for Chinese, Japanese, Korean and emoji")
    return 0


# the English word list the reader asks which words are common ones (azmap/corpus/wordlist.py)
WORD_LIST_PACKAGE = "hunspell-en-us"


def word_list() -> int:
    """The reader's word list (azmap.corpus.wordlist): install it or say how. Without it, names under a
    title are told from an outlet's or a heading's words by their form alone, and a compound's hyphen
    across a line break by the document's own words."""
    from azmap.corpus.wordlist import installed_list

    forced = os.environ.get("AZMAP_SYSCHECK_MISSING_WORDLIST")  # "1": count the list as missing
    missing = forced == "1" if forced is not None else installed_list() is None
    if missing and sys.platform.startswith("linux"):
        _apt_install([WORD_LIST_PACKAGE], "the English word list the reader uses to tell names from common words")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--fonts" in args:
        return fonts()
    if "--word-list" in args:
        return word_list()
    packages = missing_packages()
    if packages and not _apt_install(packages, "the system libraries Qt needs"):
        return 1
    if not has_display():
        print("azmap: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset). Run it in a "
              "desktop session, or under a virtual screen (xvfb-run make run); `azmap --screenshot FILE.png` "
              "with QT_QPA_PLATFORM=offscreen needs no display.", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
